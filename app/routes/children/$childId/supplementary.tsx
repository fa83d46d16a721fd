import { SupplementarySection } from "../../+shared/dossier/supplementary-section.tsx";
import type { Route } from "./+types/supplementary";

export { action, loader } from "./supplementary.server.ts";

export default function ChildSupplementary({ loaderData, actionData }: Route.ComponentProps) {
	return (
		<SupplementarySection key={loaderData.history[0]?.id ?? "new"} data={loaderData} lastResult={actionData?.result} />
	);
}
