import { CataloguePage } from "./+shared/catalogue-page.tsx";
import type { Route } from "./+types/activities";

export { shouldRevalidate } from "./+shared/catalogue-revalidate.ts";
export { action, loader } from "./activities.server.ts";

/** « Activités »: first the houses, then the chosen house's activities, same flow as camps. */
export default function ChildActivities({ loaderData, actionData }: Route.ComponentProps) {
	return <CataloguePage data={loaderData} lastResult={actionData?.result} />;
}
