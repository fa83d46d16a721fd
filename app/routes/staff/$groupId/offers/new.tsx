import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { OfferForm } from "./+shared/offer-form.tsx";
import type { Route } from "./+types/new";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"offerAdmin.back",
		"offerAdmin.form",
		"offerAdmin.newActivity",
		"offerAdmin.newCamp",
		"offerAdmin.translations",
		"offers.archived",
		"offers.register",
		"offers.validation",
	],
};

export { action, loader } from "./new.server.ts";

/** « Nouveau stage » / « Nouvelle activité ». */
export default function NewOffer({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, kind, houses, periods, defaultValue } = loaderData;
	const title = t(kind === "camp" ? "offerAdmin.newCamp" : "offerAdmin.newActivity");
	return (
		<>
			<title>{`${title} · ${group.name} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${group.id}/offers`} className="text-brand-800 underline">
					← {t("offerAdmin.back")}
				</Link>
			</p>
			<PageHeader title={title} lead={t(`offerAdmin.form.lead.${kind}`)} />
			<OfferForm
				kind={kind}
				houses={houses}
				periods={periods}
				defaultValue={defaultValue}
				constraint={loaderData.constraints.offer}
				lastResult={actionData?.result}
				submitLabel={t(`offerAdmin.form.create.${kind}`)}
			/>
		</>
	);
}
