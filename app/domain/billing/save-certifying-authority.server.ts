import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";
import { type CertifyingAuthorityInput, certifyingAuthoritySchema } from "./certificate-input.ts";

/**
 * Saves the group's certifying authority (cadre I of the 281.86 certificate) and the recognition
 * printed on mutuality certificates (group admins). Certificates already issued keep what they
 * were issued with. Audited.
 *
 * @throws AppError FORBIDDEN; VALIDATION (`certifyingAuthoritySchema`, or `form:
 *   certificates.staff.noSettings` before the group's billing settings exist).
 */
export async function saveCertifyingAuthority(options: {
	db: Database;
	actor: StaffActor;
	input: CertifyingAuthorityInput;
}): Promise<void> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(certifyingAuthoritySchema, options.input);
	const groupId = actor.access.groupId;
	await withTransaction(db, async (trx) => {
		const updated = await trx
			.updateTable("billing_settings")
			.set({
				certifying_authority: input.authority,
				certifying_authority_name: input.authorityName ?? "",
				certifying_authority_number: (input.authorityNumber ?? "").replace(/[\s.]/g, "").replace(/^BE/i, ""),
				recognition: input.recognition ?? "",
				updated_by_user_id: actor.userId,
				updated_at: nowIso(),
			})
			.where("group_id", "=", groupId)
			.executeTakeFirst();
		if (Number(updated.numUpdatedRows) === 0)
			throw new AppError("VALIDATION", { fieldErrors: { form: ["certificates.staff.noSettings"] } });
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.certifying_authority_updated",
			targetType: "group",
			targetId: groupId,
			ipAddress: actor.ipAddress,
			details: { authority: input.authority },
		});
	});
}
