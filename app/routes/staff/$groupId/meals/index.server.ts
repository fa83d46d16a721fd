import { documentUrl } from "#app/server/document-url.ts";
import type { Route } from "./+types/index";
import { kitchenChoice, loadKitchenDay } from "./kitchen.server.ts";

/**
 * « Repas » for staff: the kitchen list of one house and day (`?house=&day=`, `&print=1` for the
 * print view): counts per dish and per diet, and the allergy alerts. Every view is audited.
 */
export async function loader(args: Route.LoaderArgs) {
	const choice = await kitchenChoice(args);
	const print = documentUrl(args.request).searchParams.get("print") === "1";
	return {
		group: choice.staff.group,
		houses: choice.houses,
		house: choice.house,
		day: choice.day,
		print,
		canWriteMenus: choice.staff.access.role !== "reader",
		kitchen: choice.house ? await loadKitchenDay(choice, print ? "print" : "view") : null,
	};
}
