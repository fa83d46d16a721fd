import { CataloguePage } from "./+shared/catalogue-page.tsx";
import type { Route } from "./+types/camps";

export { shouldRevalidate } from "./+shared/catalogue-revalidate.ts";
export { action, loader } from "./camps.server.ts";

/** « Stages »: the camps the child may join, « S'inscrire », and the child's registrations. */
export default function ChildCamps({ loaderData, actionData }: Route.ComponentProps) {
	return <CataloguePage data={loaderData} lastResult={actionData?.result} />;
}
