import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { type EndEnrolmentInput, endEnrolmentSchema } from "./enrolment-input.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";

/**
 * Ends a child's enrolment in a house on `endsOn` (its last day there, which may be today or
 * a later day): from the next day the house's staff no longer see the child through it
 * (decision 013). Group admins only. NOT_FOUND for an enrolment of another child;
 * VALIDATION when `endsOn` is before the enrolment's first day.
 */
export async function endEnrolment(options: {
	db: Database;
	/** A group admin. */
	actor: StaffActor;
	childId: string;
	input: EndEnrolmentInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(endEnrolmentSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForStaff(trx, actor, childId, "group");
		const enrolment = await trx
			.selectFrom("enrolments")
			.select(["id", "house_id", "starts_on", "ends_on"])
			.where("id", "=", input.enrolmentId)
			.where("child_id", "=", child.id)
			.where("group_id", "=", child.group_id)
			.executeTakeFirst();
		if (!enrolment) throw new AppError("NOT_FOUND");
		if (input.endsOn < enrolment.starts_on) {
			throw new AppError("VALIDATION", { fieldErrors: { endsOn: ["families.enrolments.endBeforeStart"] } });
		}
		await trx
			.updateTable("enrolments")
			.set({ ends_on: input.endsOn, ended_by_user_id: actor.userId, updated_at: nowIso() })
			.where("id", "=", enrolment.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: child.group_id,
			action: "child.enrolment.ended",
			targetType: "child",
			targetId: child.id,
			ipAddress: actor.ipAddress,
			details: { enrolmentId: enrolment.id, houseId: enrolment.house_id, endsOn: input.endsOn },
		});
	});
}
