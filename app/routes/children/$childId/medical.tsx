import type { TranslationHandle } from "#app/locales/scopes.ts";
import { MedicalSection } from "../../+shared/dossier/medical-section.tsx";
import type { Route } from "./+types/medical";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"families.choose",
		"families.dossier",
		"families.medical",
		"families.nationalNumber",
		"families.remove",
		"families.staff",
	],
};

export { action, loader } from "./medical.server.ts";

export default function ChildMedical({ loaderData, actionData }: Route.ComponentProps) {
	return <MedicalSection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />;
}
