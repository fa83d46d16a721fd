import { type Expression, expressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { DB, DocumentUploadStatus, DocumentUploadType } from "#app/db/schema.ts";
import type { ChildViewer } from "../families/families.repository.server.ts";
import { houseScope, type StaffAccess } from "../groups/permissions.ts";
import { pageOf, pageWindow } from "../list-page.ts";

/**
 * The viewer's scope over uploads, for a query on `document_uploads`: a guardian sees the
 * uploads about the children they are a guardian of now (every guardian of the child, not only
 * the one who sent it; removed from the child, they lose them); staff the uploads to the houses
 * they see (group admins every house of the group).
 */
export function whereUploadVisible(viewer: ChildViewer): Expression<SqlBool> {
	const eb = expressionBuilder<DB, "document_uploads">();
	if (viewer.kind === "guardian") {
		return eb(
			"document_uploads.child_id",
			"in",
			eb
				.selectFrom("guardianships")
				.select("guardianships.child_id")
				.where("guardianships.user_id", "=", viewer.userId),
		);
	}
	const inGroup = eb("document_uploads.group_id", "=", viewer.access.groupId);
	const houses = houseScope(viewer.access);
	if (houses === null) return inGroup;
	if (houses.length === 0) return sql<SqlBool>`1 = 0`;
	return eb.and([inGroup, eb("document_uploads.house_id", "in", houses)]);
}

const uploadColumns = [
	"document_uploads.id",
	"document_uploads.group_id",
	"document_uploads.house_id",
	"document_uploads.child_id",
	"document_uploads.type",
	"document_uploads.note",
	"document_uploads.storage_key",
	"document_uploads.media_type",
	"document_uploads.size_bytes",
	"document_uploads.name",
	"document_uploads.status",
	"document_uploads.refusal_reason",
	"document_uploads.decided_at",
	"document_uploads.created_at",
	"houses.name as house_name",
	"children.first_name as child_first_name",
	"children.last_name as child_last_name",
	"children.file_number as child_file_number",
	"uploader.first_name as uploader_first_name",
	"uploader.last_name as uploader_last_name",
] as const;

function uploadsWithNames(db: Database) {
	return db
		.selectFrom("document_uploads")
		.innerJoin("houses", "houses.id", "document_uploads.house_id")
		.innerJoin("children", "children.id", "document_uploads.child_id")
		.innerJoin("users as uploader", "uploader.id", "document_uploads.uploaded_by_user_id")
		.select(uploadColumns);
}

/** One upload the viewer may see, with its house, child and sender; undefined otherwise. */
export async function findUpload(db: Database, viewer: ChildViewer, uploadId: string) {
	return uploadsWithNames(db)
		.where("document_uploads.id", "=", uploadId)
		.where(whereUploadVisible(viewer))
		.executeTakeFirst();
}
export type UploadRecord = NonNullable<Awaited<ReturnType<typeof findUpload>>>;

/** A child's uploads the viewer may see, newest first (a child has a handful: not paged). */
export async function listUploadsOfChild(db: Database, viewer: ChildViewer, childId: string) {
	return uploadsWithNames(db)
		.where("document_uploads.child_id", "=", childId)
		.where(whereUploadVisible(viewer))
		.orderBy("document_uploads.created_at", "desc")
		.orderBy("document_uploads.id", "desc")
		.limit(200)
		.execute();
}

/**
 * One house's uploads for staff, newest first, optionally in one state, `listPageSize` a page
 * (decision 028), read on the (house, status, created_at) or (house, created_at) index.
 */
export async function listHouseUploads(
	db: Database,
	access: StaffAccess,
	options: { houseId: string; status?: DocumentUploadStatus; page: number },
) {
	let query = uploadsWithNames(db)
		.where("document_uploads.house_id", "=", options.houseId)
		.where(whereUploadVisible({ kind: "staff", access }));
	if (options.status) query = query.where("document_uploads.status", "=", options.status);
	const { limit, offset } = pageWindow(options.page);
	const rows = await query
		.orderBy("document_uploads.created_at", "desc")
		.orderBy("document_uploads.id", "desc")
		.limit(limit)
		.offset(offset)
		.execute();
	return pageOf(rows, options.page);
}

/** How many uploads of the house wait for a decision (on the status index). */
export async function countPendingUploads(db: Database, access: StaffAccess, houseId: string): Promise<number> {
	const row = await db
		.selectFrom("document_uploads")
		.select((eb) => eb.fn.countAll<string | number>().as("count"))
		.where("document_uploads.house_id", "=", houseId)
		.where("document_uploads.status", "=", "pending")
		.where(whereUploadVisible({ kind: "staff", access }))
		.executeTakeFirst();
	return Number(row?.count ?? 0);
}

/** The types each of these houses requires, with the house's name. */
export async function listRequiredDocuments(db: Database, houseIds: readonly string[]) {
	if (houseIds.length === 0) return [];
	const rows = await db
		.selectFrom("house_required_documents")
		.innerJoin("houses", "houses.id", "house_required_documents.house_id")
		.select(["house_required_documents.house_id", "house_required_documents.type", "houses.name"])
		.where("house_required_documents.house_id", "in", [...houseIds])
		.orderBy("houses.name")
		.execute();
	return rows.map((row) => ({ houseId: row.house_id, houseName: row.name, type: row.type as DocumentUploadType }));
}

/** The type and state of every upload about a child (for what its dossier still misses). */
export async function listUploadStatesOfChild(db: Database, childId: string) {
	const rows = await db
		.selectFrom("document_uploads")
		.select(["house_id", "type", "status"])
		.where("child_id", "=", childId)
		.execute();
	return rows.map((row) => ({ houseId: row.house_id, type: row.type, status: row.status }));
}

/** Which of these storage keys an upload row points to (for the orphan clean-up). */
export async function existingUploadKeys(db: Database, keys: string[]): Promise<Set<string>> {
	if (keys.length === 0) return new Set();
	const rows = await db.selectFrom("document_uploads").select("storage_key").where("storage_key", "in", keys).execute();
	return new Set(rows.map((row) => row.storage_key));
}
