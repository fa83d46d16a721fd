import { redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { regenerateCalendarFeed } from "#app/domain/offers/regenerate-calendar-feed.server.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import type { Route } from "./+types/calendar-feed";

/** « Régénérer »: a new private feed address for the signed-in parent; the old one stops working. */
export async function action({ request, context }: Route.ActionArgs) {
	const viewer = await requireViewer(request, context);
	await regenerateCalendarFeed({
		db: getDb(),
		actor: { userId: viewer.userId, ipAddress: getRequestContext(context).clientIp },
	});
	return redirectWithFlash("/children#calendar-feed", { message: "camps.feed.regenerated" });
}

/** The address has no page of its own: a visit (a bookmark, a reload) goes to the feed's section. */
export function loader() {
	return redirect("/children#calendar-feed");
}
