import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { isAppError } from "#app/domain/app-error.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { isGroupAdmin, staffPermissions } from "#app/domain/groups/permissions.ts";
import {
	type BroadcastAudience,
	broadcastFamilies,
	listBroadcastOffers,
} from "#app/domain/messaging/broadcast-families.server.ts";
import { sendBroadcast } from "#app/domain/messaging/send-broadcast.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { pluralKey } from "#app/infra/intl.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { broadcastSchema } from "../../../messages/+shared/message-forms.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/broadcast";

/** The audience a `?audience=…` query describes, when it is complete. */
function audienceOf(search: URLSearchParams): BroadcastAudience | null {
	const kind = search.get("audience");
	const status = search.get("status");
	if (kind === "offer" && isId(search.get("offerId") ?? undefined)) {
		return {
			kind,
			offerId: search.get("offerId") as string,
			status: status === "accepted" || status === "waiting" ? status : "all",
		};
	}
	if (kind === "house" && isId(search.get("houseId") ?? undefined))
		return { kind, houseId: search.get("houseId") as string };
	if (kind === "group") return { kind };
	return null;
}

/**
 * « Message groupé »: the offers and houses the member may write to, and — once an audience is
 * chosen (« Compter les familles », a GET) — how many families it reaches, before sending.
 * Read-only members get 403.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (staffPermissions(staff.access).readOnly) throw data(null, { status: 403 });
	const db = getDb();
	const houses = await listHousesForStaff(db, staff.access);
	const search = documentUrl(request).searchParams;
	const audience = audienceOf(search);
	let count: number | null = null;
	if (audience) {
		try {
			count = (await broadcastFamilies(db, staff.access, audience, dateInBrussels())).length;
		} catch (error) {
			if (!isAppError(error)) throw error;
			throw data(null, { status: error.status });
		}
	}
	return {
		houses: houses.map((house) => ({ id: house.id, name: house.name })),
		offers: await listBroadcastOffers(db, staff.access, dateInBrussels()),
		canReachGroup: isGroupAdmin(staff.access),
		audience: audience ?? { kind: search.get("audience") ?? "offer" },
		count,
		constraints: { broadcast: formConstraint(broadcastSchema) },
	};
}

/** « Envoyer le message groupé »: one thread per family, then back to the inbox. */
export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	return handleForm({
		request,
		schema: broadcastSchema,
		run: async (values) => {
			const audience: BroadcastAudience =
				values.audience === "offer"
					? { kind: "offer", offerId: values.offerId ?? "", status: values.status }
					: values.audience === "house"
						? { kind: "house", houseId: values.houseId ?? "" }
						: { kind: "group" };
			const reached = await sendBroadcast({
				db: getDb(),
				actor: staff.actor,
				access: staff.access,
				audience,
				subject: values.subject,
				body: values.body,
			});
			return redirectWithFlash(`/staff/${staff.group.id}/messages`, {
				message: pluralKey("messages.broadcast.sent", reached, getLanguage(context)),
				values: { count: String(reached) },
			});
		},
	});
}
