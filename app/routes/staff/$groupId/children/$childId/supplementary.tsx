import type { TranslationHandle } from "#app/locales/scopes.ts";
import { SupplementarySection } from "../../../../+shared/dossier/supplementary-section.tsx";
import type { Route } from "./+types/supplementary";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"families.choose",
		"families.medical.allergies.removeFirst",
		"families.medical.boosterBeforeBirth",
		"families.medical.medications.removeFirst",
		"families.nationalNumber",
		"families.supplementary",
	],
};

export { action, loader } from "./supplementary.server.ts";

export default function StaffChildSupplementary({ loaderData, actionData }: Route.ComponentProps) {
	return (
		<SupplementarySection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />
	);
}
