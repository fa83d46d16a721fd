import { GeneralSection } from "../../../../+shared/dossier/general-section.tsx";
import type { Route } from "./+types/general";

export { action, loader } from "./general.server.ts";

export default function StaffChildGeneral({ loaderData, actionData }: Route.ComponentProps) {
	return <GeneralSection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />;
}
