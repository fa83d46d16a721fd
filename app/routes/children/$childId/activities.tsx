import type { TranslationHandle } from "#app/locales/scopes.ts";
import { CataloguePage } from "./+shared/catalogue-page.tsx";
import type { Route } from "./+types/activities";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"camps.age",
		"camps.card",
		"camps.catalogue",
		"camps.filters",
		"camps.register",
		"camps.registrations",
		"families.dossier.missing",
		"houses.kinds",
		"offers.cancel.notActive",
		"offers.cancel.tooLate",
		"offers.kinds",
		"offers.register",
		"uploads.missing",
		"uploads.types",
		"offers.registration",
	],
};

export { shouldRevalidate } from "./+shared/catalogue-revalidate.ts";
export { action, loader } from "./activities.server.ts";

/** « Activités »: first the houses, then the chosen house's activities, same flow as camps. */
export default function ChildActivities({ loaderData, actionData }: Route.ComponentProps) {
	return <CataloguePage data={loaderData} lastResult={actionData?.result} />;
}
