import { ContactsSection } from "../../../../+shared/dossier/contacts-section.tsx";
import type { Route } from "./+types/contacts";

export { action, loader } from "./contacts.server.ts";

export default function StaffChildContacts({ loaderData, actionData }: Route.ComponentProps) {
	return <ContactsSection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />;
}
