import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	Field,
	FieldErrors,
	FieldLabel,
	FormAlert,
	inputClass,
	SubmitButton,
	TextAreaField,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { TranslationFields } from "#app/ui/translation-fields.tsx";
import { publicationIntents } from "./+shared/publication-choices.ts";
import type { Route } from "./+types/publish";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["documents.publish", "documents.staff.house", "offerAdmin.translations", "messages.attachments"],
};

export { action, loader } from "./publish.server.ts";

/** What the file input accepts: a hint only, the server decides by content. */
const fileAccept = "application/pdf,image/jpeg,image/png,image/webp,.pdf";

const labelClass = "text-sm font-semibold text-stone-800";

/**
 * « Publier un document »: 1. who (the house's families, an offer's — all, accepted or
 * waiting —, or one child's) and « Compter les familles »; 2. the count, then the title (with
 * its translations), a description and the file.
 */
export default function PublishDocument({ loaderData, actionData, params }: Route.ComponentProps) {
	const { t, language } = useT();
	const { houses, house, offers, children, audience, count } = loaderData;
	const [form, fields] = useAppForm({
		id: "publish",
		constraint: loaderData.constraints.publish,
		schema: () => import("./+shared/publication-forms.ts").then((m) => m.publishSchema),
		lastResult: actionData?.result,
	});
	const title = t("documents.publish.title");
	const base = `/staff/${params.groupId}/documents`;
	const radio = (value: string, label: string) => (
		<label className="flex min-h-11 items-center gap-2">
			<input type="radio" name="audience" value={value} defaultChecked={audience.kind === value} className="size-5" />
			<span>{label}</span>
		</label>
	);
	const fileErrors = fields.file?.errors;
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`${base}?house=${house.id}`} className="text-brand-800 underline">
					← {t("documents.publish.back")}
				</Link>
			</p>
			<PageHeader title={title} lead={t("documents.publish.lead")} />
			{houses.length > 1 ? (
				<nav aria-label={t("documents.staff.house")} className="mb-4 flex flex-wrap gap-2">
					{houses.map((candidate) => (
						<Link
							key={candidate.id}
							to={`${base}/publish?house=${candidate.id}`}
							aria-current={candidate.id === house.id ? "page" : undefined}
							className="inline-flex min-h-11 items-center rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-900 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
						>
							{candidate.name}
						</Link>
					))}
				</nav>
			) : null}
			<div className="max-w-2xl space-y-6">
				<Section title={`1. ${t("documents.publish.audience")} — ${house.name}`}>
					<Form method="get" className="space-y-3">
						<input type="hidden" name="house" value={house.id} />
						<fieldset className="space-y-3">
							<legend className="sr-only">{t("documents.publish.audience")}</legend>
							{radio("house", t("documents.publish.house"))}
							{radio("offer", t("documents.publish.offer"))}
							<div className="ml-7 grid gap-3 sm:grid-cols-2">
								<div>
									<label htmlFor="offerId" className={labelClass}>
										{t("documents.publish.offerLabel")}
									</label>
									<select id="offerId" name="offerId" defaultValue={audience.offerId} className={`mt-1 ${inputClass}`}>
										<option value="">{t("documents.publish.offerPlaceholder")}</option>
										{offers.map((offer) => (
											<option key={offer.id} value={offer.id}>
												{offer.title} ({formatDate(offer.first_day, language)})
											</option>
										))}
									</select>
								</div>
								<div>
									<label htmlFor="status" className={labelClass}>
										{t("documents.publish.status")}
									</label>
									<select id="status" name="status" defaultValue={audience.status} className={`mt-1 ${inputClass}`}>
										{(["all", "accepted", "waiting"] as const).map((status) => (
											<option key={status} value={status}>
												{t(`documents.publish.statuses.${status}`)}
											</option>
										))}
									</select>
								</div>
							</div>
							{radio("family", t("documents.publish.family"))}
							<div className="ml-7">
								<label htmlFor="childId" className={labelClass}>
									{t("documents.publish.familyLabel")}
								</label>
								<select id="childId" name="childId" defaultValue={audience.childId} className={`mt-1 ${inputClass}`}>
									<option value="">{t("documents.publish.familyPlaceholder")}</option>
									{children.map((child) => (
										<option key={child.id} value={child.id}>
											{child.name} ({t("documents.publish.fileNumber", { number: child.fileNumber })})
										</option>
									))}
								</select>
							</div>
						</fieldset>
						<SubmitButton variant="secondary">{t("documents.publish.count")}</SubmitButton>
					</Form>
				</Section>
				{count === null ? null : (
					<Section title={`2. ${t("documents.publish.document")}`}>
						<p
							role="status"
							className="mb-4 rounded-md border border-brand-200 bg-brand-50 p-3 font-semibold text-brand-900"
						>
							{count === 0 ? t("documents.publish.nobody") : t("documents.publish.reach", { count })}
						</p>
						{count === 0 ? null : (
							<Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-4">
								<FormAlert errors={form.errors} />
								<input type="hidden" name="intent" value={publicationIntents.publish} />
								<input type="hidden" name="audience" value={audience.kind} />
								<input type="hidden" name="houseId" value={house.id} />
								{audience.kind === "offer" ? <input type="hidden" name="offerId" value={audience.offerId} /> : null}
								{audience.kind === "offer" ? <input type="hidden" name="status" value={audience.status} /> : null}
								{audience.kind === "family" ? <input type="hidden" name="childId" value={audience.childId} /> : null}
								<FieldErrors
									errors={[
										...(fields.audience.errors ?? []),
										...(fields.offerId.errors ?? []),
										...(fields.childId.errors ?? []),
										...(fields.houseId.errors ?? []),
									]}
								/>
								<Field meta={fields.title} label={t("documents.publish.titleLabel")} required />
								<TranslationFields
									id="publish-translations"
									fields={[
										{
											label: t("documents.publish.titleLabel"),
											meta: { nl: fields.titleNl, de: fields.titleDe, en: fields.titleEn },
										},
									]}
								/>
								<TextAreaField
									meta={fields.description}
									label={t("documents.publish.description")}
									hint={t("documents.publish.descriptionHint")}
									rows={3}
								/>
								<div>
									<FieldLabel htmlFor="file" label={t("documents.publish.file")} required />
									<p id="file-hint" className="mt-0.5 text-sm text-stone-600">
										{t("documents.publish.fileHint")}
									</p>
									<input
										id="file"
										type="file"
										name="file"
										required
										accept={fileAccept}
										aria-describedby={fileErrors?.length ? "file-hint file-errors" : "file-hint"}
										aria-invalid={fileErrors?.length ? true : undefined}
										className="mt-1 block w-full text-base text-stone-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-stone-400 file:bg-white file:px-4 file:font-semibold"
									/>
									<FieldErrors id="file-errors" errors={fileErrors} />
								</div>
								<SubmitButton intent={publicationIntents.publish}>{t("documents.publish.submit")}</SubmitButton>
							</Form>
						)}
					</Section>
				)}
			</div>
		</>
	);
}
