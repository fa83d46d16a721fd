import type { TranslationHandle } from "#app/locales/scopes.ts";
import { ContactsSection } from "../../+shared/dossier/contacts-section.tsx";
import type { Route } from "./+types/contacts";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"families.choose",
		"families.contacts",
		"families.dossier",
		"families.medical.allergies.removeFirst",
		"families.medical.boosterBeforeBirth",
		"families.medical.medications.removeFirst",
		"families.nationalNumber",
		"families.remove",
	],
};

export { action, loader } from "./contacts.server.ts";

export default function ChildContacts({ loaderData, actionData }: Route.ComponentProps) {
	return <ContactsSection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />;
}
