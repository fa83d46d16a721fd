import type { Database } from "#app/db/db.server.ts";
import { canSeeHouse, type StaffAccess } from "#app/domain/groups/permissions.ts";
import { pageOf, pageWindow } from "#app/domain/list-page.ts";
import { localizedColumn } from "#app/domain/offers/staff-translations.server.ts";
import type { Language } from "#app/locales/languages.ts";

/**
 * The documents published for a child that a guardian sees: the guardianship is in the WHERE
 * clause (a guardian removed from the child sees none of them at once), withdrawn ones are
 * gone; newest first, the title in `language` (French when not translated).
 */
export async function listPublishedDocumentsOfChild(
	db: Database,
	options: { userId: string; childId: string; language: Language },
) {
	return db
		.selectFrom("published_document_recipients as recipients")
		.innerJoin("published_documents", "published_documents.id", "recipients.document_id")
		.innerJoin("guardianships", "guardianships.child_id", "recipients.child_id")
		.innerJoin("houses", "houses.id", "published_documents.house_id")
		.select([
			"recipients.id",
			localizedColumn("published_documents", "title", options.language).as("title"),
			"published_documents.description",
			"published_documents.media_type",
			"published_documents.size_bytes",
			"published_documents.published_at",
			"recipients.opened_at",
			"houses.name as house_name",
		])
		.where("recipients.child_id", "=", options.childId)
		.where("guardianships.user_id", "=", options.userId)
		.where("published_documents.withdrawn_at", "is", null)
		.orderBy("published_documents.published_at", "desc")
		.orderBy("recipients.id")
		.limit(200)
		.execute();
}

/** One family's copy of a published document, if `userId` is a current guardian of its child and it is not withdrawn. */
export async function findPublishedDocumentForGuardian(
	db: Database,
	options: { userId: string; childId: string; recipientId: string },
) {
	return db
		.selectFrom("published_document_recipients as recipients")
		.innerJoin("published_documents", "published_documents.id", "recipients.document_id")
		.innerJoin("guardianships", "guardianships.child_id", "recipients.child_id")
		.select([
			"recipients.id",
			"recipients.opened_at",
			"published_documents.storage_key",
			"published_documents.media_type",
			"published_documents.file_name as name",
		])
		.where("recipients.id", "=", options.recipientId)
		.where("recipients.child_id", "=", options.childId)
		.where("guardianships.user_id", "=", options.userId)
		.where("published_documents.withdrawn_at", "is", null)
		.executeTakeFirst();
}

/** A publication of one of the member's houses (withdrawn ones included), or undefined. */
export async function findPublicationForStaff(db: Database, access: StaffAccess, publicationId: string) {
	const publication = await db
		.selectFrom("published_documents")
		.selectAll()
		.where("id", "=", publicationId)
		.where("group_id", "=", access.groupId)
		.executeTakeFirst();
	return publication && canSeeHouse(access, publication.house_id) ? publication : undefined;
}

/**
 * A house's publications, newest first, paged (decision 028), each with how many families it
 * went to and how many opened it (two grouped counts over the page's ids, on the recipients'
 * document index). The caller has checked the member sees the house.
 */
export async function listPublicationsOfHouse(
	db: Database,
	options: { groupId: string; houseId: string; page: number },
): Promise<{ rows: PublicationRow[]; page: number; hasMore: boolean }> {
	const { limit, offset } = pageWindow(options.page);
	const rows = await db
		.selectFrom("published_documents")
		.leftJoin("offers", "offers.id", "published_documents.audience_offer_id")
		.leftJoin("users as publisher", "publisher.id", "published_documents.published_by_user_id")
		.select([
			"published_documents.id",
			"published_documents.title",
			"published_documents.description",
			"published_documents.media_type",
			"published_documents.file_name",
			"published_documents.audience_kind",
			"published_documents.audience_status",
			"published_documents.published_at",
			"published_documents.withdrawn_at",
			"offers.title as offer_title",
			"publisher.first_name as publisher_first_name",
			"publisher.last_name as publisher_last_name",
		])
		.where("published_documents.group_id", "=", options.groupId)
		.where("published_documents.house_id", "=", options.houseId)
		.orderBy("published_documents.published_at", "desc")
		.orderBy("published_documents.id", "desc")
		.limit(limit)
		.offset(offset)
		.execute();
	const paged = pageOf(rows, options.page);
	const ids = paged.rows.map((row) => row.id);
	const counts =
		ids.length === 0
			? []
			: await db
					.selectFrom("published_document_recipients")
					.select((eb) => [
						"document_id",
						eb.fn.countAll<string | number>().as("recipients"),
						eb.fn.count<string | number>("opened_at").as("opened"),
					])
					.where("document_id", "in", ids)
					.groupBy("document_id")
					.execute();
	const byId = new Map(counts.map((row) => [row.document_id, row]));
	return {
		...paged,
		rows: paged.rows.map((row) => ({
			...row,
			recipients: Number(byId.get(row.id)?.recipients ?? 0),
			opened: Number(byId.get(row.id)?.opened ?? 0),
		})),
	};
}

export type PublicationRow = {
	id: string;
	title: string;
	description: string | null;
	media_type: string;
	file_name: string;
	audience_kind: string;
	audience_status: string | null;
	published_at: string;
	withdrawn_at: string | null;
	offer_title: string | null;
	publisher_first_name: string | null;
	publisher_last_name: string | null;
	recipients: number;
	opened: number;
};

/** The first opening by a guardian; later ones change nothing. Returns whether this one was the first. */
export async function markPublishedDocumentOpened(
	db: Database,
	options: { recipientId: string; userId: string; at: string },
): Promise<boolean> {
	const result = await db
		.updateTable("published_document_recipients")
		.set({ opened_at: options.at, opened_by_user_id: options.userId })
		.where("id", "=", options.recipientId)
		.where("opened_at", "is", null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) > 0;
}

/** Which of `keys` a publication points to (the orphan clean-up keeps those). */
export async function existingDocumentKeys(db: Database, keys: string[]): Promise<Set<string>> {
	if (keys.length === 0) return new Set();
	const rows = await db
		.selectFrom("published_documents")
		.select("storage_key")
		.where("storage_key", "in", keys)
		.execute();
	return new Set(rows.map((row) => row.storage_key));
}
