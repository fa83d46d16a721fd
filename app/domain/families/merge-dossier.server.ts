import type { z } from "zod";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { appLink } from "../accounts/links.server.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { childDisplayName, mailGuardians } from "./guardian-mail.server.ts";
import { childForStaff, type StaffActor } from "./staff-dossier.server.ts";
import { mergeDossierSchema } from "./staff-dossier-input.ts";

/**
 * A new dossier that duplicates a child the group already knows: its guardians move to the
 * existing dossier (identified by its file number), which keeps its data; the duplicate
 * becomes « fusionné » and disappears from the parents' lists. Guardians are told by mail.
 */
export async function mergeDossier(options: {
	db: Database;
	/** A group admin (merging reaches dossiers of every house, decision 013). */
	actor: StaffActor;
	/** The duplicate, still « introduit ». */
	childId: string;
	input: z.input<typeof mergeDossierSchema>;
}): Promise<{ targetChildId: string }> {
	const { db, actor, childId } = options;
	const input = parseInput(mergeDossierSchema, options.input);
	const result = await withTransaction(db, async (trx) => {
		const duplicate = await childForStaff(trx, actor, childId, "group");
		if (duplicate.status !== "submitted") {
			throw new AppError("CONFLICT", { fieldErrors: { form: ["families.staff.merge.notSubmitted"] } });
		}
		// Its registrations hold places that only its own guardians could cancel: settle them first.
		const active = await trx
			.selectFrom("registrations")
			.select("id")
			.where("child_id", "=", duplicate.id)
			.where("status", "in", ["pending", "accepted", "waiting"])
			.executeTakeFirst();
		if (active) throw new AppError("CONFLICT", { fieldErrors: { form: ["families.staff.merge.hasRegistrations"] } });
		const target = await trx
			.selectFrom("children")
			.select(["id", "first_name", "last_name", "status"])
			.where("group_id", "=", actor.access.groupId)
			.where("file_number", "=", input.targetFileNumber)
			.executeTakeFirst();
		if (!target || target.status === "merged" || target.id === duplicate.id) {
			throw new AppError("VALIDATION", { fieldErrors: { targetFileNumber: ["families.staff.merge.noTarget"] } });
		}
		const at = nowIso();
		const moving = await trx
			.selectFrom("guardianships")
			.select("user_id")
			.where("child_id", "=", duplicate.id)
			.where("user_id", "not in", (sub) =>
				sub.selectFrom("guardianships").select("user_id").where("child_id", "=", target.id),
			)
			.execute();
		for (const { user_id } of moving) {
			await trx
				.insertInto("guardianships")
				.values({ child_id: target.id, user_id, linked_via: "merge", created_at: at })
				.execute();
		}
		await trx.deleteFrom("guardianships").where("child_id", "=", duplicate.id).execute();
		await trx
			.updateTable("children")
			.set({ status: "merged", merged_into_child_id: target.id, updated_at: at })
			.where("id", "=", duplicate.id)
			.where("group_id", "=", actor.access.groupId)
			.execute();
		const movedIds = new Set(moving.map((row) => row.user_id));
		const newcomers = movedIds.size
			? await trx
					.selectFrom("users")
					.select(["first_name", "last_name"])
					.where("id", "in", [...movedIds])
					.execute()
			: [];
		const childName = childDisplayName(target);
		const url = appLink(`/children/${target.id}`);
		await mailGuardians(trx, {
			childId: target.id,
			template: "family.dossier-merged",
			only: movedIds,
			data: ({ firstName }) => ({ firstName, childName, groupName: duplicate.group_name, url }),
		});
		// The child's existing guardians learn who joined (separated parents must know).
		for (const newcomer of newcomers) {
			await mailGuardians(trx, {
				childId: target.id,
				template: "family.guardian-added",
				except: movedIds,
				data: ({ firstName }) => ({
					firstName,
					childName,
					guardianName: `${newcomer.first_name} ${newcomer.last_name}`.trim(),
					url,
				}),
			});
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "child.merged",
			targetType: "child",
			targetId: duplicate.id,
			ipAddress: actor.ipAddress,
			details: { into: target.id, guardiansMoved: moving.length },
		});
		return { targetChildId: target.id };
	});
	wakeMailSender();
	return result;
}
