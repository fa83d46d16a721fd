import { Form, Link } from "react-router";
import { requirableDocumentTypes } from "#app/domain/documents/document-uploads.ts";
import { closedDayReasons } from "#app/domain/meals/closed-days.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ReplyErrors, SubmitButton, sentValues } from "#app/ui/form.tsx";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { HouseForm } from "./+shared/house-form.tsx";
import type { Route } from "./+types/$houseId";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"groups",
		"houses.archive",
		"houses.details",
		"houses.edit",
		"houses.fields",
		"houses.kinds",
		"houses.updated",
		"meals.closedDays",
		"meals.validation.date",
		"uploads.types",
		"uploads.required",
	],
};

export { action, loader } from "./$houseId.server.ts";

export default function House({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, house, canEdit, canArchive, deletable, closedDays, requiredDocuments } = loaderData;
	const archived = house.archived_at !== null;
	const reply = (actionData as { result?: unknown } | undefined)?.result;
	const closeDaySent = sentValues(reply, "close-day");
	return (
		<>
			<title>{`${house.name} · ${group.name} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${group.id}/houses`} className="text-brand-800 underline">
					← {t("staff.nav.houses")}
				</Link>
			</p>
			<PageHeader
				title={house.name}
				lead={`${t(`houses.kinds.${house.kind}`)}${archived ? ` · ${t("houses.archive.badge")}` : ""}`}
			/>
			{canEdit ? (
				<Section title={t("houses.edit.title")}>
					<HouseForm
						id="edit-house"
						intent="update"
						constraint={loaderData.constraints.house}
						lastResult={actionData?.result}
						submitLabel={t("houses.edit.submit")}
						defaultValue={{
							name: house.name,
							kind: house.kind,
							address: house.address,
							postalCode: house.postal_code,
							locality: house.locality,
							phone: house.phone ?? "",
							email: house.email ?? "",
							description: house.description,
						}}
					/>
				</Section>
			) : (
				<Section title={t("houses.details")}>
					<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
						<dt className="font-semibold">{t("houses.fields.address")}</dt>
						<dd>
							{house.address}, {house.postal_code} {house.locality}
						</dd>
						<dt className="font-semibold">{t("houses.fields.phone")}</dt>
						<dd>{house.phone ?? "—"}</dd>
						<dt className="font-semibold">{t("houses.fields.email")}</dt>
						<dd>{house.email ?? "—"}</dd>
						<dt className="font-semibold">{t("houses.fields.description")}</dt>
						<dd>{house.description || "—"}</dd>
					</dl>
				</Section>
			)}
			{canEdit || closedDays.length > 0 ? (
				<Section title={t("meals.closedDays.title")} className="mt-8">
					<p className="mb-3 text-stone-700">{t("meals.closedDays.lead")}</p>
					{closedDays.length === 0 ? (
						<p className="mb-3 text-stone-700">{t("meals.closedDays.none")}</p>
					) : (
						<ul className="mb-4 space-y-2">
							{closedDays.map((closed) => (
								<li key={closed.day} className="flex flex-wrap items-center gap-3">
									<span className="font-medium text-stone-900">
										{formatDate(closed.day, language)} · {t(`meals.closedDays.reasons.${closed.reason}`)}
									</span>
									{canEdit ? (
										<Form method="post">
											<input type="hidden" name="day" value={closed.day} />
											<SubmitButton name="intent" value="reopen-day" variant="secondary">
												{t("meals.closedDays.reopen")}
												<span className="sr-only"> — {formatDate(closed.day, language)}</span>
											</SubmitButton>
										</Form>
									) : null}
								</li>
							))}
						</ul>
					)}
					{canEdit ? (
						<Form method="post" className="flex flex-wrap items-end gap-3">
							<label className="block text-sm font-semibold text-stone-800">
								{t("meals.closedDays.day")}
								<input
									type="date"
									name="day"
									required
									defaultValue={closeDaySent?.text("day")}
									className="mt-1 block min-h-11 rounded-md border border-stone-400 px-3 text-base"
								/>
							</label>
							<label className="block text-sm font-semibold text-stone-800">
								{t("meals.closedDays.reasonLabel")}
								<select
									name="reason"
									defaultValue={closeDaySent?.text("reason") || "pedagogical_day"}
									className="mt-1 block min-h-11 rounded-md border border-stone-400 bg-white px-3 text-base"
								>
									{closedDayReasons.map((reason) => (
										<option key={reason} value={reason}>
											{t(`meals.closedDays.reasons.${reason}`)}
										</option>
									))}
								</select>
							</label>
							<SubmitButton name="intent" value="close-day">
								{t("meals.closedDays.close")}
							</SubmitButton>
							<ReplyErrors result={reply} intent="close-day" />
						</Form>
					) : null}
				</Section>
			) : null}
			<Section title={t("uploads.required.title")} className="mt-8">
				<p className="mb-3 max-w-3xl text-stone-700">{t("uploads.required.lead")}</p>
				{canEdit ? (
					<Form method="post" className="space-y-3">
						<input type="hidden" name="intent" value="required-documents" />
						<fieldset>
							<legend className="sr-only">{t("uploads.required.title")}</legend>
							{requirableDocumentTypes.map((type) => (
								<label key={type} className="flex min-h-11 items-center gap-3">
									<input
										type="checkbox"
										name="types"
										value={type}
										defaultChecked={requiredDocuments.includes(type)}
										className="size-5 shrink-0 rounded border-stone-400 text-brand-700"
									/>
									<span>{t(`uploads.types.${type}`)}</span>
								</label>
							))}
						</fieldset>
						<SubmitButton intent="required-documents">{t("uploads.required.save")}</SubmitButton>
						<ReplyErrors
							result={(actionData as { result?: unknown } | undefined)?.result}
							intent="required-documents"
						/>
					</Form>
				) : requiredDocuments.length === 0 ? (
					<p className="text-stone-700">{t("uploads.required.none")}</p>
				) : (
					<ul className="list-disc pl-5">
						{requiredDocuments.map((type) => (
							<li key={type}>{t(`uploads.types.${type}`)}</li>
						))}
					</ul>
				)}
			</Section>
			{canArchive ? (
				<Section title={t("houses.archive.title")} className="mt-8">
					<p className="mb-4 text-stone-700">
						{t(
							deletable ? "houses.archive.deleteLead" : archived ? "houses.archive.restoreLead" : "houses.archive.lead",
						)}
					</p>
					<Form method="post">
						{deletable ? (
							<SubmitButton name="intent" value="delete-house" variant="danger">
								{t("houses.archive.delete")}
							</SubmitButton>
						) : archived ? (
							<SubmitButton name="intent" value="restore-house" variant="secondary">
								{t("houses.archive.restore")}
							</SubmitButton>
						) : (
							<SubmitButton name="intent" value="archive-house" variant="secondary">
								{t("houses.archive.submit")}
							</SubmitButton>
						)}
					</Form>
				</Section>
			) : null}
		</>
	);
}
