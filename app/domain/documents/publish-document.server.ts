import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { Actor } from "#app/domain/actor.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { checkAttachment } from "#app/domain/files/check-attachment.server.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { translationValue } from "#app/domain/offers/staff-translations.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";
import { mailPublication } from "./mail-publication.server.ts";
import { type PublicationAudience, publicationFamilies } from "./publication-audience.server.ts";

/** What staff type for a publication; translations blank or absent fall back to French. */
export type PublicationInput = {
	/** French title, required. */
	title: string;
	titleNl?: string | undefined;
	titleDe?: string | undefined;
	titleEn?: string | undefined;
	/** A short description (French), optional. */
	description?: string | undefined;
};

/**
 * « Publier le document »: staff of a house publish one file (PDF or image, checked by
 * content: decision 032) to one family, to the families of one of the house's offers, or to
 * every family of the house (`publicationFamilies`, counted the same way as shown before).
 * The file is written once under `documents/<id>`; then, in one transaction, the publication,
 * ONE ROW PER FAMILY (per child: the child's guardians see it through the child), the audit
 * row and one mail per guardian (`mailPublication`, a link, no file). If the transaction fails
 * the file is deleted; a crash in between leaves a file that the periodic clean-up removes.
 * Returns the publication's id, its house and how many families it reached.
 *
 * @throws AppError as `publicationFamilies`; VALIDATION `file: messages.attachments.<problem>`
 *   for a refused file, `file: documents.publish.fileRequired` without one, and
 *   `audience: documents.publish.nobody` when the audience has no family.
 */
export async function publishDocument(options: {
	db: Database;
	storage: FileStorage;
	actor: Actor;
	access: StaffAccess;
	audience: PublicationAudience;
	input: PublicationInput;
	/** The uploaded file as received (name from the sender's device, bytes as sent). */
	file: { name: string; content: Buffer } | undefined;
}): Promise<{ publicationId: string; houseId: string; reached: number }> {
	const { db, storage, actor, access, audience, input } = options;
	const refuse = (field: string, key: string): never => {
		throw new AppError("VALIDATION", { fieldErrors: { [field]: [key] } });
	};
	// The audience first: who may publish, and to whom, before any file is read.
	const families = await publicationFamilies(db, access, audience, dateInBrussels());
	if (families.childIds.length === 0) refuse("audience", "documents.publish.nobody");
	if (!options.file) return refuse("file", "documents.publish.fileRequired");
	const check = await checkAttachment({
		content: options.file.content,
		originalName: options.file.name,
		clamdSocket: getConfig().clamdSocket,
	});
	if (!check.ok) return refuse("file", `messages.attachments.${check.problem}`);

	const publicationId = newId();
	const storageKey = `documents/${publicationId}`;
	await storage.put(storageKey, check.file.content);
	let outcome: { houseId: string; reached: number };
	try {
		outcome = await withTransaction(db, async (trx) => {
			// Counted again inside the transaction: what is stored is what the audience is now.
			const { houseId, childIds } = await publicationFamilies(trx, access, audience, dateInBrussels());
			if (childIds.length === 0) refuse("audience", "documents.publish.nobody");
			const at = nowIso();
			const title = input.title.trim();
			await trx
				.insertInto("published_documents")
				.values({
					id: publicationId,
					group_id: access.groupId,
					house_id: houseId,
					title,
					title_nl: translationValue(input.titleNl),
					title_de: translationValue(input.titleDe),
					title_en: translationValue(input.titleEn),
					description: translationValue(input.description),
					storage_key: storageKey,
					media_type: check.file.mediaType,
					size_bytes: check.file.size,
					file_name: check.file.name,
					audience_kind: audience.kind,
					audience_offer_id: audience.kind === "offer" ? audience.offerId : null,
					audience_status: audience.kind === "offer" ? audience.status : null,
					published_by_user_id: actor.userId,
					published_at: at,
				})
				.execute();
			for (const childId of childIds) {
				await trx
					.insertInto("published_document_recipients")
					.values({ id: newId(), document_id: publicationId, child_id: childId })
					.execute();
			}
			await mailPublication(trx, { publicationId, houseId, childIds });
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId: access.groupId,
				action: "document.published",
				targetType: "published_document",
				targetId: publicationId,
				ipAddress: actor.ipAddress,
				details: { title, houseId, audience: audience.kind, children: childIds.length },
			});
			return { houseId, reached: childIds.length };
		});
	} catch (error) {
		await storage.delete(storageKey).catch(() => undefined);
		throw error;
	}
	wakeMailSender();
	return { publicationId, ...outcome };
}
