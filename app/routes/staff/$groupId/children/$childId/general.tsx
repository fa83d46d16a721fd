import type { TranslationHandle } from "#app/locales/scopes.ts";
import { GeneralSection } from "../../../../+shared/dossier/general-section.tsx";
import type { Route } from "./+types/general";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"families.choose",
		"families.general",
		"families.medical.allergies.removeFirst",
		"families.medical.boosterBeforeBirth",
		"families.medical.medications.removeFirst",
		"families.motherTongues",
		"families.nationalNumber",
	],
};

export { action, loader } from "./general.server.ts";

export default function StaffChildGeneral({ loaderData, actionData }: Route.ComponentProps) {
	return <GeneralSection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />;
}
