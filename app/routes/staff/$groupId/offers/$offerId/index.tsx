import { Form } from "react-router";
import { SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { OfferForm } from "../+shared/offer-form.tsx";
import { OfferHeader } from "../+shared/offer-header.tsx";
import type { Route } from "./+types/index";

export { action, loader } from "./index.server.ts";

/** A camp's or an activity's card: its form (read-only for readers) and « Copier à la semaine suivante ». */
export default function OfferDetails({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, offer, canEdit, houses, periods, defaultValue } = loaderData;
	return (
		<>
			<title>{`${offer.title} · ${group.name} · Ribambelle`}</title>
			<OfferHeader groupId={group.id} offer={offer} />
			{canEdit ? null : (
				<p className="mb-4 rounded-md border border-stone-300 bg-stone-50 p-3 text-sm">
					{t("offerAdmin.form.readOnly")}
				</p>
			)}
			<OfferForm
				kind={offer.kind}
				houses={houses}
				periods={periods}
				defaultValue={defaultValue}
				lastResult={actionData?.result}
				submitLabel={t("offerAdmin.form.save")}
				readOnly={!canEdit}
			/>
			{canEdit ? (
				<Section title={t("offerAdmin.copy.title")} className="mt-8">
					<p className="mb-4 text-stone-700">{t("offerAdmin.copy.lead")}</p>
					<Form method="post">
						<SubmitButton name="intent" value="copy" variant="secondary">
							{t("offerAdmin.copy.submit")}
						</SubmitButton>
					</Form>
				</Section>
			) : null}
		</>
	);
}
