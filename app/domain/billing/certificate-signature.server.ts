import sharp from "sharp";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { checkAttachment } from "#app/domain/files/check-attachment.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";

/** The largest signature image accepted, in bytes: under the server's 1 MB request limit with the form around it. */
export const MAX_SIGNATURE_BYTES = 900_000;

/**
 * Sets the signature (and stamp) a group prints on its mutuality certificates (group admins):
 * the image is checked by content like any upload (a PNG or JPEG; no metadata kept; clamd when
 * configured), turned into a PNG of at most 1200 px wide (transparency kept, what pdfkit
 * embeds), stored under `signatures/<group id>/<id>.png`, and the previous one is deleted once
 * the new one is saved. Audited.
 *
 * @throws AppError FORBIDDEN (not a group admin); VALIDATION `signature:
 *   certificates.staff.signature.invalid` (not a PNG or JPEG, empty, too large) or `form:
 *   billing.staff.runs.noSettings` before the group's billing settings exist.
 */
export async function saveCertificateSignature(options: {
	db: Database;
	actor: StaffActor;
	storage: FileStorage;
	content: Buffer;
	originalName: string;
	clamdSocket?: string;
}): Promise<void> {
	const { db, actor, storage } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const invalid = () =>
		new AppError("VALIDATION", { fieldErrors: { signature: ["certificates.staff.signature.invalid"] } });
	if (options.content.length > MAX_SIGNATURE_BYTES) throw invalid();
	const checked = await checkAttachment({
		content: options.content,
		originalName: options.originalName,
		clamdSocket: options.clamdSocket,
	});
	if (!checked.ok || !(checked.file.mediaType === "image/png" || checked.file.mediaType === "image/jpeg"))
		throw invalid();
	const png = await sharp(checked.file.content).resize({ width: 1200, withoutEnlargement: true }).png().toBuffer();
	const groupId = actor.access.groupId;
	const key = `signatures/${groupId}/${newId()}.png`;
	await storage.put(key, png);
	let previous: string | null = null;
	try {
		previous = await withTransaction(db, async (trx) => {
			const settings = await trx
				.selectFrom("billing_settings")
				.select("signature_key")
				.where("group_id", "=", groupId)
				.executeTakeFirst();
			if (!settings) throw new AppError("VALIDATION", { fieldErrors: { form: ["billing.staff.runs.noSettings"] } });
			await trx
				.updateTable("billing_settings")
				.set({ signature_key: key, updated_by_user_id: actor.userId, updated_at: nowIso() })
				.where("group_id", "=", groupId)
				.execute();
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId,
				action: "billing.signature_updated",
				targetType: "group",
				targetId: groupId,
				ipAddress: actor.ipAddress,
			});
			return settings.signature_key;
		});
	} catch (error) {
		// Nothing refers to the new image: it goes, so no orphan stays.
		await storage.delete(key);
		throw error;
	}
	if (previous) await storage.delete(previous);
}

/**
 * Removes the group's signature image (group admins): certificates go back to a blank box to
 * sign by hand. Audited. @throws AppError FORBIDDEN.
 */
export async function removeCertificateSignature(options: {
	db: Database;
	actor: StaffActor;
	storage: FileStorage;
}): Promise<void> {
	const { db, actor, storage } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	const previous = await withTransaction(db, async (trx) => {
		const settings = await trx
			.selectFrom("billing_settings")
			.select("signature_key")
			.where("group_id", "=", groupId)
			.executeTakeFirst();
		if (!settings?.signature_key) return null;
		await trx
			.updateTable("billing_settings")
			.set({ signature_key: null, updated_by_user_id: actor.userId, updated_at: nowIso() })
			.where("group_id", "=", groupId)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.signature_removed",
			targetType: "group",
			targetId: groupId,
			ipAddress: actor.ipAddress,
		});
		return settings.signature_key;
	});
	if (previous) await storage.delete(previous);
}

/** The signature image a certificate prints, or null (none set, or missing from storage). */
export async function certificateSignature(storage: FileStorage, key: string | null): Promise<Buffer | null> {
	if (!key) return null;
	return (await storage.get(key)) ?? null;
}
