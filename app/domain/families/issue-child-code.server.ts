import { type Database, withTransaction } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { generateChildCode } from "./child-code.server.ts";
import { normalizeChildCode } from "./child-code.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";

/**
 * Hands out a new « code unique » for a child: it links one guardian, once. Staff print it on
 * a letter for the parent; several codes may be active (one per guardian to come).
 */
export async function issueChildCode(options: {
	db: Database;
	/** A group admin: a code makes its holder a guardian (decision 013). */
	actor: StaffActor;
	childId: string;
}): Promise<{ codeId: string; code: string }> {
	const { db, actor, childId } = options;
	for (let attempt = 0; ; attempt += 1) {
		try {
			return await withTransaction(db, async (trx) => {
				const child = await childForStaff(trx, actor, childId, "group");
				const codeId = newId();
				const code = normalizeChildCode(generateChildCode());
				await trx
					.insertInto("child_codes")
					.values({
						id: codeId,
						child_id: child.id,
						group_id: actor.access.groupId,
						code,
						created_by_user_id: actor.userId,
						created_at: nowIso(),
						used_at: null,
						used_by_user_id: null,
						revoked_at: null,
					})
					.execute();
				await recordAuditEvent(trx, {
					actorUserId: actor.userId,
					groupId: actor.access.groupId,
					action: "child.code.issued",
					targetType: "child",
					targetId: child.id,
					ipAddress: actor.ipAddress,
					details: { codeId },
				});
				return { codeId, code };
			});
		} catch (error) {
			// Ten characters from 31 symbols: a collision is rare; try a fresh code.
			if (!isUniqueViolation(error) || attempt >= 3) throw error;
		}
	}
}
