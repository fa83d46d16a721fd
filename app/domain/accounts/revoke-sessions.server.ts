import type { Database } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { AppError } from "../app-error.ts";
import { deleteSessionsOfUser } from "./accounts.repository.server.ts";
import type { Viewer } from "./session.server.ts";

/**
 * Ends sessions of the viewer's own account: one of them (by id), or every one including the
 * current ("se déconnecter partout"). Someone else's session id simply matches nothing.
 */
export async function revokeSessions(options: {
	db: Database;
	viewer: Viewer;
	/** A session id, or "all". */
	which: string;
	ipAddress: string;
}): Promise<{ signedOutHere: boolean }> {
	const { db, viewer, which, ipAddress } = options;
	return db.transaction().execute(async (trx) => {
		let signedOutHere = false;
		if (which === "all") {
			await deleteSessionsOfUser(trx, viewer.userId);
			signedOutHere = true;
		} else {
			const session = await trx
				.selectFrom("sessions")
				.select(["id", "token"])
				.where("id", "=", which)
				.where("user_id", "=", viewer.userId)
				.executeTakeFirst();
			if (!session) throw new AppError("NOT_FOUND");
			await trx.deleteFrom("sessions").where("id", "=", session.id).execute();
			signedOutHere = session.token === viewer.sessionToken;
		}
		await recordAuditEvent(trx, {
			actorUserId: viewer.userId,
			action: which === "all" ? "auth.sessions.revoked_all" : "auth.session.revoked",
			targetType: "user",
			targetId: viewer.userId,
			ipAddress,
		});
		return { signedOutHere };
	});
}
