import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { languages } from "#app/locales/languages.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FieldErrors, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDate, formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { resultFor } from "../../../../+shared/dossier/section-page.tsx";
import { MissingDocumentList } from "../../../../+shared/uploads/missing-documents.tsx";
import { UploadStatus } from "../../../../+shared/uploads/upload-status.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page adds to its layout's (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"billing.staff.child",
		"billing.validation",
		"uploads.child",
		"uploads.missing",
		"uploads.status",
		"uploads.types",
	],
};

export { action, loader } from "./index.server.ts";

const sections = ["general", "supplementary", "medical", "contacts"] as const;

/**
 * The staff overview of a dossier: its state and the decisions on it, guardians and child codes.
 * Readers (animators) see only the people NOT allowed to pick the child up and the guardians.
 */
export default function StaffChildOverview({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { child, canManage, canManageGroup, missing, guardians, codes, notAllowed, mergedInto, groupId } = loaderData;
	const { missingDocuments, uploads } = loaderData;
	const base = `/staff/${groupId}/children/${child.id}`;
	const [validateForm, validateFields] = useAppForm({
		id: "validate-dossier",
		constraint: loaderData.constraints.validate,
		schema: () => import("#app/domain/families/staff-dossier-input.ts").then((m) => m.validateDossierSchema),
		lastResult: resultFor(actionData?.result, "validate"),
	});
	const [mergeForm, mergeFields] = useAppForm({
		id: "merge-dossier",
		constraint: loaderData.constraints.merge,
		schema: () => import("#app/domain/families/staff-dossier-input.ts").then((m) => m.mergeDossierSchema),
		lastResult: resultFor(actionData?.result, "merge"),
	});
	const remindResult = resultFor(actionData?.result, "remind");
	const billingResult = resultFor(actionData?.result, "save-billing");
	const missingCount = missing ? sections.reduce((sum, section) => sum + missing[section].length, 0) : 0;
	return (
		<>
			<title>{`${t("families.staff.overview")} · Ribambelle`}</title>
			<h2 className="sr-only">{t("families.staff.overview")}</h2>
			<div className="space-y-6">
				{notAllowed.length > 0 ? (
					<div role="note" className="rounded-lg border-2 border-red-600 bg-red-50 p-4 text-red-950">
						<p className="font-bold uppercase">⚠ {t("families.staff.notAllowed")}</p>
						<ul className="mt-2 space-y-1">
							{notAllowed.map((contact) => (
								<li key={contact.id}>
									<span className="font-semibold">{contact.name}</span> ({contact.relation}) — {contact.phone}
									{contact.notes ? ` — ${contact.notes}` : ""}
								</li>
							))}
						</ul>
					</div>
				) : null}

				{mergedInto ? (
					<p className="rounded-md border border-stone-300 bg-stone-50 p-3">
						{t("families.staff.merge.mergedInto", { number: mergedInto.file_number })}{" "}
						<Link to={`/staff/${groupId}/children/${mergedInto.id}`} className="font-semibold text-brand-800 underline">
							{t("families.staff.merge.openTarget", { number: mergedInto.file_number })}
						</Link>
					</p>
				) : null}

				{child.status === "submitted" && canManage ? (
					<Section title={t("families.staff.validate.title")}>
						<p className="mb-4 text-stone-700">
							{t(canManageGroup ? "families.staff.validate.lead" : "families.staff.validate.leadManager")}
						</p>
						<div className="grid gap-6 md:grid-cols-2">
							<Form method="post" {...getFormProps(validateForm)} className="space-y-3">
								<input type="hidden" name="intent" value="validate" />
								<FormAlert errors={validateForm.errors} />
								<Field meta={validateFields.entryDate} label={t("families.staff.validate.entryDate")} type="date" />
								{missing && missingCount > 0 ? (
									<div className="warning-box">
										<p className="font-semibold">
											{t("families.staff.validate.missingTitle", { count: missingCount })}
										</p>
										<ul className="mt-1 space-y-1 text-sm">
											{sections
												.filter((section) => missing[section].length > 0)
												.map((section) => (
													<li key={section}>
														<span className="font-semibold">{t(`families.staff.settings.sections.${section}`)}</span>
														<ul className="list-disc pl-5">
															{missing[section].map((field) => (
																<li key={field}>{t(`families.dossier.missing.${field}`)}</li>
															))}
														</ul>
													</li>
												))}
										</ul>
										<div className="mt-3 flex items-start gap-2">
											<input
												type="checkbox"
												id={validateFields.confirmMissing.id}
												name={validateFields.confirmMissing.name}
												value={String(missingCount)}
												defaultChecked={false}
												aria-invalid={validateFields.confirmMissing.errors?.length ? true : undefined}
												aria-describedby={
													validateFields.confirmMissing.errors?.length
														? validateFields.confirmMissing.errorId
														: undefined
												}
												className="mt-0.5 size-5 shrink-0 rounded border-stone-400 text-brand-700"
											/>
											<label htmlFor={validateFields.confirmMissing.id} className="text-sm font-semibold">
												{t("families.staff.validate.confirmMissing", { count: missingCount })}
											</label>
										</div>
									</div>
								) : null}
								<FieldErrors id={validateFields.confirmMissing.errorId} errors={validateFields.confirmMissing.errors} />
								<SubmitButton intent="validate">{t("families.staff.validate.submit")}</SubmitButton>
							</Form>
							{canManageGroup ? (
								<Form method="post" {...getFormProps(mergeForm)} className="space-y-3">
									<input type="hidden" name="intent" value="merge" />
									<FormAlert errors={mergeForm.errors} />
									<Field
										meta={mergeFields.targetFileNumber}
										label={t("families.staff.merge.targetFileNumber")}
										required
									/>
									<SubmitButton intent="merge" variant="secondary">
										{t("families.staff.merge.submit")}
									</SubmitButton>
								</Form>
							) : null}
						</div>
					</Section>
				) : null}

				{child.birthDate ? (
					<p className="text-stone-800">
						{t("families.staff.birthDate", { date: formatDate(child.birthDate, language) })}
					</p>
				) : null}

				{missing ? (
					<Section title={t("families.staff.completeness")}>
						<ul className="grid gap-2 sm:grid-cols-2">
							{sections.map((section) => (
								<li key={section} className="rounded-md border border-stone-200 p-3">
									<Link to={`${base}/${section}`} className="font-semibold text-brand-800 underline">
										{t(`families.staff.settings.sections.${section}`)}
									</Link>
									{missing[section].length === 0 ? (
										<p className="text-sm text-brand-900">✓ {t("families.dossier.sectionComplete")}</p>
									) : (
										<ul className="mt-1 list-disc pl-5 text-sm text-amber-950">
											{missing[section].map((field) => (
												<li key={field}>{t(`families.dossier.missing.${field}`)}</li>
											))}
										</ul>
									)}
								</li>
							))}
						</ul>
						{missingDocuments.length > 0 ? (
							<div className="mt-3 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950">
								<p className="font-semibold">{t("uploads.child.missingTitle")}</p>
								<MissingDocumentList missing={missingDocuments} />
							</div>
						) : null}
					</Section>
				) : null}

				{missing ? (
					<Section title={t("uploads.child.title")}>
						{uploads.length === 0 ? (
							<p className="text-stone-600">{t("uploads.child.empty")}</p>
						) : (
							<ul className="divide-y divide-stone-200">
								{uploads.map((upload) => (
									<li key={upload.id} className="flex flex-wrap items-center justify-between gap-3 py-2">
										<div>
											<Link
												to={`/staff/${groupId}/uploads/${upload.id}`}
												className="font-semibold text-brand-800 underline"
											>
												{t(`uploads.types.${upload.type}`)}
											</Link>
											<p className="text-sm text-stone-700">
												{upload.houseName} · {formatDayOf(upload.createdAt, language)}
											</p>
										</div>
										<UploadStatus status={upload.status} />
									</li>
								))}
							</ul>
						)}
					</Section>
				) : null}

				<Section
					title={t("families.staff.guardians.title")}
					actions={
						canManage && guardians.length > 0 ? (
							<Form method="post">
								<input type="hidden" name="intent" value="remind" />
								<SubmitButton intent="remind" variant="secondary">
									{t("families.staff.guardians.remind")}
								</SubmitButton>
							</Form>
						) : null
					}
				>
					<FormAlert errors={remindResult?.error?.[""] ?? undefined} />
					{guardians.length === 0 ? (
						<p className="text-stone-600">{t("families.staff.guardians.empty")}</p>
					) : (
						<ul className="divide-y divide-stone-200">
							{guardians.map((guardian) => (
								<li key={guardian.userId} className="flex flex-wrap items-center justify-between gap-3 py-3">
									<div>
										<p className="font-semibold">{guardian.name}</p>
										<p className="text-sm text-stone-700">
											<a href={`mailto:${guardian.email}`} className="underline">
												{guardian.email}
											</a>
											{guardian.phone ? ` · ${guardian.phone}` : ""}
										</p>
										{guardian.linkedVia && guardian.since ? (
											<p className="text-sm text-stone-600">
												{t(`families.staff.guardians.linkedVia.${guardian.linkedVia}`)} ·{" "}
												{t("families.staff.guardians.since", { date: formatDayOf(guardian.since, language) })}
											</p>
										) : null}
									</div>
									{canManage ? (
										<Form
											method="post"
											onSubmit={(event) => {
												if (!window.confirm(t("families.staff.guardians.unlinkConfirm", { name: guardian.name }))) {
													event.preventDefault();
												}
											}}
										>
											<input type="hidden" name="intent" value="unlink" />
											<input type="hidden" name="id" value={guardian.userId} />
											<button
												type="submit"
												className="min-h-11 rounded-md border border-red-300 px-3 text-sm font-semibold text-red-800 hover:bg-red-50"
											>
												{t("families.staff.guardians.unlink", { name: guardian.name })}
											</button>
										</Form>
									) : null}
								</li>
							))}
						</ul>
					)}
				</Section>

				{loaderData.billing ? (
					<Section title={t("billing.staff.child.title")}>
						<p className="mb-3 text-sm text-stone-700">{t("billing.staff.child.lead")}</p>
						<Form method="post" className="space-y-4">
							<input type="hidden" name="intent" value="save-billing" />
							<div>
								<label htmlFor="child-debtor" className="font-semibold text-stone-800">
									{t("billing.staff.child.debtor")}
								</label>
								<select
									id="child-debtor"
									name="debtorUserId"
									defaultValue={loaderData.billing.debtorUserId}
									aria-invalid={billingResult?.error?.debtorUserId ? true : undefined}
									aria-describedby={billingResult?.error?.debtorUserId ? "child-debtor-errors" : undefined}
									className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2"
								>
									<option value="">
										{t("billing.staff.child.debtorDefault", { name: guardians[0]?.name ?? "—" })}
									</option>
									{guardians.map((guardian) => (
										<option key={guardian.userId} value={guardian.userId}>
											{guardian.name}
										</option>
									))}
								</select>
								<FieldErrors id="child-debtor-errors" errors={billingResult?.error?.debtorUserId ?? undefined} />
							</div>
							<label className="flex min-h-11 items-center gap-3">
								<input
									type="checkbox"
									name="severeDisability"
									defaultChecked={loaderData.billing.severeDisability}
									className="size-5 shrink-0"
								/>
								<span>{t("billing.staff.child.severeDisability")}</span>
							</label>
							<SubmitButton intent="save-billing">{t("billing.staff.child.save")}</SubmitButton>
						</Form>
					</Section>
				) : null}

				{canManageGroup ? (
					<Section
						title={t("families.staff.codes.title")}
						actions={
							child.status !== "merged" ? (
								<Form method="post">
									<input type="hidden" name="intent" value="issue-code" />
									<SubmitButton intent="issue-code">{t("families.staff.codes.issue")}</SubmitButton>
								</Form>
							) : null
						}
					>
						<p className="mb-3 text-sm text-stone-700">{t("families.staff.codes.lead")}</p>
						{codes.length === 0 ? (
							<p className="text-stone-600">{t("families.staff.codes.empty")}</p>
						) : (
							<ul className="divide-y divide-stone-200">
								{codes.map((code) => {
									const active = !code.usedAt && !code.revokedAt;
									return (
										<li key={code.id} className="flex flex-wrap items-center justify-between gap-3 py-3">
											<div>
												<p className={`font-mono text-lg ${active ? "font-bold" : "text-stone-500 line-through"}`}>
													{code.code}
												</p>
												<p className="text-sm text-stone-600">
													{t("families.staff.codes.issuedOn", { date: formatDayOf(code.createdAt, language) })} ·{" "}
													{code.usedAt
														? t("families.staff.codes.state.used", {
																who: code.usedBy ?? t("families.dossier.someone"),
																date: formatDayOf(code.usedAt, language),
															})
														: code.revokedAt
															? t("families.staff.codes.state.revoked")
															: t("families.staff.codes.state.active")}
												</p>
											</div>
											{active ? (
												<div className="flex flex-wrap items-center gap-2">
													{languages.map((letterLanguage) => (
														<a
															key={letterLanguage}
															href={`${base}/codes/${code.id}/letter?language=${letterLanguage}`}
															hrefLang={letterLanguage}
															className="inline-flex min-h-11 items-center rounded-md border border-stone-400 px-3 text-sm font-semibold hover:bg-stone-100"
														>
															{t("families.staff.codes.letter", { inLanguage: t(`language.in.${letterLanguage}`) })}
														</a>
													))}
													<Form method="post">
														<input type="hidden" name="intent" value="revoke-code" />
														<input type="hidden" name="id" value={code.id} />
														<button
															type="submit"
															className="min-h-11 rounded-md border border-red-300 px-3 text-sm font-semibold text-red-800 hover:bg-red-50"
														>
															{t("families.staff.codes.revoke", { code: code.code })}
														</button>
													</Form>
												</div>
											) : null}
										</li>
									);
								})}
							</ul>
						)}
					</Section>
				) : null}
				{child.entryDate ? (
					<p className="text-sm text-stone-700">
						{t("families.children.entryDate", { date: formatDate(child.entryDate, language) })}
					</p>
				) : null}
			</div>
		</>
	);
}
