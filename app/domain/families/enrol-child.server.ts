import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { type EnrolChildInput, enrolChildSchema } from "./enrolment-input.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";

/**
 * Enrols a child in a house of its group (a crèche place, out-of-school care) from `startsOn`,
 * until `endsOn` if known: the house's managers and readers then see the dossier (decision 013).
 * Group admins only (FORBIDDEN otherwise; NOT_FOUND for a child outside the actor's scope).
 * VALIDATION for a house of another group; CONFLICT when the child already has an enrolment
 * in that house that has not ended (end it first, or change nothing).
 */
export async function enrolChild(options: {
	db: Database;
	/** A group admin. */
	actor: StaffActor;
	childId: string;
	input: EnrolChildInput;
}): Promise<{ enrolmentId: string }> {
	const { db, actor, childId } = options;
	const input = parseInput(enrolChildSchema, options.input);
	return withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, childId, "group");
		if (child.status === "merged")
			throw new AppError("CONFLICT", { fieldErrors: { form: ["families.enrolments.merged"] } });
		const house = await trx
			.selectFrom("houses")
			.select(["id", "name"])
			.where("id", "=", input.houseId)
			.where("group_id", "=", child.group_id)
			// An archived house takes no new enrolment (decision 024).
			.where("archived_at", "is", null)
			.executeTakeFirst();
		if (!house) throw new AppError("VALIDATION", { fieldErrors: { houseId: ["families.enrolments.chooseHouse"] } });
		const open = await trx
			.selectFrom("enrolments")
			.select("id")
			.where("child_id", "=", child.id)
			.where("house_id", "=", house.id)
			.where((eb) => eb.or([eb("ends_on", "is", null), eb("ends_on", ">=", dateInBrussels())]))
			.executeTakeFirst();
		if (open) throw new AppError("CONFLICT", { fieldErrors: { houseId: ["families.enrolments.alreadyEnrolled"] } });
		const at = nowIso();
		const enrolmentId = newId();
		await trx
			.insertInto("enrolments")
			.values({
				id: enrolmentId,
				group_id: child.group_id,
				child_id: child.id,
				house_id: house.id,
				starts_on: input.startsOn,
				ends_on: input.endsOn ?? null,
				created_by_user_id: actor.userId,
				created_at: at,
				ended_by_user_id: null,
				updated_at: at,
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: child.group_id,
			action: "child.enrolled",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { enrolmentId, houseId: house.id, startsOn: input.startsOn, endsOn: input.endsOn ?? null },
		});
		return { enrolmentId };
	});
}
