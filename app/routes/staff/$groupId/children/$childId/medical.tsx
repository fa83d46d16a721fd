import { MedicalSection } from "../../../../+shared/dossier/medical-section.tsx";
import type { Route } from "./+types/medical";

export { action, loader } from "./medical.server.ts";

export default function StaffChildMedical({ loaderData, actionData }: Route.ComponentProps) {
	return <MedicalSection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />;
}
