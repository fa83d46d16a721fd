import { Form } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { OfferForm } from "../+shared/offer-form.tsx";
import { OfferHeader } from "../+shared/offer-header.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"offerAdmin.age",
		"offerAdmin.archive",
		"offerAdmin.back",
		"offerAdmin.copy",
		"offerAdmin.delete",
		"offerAdmin.form",
		"offerAdmin.list",
		"offerAdmin.tabs",
		"offerAdmin.translations",
		"offers.archived",
		"offers.changes",
		"offers.delete.notDeletable",
		"offers.kinds",
		"offers.register",
		"offers.status",
		"offers.validation",
	],
};

export { action, loader } from "./index.server.ts";

const noteClass = "mb-4 rounded-md border p-3 text-sm";

/**
 * A camp's or an activity's card: its form (read-only for readers and once archived), how
 * many families a change concerns, « Copier à la semaine suivante », and « Supprimer » for a
 * draft nobody registered for or « Archiver » / « Désarchiver » for the others.
 */
export default function OfferDetails({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, offer, canEdit, archived, deletable, concernedFamilies, houses, periods, defaultValue } = loaderData;
	const editable = canEdit && !archived;
	return (
		<>
			<title>{`${offer.title} · ${group.name} · Ribambelle`}</title>
			<OfferHeader groupId={group.id} offer={offer} />
			{archived ? (
				<p className={`${noteClass} border-amber-300 bg-amber-50 text-amber-950`}>{t("offerAdmin.archive.notice")}</p>
			) : canEdit ? null : (
				<p className={`${noteClass} border-stone-300 bg-stone-50`}>{t("offerAdmin.form.readOnly")}</p>
			)}
			<OfferForm
				key={offer.id}
				formId={`offer-${offer.id}`}
				kind={offer.kind}
				houses={houses}
				periods={periods}
				defaultValue={defaultValue}
				constraint={loaderData.constraints.offer}
				lastResult={actionData?.result}
				submitLabel={t("offerAdmin.form.save")}
				readOnly={!editable}
				notice={
					editable && concernedFamilies > 0 ? (
						<p className={`${noteClass} border-sky-300 bg-sky-50 text-sky-950`}>
							{t("offers.changes.concerned", { count: concernedFamilies })}
						</p>
					) : null
				}
			/>
			{editable ? (
				<Section title={t("offerAdmin.copy.title")} className="mt-8">
					<p className="mb-4 text-stone-700">{t("offerAdmin.copy.lead")}</p>
					<Form method="post">
						<SubmitButton name="intent" value="copy" variant="secondary">
							{t("offerAdmin.copy.submit")}
						</SubmitButton>
					</Form>
				</Section>
			) : null}
			{canEdit ? (
				<Section title={t(deletable ? "offerAdmin.delete.title" : "offerAdmin.archive.title")} className="mt-8">
					<p className="mb-4 text-stone-700">
						{t(
							deletable
								? "offerAdmin.delete.lead"
								: archived
									? "offerAdmin.archive.restoreLead"
									: "offerAdmin.archive.lead",
						)}
					</p>
					<Form method="post">
						{deletable ? (
							<SubmitButton name="intent" value="delete" variant="secondary">
								{t("offerAdmin.delete.submit")}
							</SubmitButton>
						) : archived ? (
							<SubmitButton name="intent" value="restore" variant="secondary">
								{t("offerAdmin.archive.restore")}
							</SubmitButton>
						) : (
							<SubmitButton name="intent" value="archive" variant="secondary">
								{t("offerAdmin.archive.submit")}
							</SubmitButton>
						)}
					</Form>
				</Section>
			) : null}
		</>
	);
}
