import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { consumeRateLimits } from "#app/infra/rate-limit.server.ts";
import { appLink } from "../accounts/links.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { normalizeGroupCode } from "../groups/group-code.ts";
import { parseInput } from "../validation.ts";
import { normalizeChildCode } from "./child-code.ts";
import { addChildByCodeSchema } from "./dossier-input.ts";
import { childDisplayName, mailGuardians } from "./guardian-mail.server.ts";
import { addChildRateLimitRules } from "./rate-limits.ts";

/** The same answer for a wrong group code, a wrong child code, or a used or revoked one. */
const invalidCode = () => new AppError("VALIDATION", { fieldErrors: { form: ["families.byCode.invalid"] } });

/**
 * « Ajouter mon enfant sur base d'un code »: the group code and the child's single-use code
 * make the parent a guardian. Attempts are rate-limited per account and per address; the
 * child's other guardians are told by mail.
 */
export async function addChildByCode(options: {
	db: Database;
	/** The parent adding the child. */
	actor: Actor;
	input: { groupCode: string; childCode: string };
}): Promise<{ childId: string }> {
	const { db, actor } = options;
	const input = parseInput(addChildByCodeSchema, options.input);
	await consumeRateLimits(db, addChildRateLimitRules(actor.ipAddress, actor.userId));
	const result = await withTransaction(db, async (trx) => {
		const match = await trx
			.selectFrom("child_codes")
			.innerJoin("groups", "groups.id", "child_codes.group_id")
			.innerJoin("children", "children.id", "child_codes.child_id")
			.select([
				"child_codes.id",
				"children.id as child_id",
				"children.group_id",
				"children.first_name",
				"children.last_name",
			])
			.where("child_codes.code", "=", normalizeChildCode(input.childCode))
			.where("groups.code", "=", normalizeGroupCode(input.groupCode))
			.where("child_codes.used_at", "is", null)
			.where("child_codes.revoked_at", "is", null)
			.where("children.status", "!=", "merged")
			.executeTakeFirst();
		if (!match) throw invalidCode();
		const already = await trx
			.selectFrom("guardianships")
			.select("child_id")
			.where("child_id", "=", match.child_id)
			.where("user_id", "=", actor.userId)
			.executeTakeFirst();
		// A guardian typing the code again keeps it for the person it was meant for.
		if (already) return { childId: match.child_id, mailed: 0 };
		const at = nowIso();
		const claimed = await trx
			.updateTable("child_codes")
			.set({ used_at: at, used_by_user_id: actor.userId })
			.where("id", "=", match.id)
			.where("used_at", "is", null)
			.executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1) throw invalidCode();
		const guardian = await trx
			.selectFrom("users")
			.select(["first_name", "last_name"])
			.where("id", "=", actor.userId)
			.executeTakeFirstOrThrow();
		const mailed = await mailGuardians(trx, {
			childId: match.child_id,
			template: "family.guardian-added",
			data: ({ firstName }) => ({
				firstName,
				childName: childDisplayName(match),
				guardianName: `${guardian.first_name} ${guardian.last_name}`.trim(),
				url: appLink(`/children/${match.child_id}`),
			}),
		});
		await trx
			.insertInto("guardianships")
			.values({ child_id: match.child_id, user_id: actor.userId, linked_via: "code", created_at: at })
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: match.group_id,
			action: "child.guardian.linked",
			targetType: "child",
			targetId: match.child_id,
			ipAddress: actor.ipAddress,
			details: { via: "code", codeId: match.id },
		});
		return { childId: match.child_id, mailed };
	});
	if (result.mailed > 0) wakeMailSender();
	return { childId: result.childId };
}
