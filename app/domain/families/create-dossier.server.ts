import { sql } from "kysely";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { consumeRateLimits } from "#app/infra/rate-limit.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { normalizeGroupCode } from "../groups/group-code.ts";
import { findGroupByCode } from "../groups/groups.repository.server.ts";
import { parseInput } from "../validation.ts";
import { recordDossierChange } from "./dossier-access.server.ts";
import { createDossierSchema } from "./dossier-input.ts";
import { nameKey } from "./name-key.ts";
import { addChildRateLimitRules } from "./rate-limits.ts";

/** Takes the group's next file number with one atomic increment (safe under concurrency). */
async function takeFileNumber(trx: Database, groupId: string): Promise<number> {
	const row = await trx
		.updateTable("groups")
		.set({ next_file_number: sql<number>`next_file_number + 1` })
		.where("id", "=", groupId)
		.returning("next_file_number")
		.executeTakeFirstOrThrow();
	return row.next_file_number - 1;
}

/**
 * « Créer un nouveau dossier pour mon enfant »: a dossier « introduit » in the group named by
 * its code, with the next file number, the parent as its first guardian. When the group already
 * has a child of that name, the parent is told to ask the setting for a code — and learns
 * nothing else about that child.
 */
export async function createDossier(options: {
	db: Database;
	/** The parent creating the dossier. */
	actor: Actor;
	input: { groupCode: string; lastName: string; firstName?: string };
}): Promise<{ childId: string }> {
	const { db, actor } = options;
	const input = parseInput(createDossierSchema, options.input);
	await consumeRateLimits(db, addChildRateLimitRules(actor.ipAddress, actor.userId));
	return withTransaction(db, async (trx) => {
		const group = await findGroupByCode(trx, normalizeGroupCode(input.groupCode));
		if (!group) throw new AppError("VALIDATION", { fieldErrors: { groupCode: ["families.groupCode.unknown"] } });
		// Taking the file number locks the group's row first: two parents introducing the same
		// child at the same moment are serialised, and the second one sees the first dossier.
		const fileNumber = await takeFileNumber(trx, group.id);
		const key = nameKey(input.lastName, input.firstName);
		const namesake = await trx
			.selectFrom("children")
			.select("id")
			.where("group_id", "=", group.id)
			.where("name_key", "=", key)
			.where("status", "!=", "merged")
			.executeTakeFirst();
		if (namesake) throw new AppError("CONFLICT", { fieldErrors: { form: ["families.newDossier.duplicate"] } });
		const at = nowIso();
		const childId = newId();
		await trx
			.insertInto("children")
			.values({
				id: childId,
				group_id: group.id,
				file_number: fileNumber,
				status: "submitted",
				merged_into_child_id: null,
				submitted_at: at,
				validated_at: null,
				entry_date: null,
				first_name: input.firstName ?? "",
				last_name: input.lastName,
				name_key: key,
				national_number: null,
				birth_date: null,
				sex: null,
				street: null,
				house_number: null,
				postal_code: null,
				locality: null,
				language: null,
				created_by_user_id: actor.userId,
				created_at: at,
				updated_at: at,
			})
			.execute();
		await trx
			.insertInto("guardianships")
			.values({ child_id: childId, user_id: actor.userId, linked_via: "dossier", created_at: at })
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: group.id,
			action: "child.created",
			targetType: "child",
			targetId: childId,
			ipAddress: actor.ipAddress,
		});
		await recordDossierChange(trx, {
			actor: { ...actor, viewer: { kind: "guardian", userId: actor.userId } },
			child: { id: childId, group_id: group.id },
			section: "general",
			fields: input.firstName ? ["lastName", "firstName"] : ["lastName"],
		});
		return { childId };
	});
}
