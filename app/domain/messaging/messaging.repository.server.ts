import { type Expression, expressionBuilder, type SqlBool, sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { DB } from "#app/db/schema.ts";
import { houseScope, type StaffAccess } from "../groups/permissions.ts";
import { listPageSize } from "../list-page.ts";
import type { ThreadViewer } from "./thread-viewer.ts";

/**
 * The viewer's scope over threads, for a query on `message_threads`: a guardian sees the
 * threads of the children they are a guardian of now (removed from a child, they lose its
 * threads); staff the threads of their group, and house managers and readers only those of
 * their houses.
 */
export function whereThreadVisible(viewer: ThreadViewer): Expression<SqlBool> {
	const eb = expressionBuilder<DB, "message_threads">();
	if (viewer.kind === "guardian") {
		return eb(
			"message_threads.child_id",
			"in",
			eb
				.selectFrom("guardianships")
				.select("guardianships.child_id")
				.where("guardianships.user_id", "=", viewer.userId),
		);
	}
	const inGroup = eb("message_threads.group_id", "=", viewer.access.groupId);
	const houses = houseScope(viewer.access);
	if (houses === null) return inGroup;
	if (houses.length === 0) return sql<SqlBool>`1 = 0`;
	return eb.and([inGroup, eb("message_threads.house_id", "in", houses)]);
}

/** The instant the other side last wrote, which decides « non lu » for this viewer. */
function otherSideLast(viewer: ThreadViewer) {
	return viewer.kind === "guardian"
		? ("message_threads.last_staff_message_at" as const)
		: ("message_threads.last_guardian_message_at" as const);
}

const threadColumns = [
	"message_threads.id",
	"message_threads.group_id",
	"message_threads.child_id",
	"message_threads.house_id",
	"message_threads.subject",
	"message_threads.started_by",
	"message_threads.assigned_to_user_id",
	"message_threads.done_at",
	"message_threads.last_message_at",
	"message_threads.last_guardian_message_at",
	"message_threads.last_staff_message_at",
	"message_threads.created_at",
	"children.first_name as child_first_name",
	"children.last_name as child_last_name",
	"houses.name as house_name",
] as const;

/** One thread the viewer may see, with its child and house names; undefined otherwise. */
export async function findThread(db: Database, viewer: ThreadViewer, threadId: string) {
	const userId = viewer.kind === "guardian" ? viewer.userId : viewer.access.userId;
	return db
		.selectFrom("message_threads")
		.innerJoin("children", "children.id", "message_threads.child_id")
		.innerJoin("houses", "houses.id", "message_threads.house_id")
		.leftJoin("message_reads", (join) =>
			join.onRef("message_reads.thread_id", "=", "message_threads.id").on("message_reads.user_id", "=", userId),
		)
		.select(threadColumns)
		.select("message_reads.read_at")
		.where("message_threads.id", "=", threadId)
		.where(whereThreadVisible(viewer))
		.executeTakeFirst();
}
export type ThreadRecord = NonNullable<Awaited<ReturnType<typeof findThread>>>;

export type ThreadFilter = "all" | "unread" | "mine" | "done";

/**
 * The viewer's threads, latest activity first, `listPageSize` a page, with `unread` for this
 * viewer. Guardians: every thread of their children (`houseId` unused). Staff: one house's inbox,
 * open threads unless `filter` is `done`.
 */
export async function listThreads(
	db: Database,
	viewer: ThreadViewer,
	options: { houseId?: string; filter?: ThreadFilter; page?: number } = {},
) {
	const userId = viewer.kind === "guardian" ? viewer.userId : viewer.access.userId;
	const filter = options.filter ?? "all";
	const page = Math.max(1, options.page ?? 1);
	const other = otherSideLast(viewer);
	let query = db
		.selectFrom("message_threads")
		.innerJoin("children", "children.id", "message_threads.child_id")
		.innerJoin("houses", "houses.id", "message_threads.house_id")
		.leftJoin("message_reads", (join) =>
			join.onRef("message_reads.thread_id", "=", "message_threads.id").on("message_reads.user_id", "=", userId),
		)
		.where(whereThreadVisible(viewer));
	if (viewer.kind === "staff") {
		if (options.houseId) query = query.where("message_threads.house_id", "=", options.houseId);
		query = query.where("message_threads.done_at", filter === "done" ? "is not" : "is", null);
		if (filter === "mine") query = query.where("message_threads.assigned_to_user_id", "=", userId);
	}
	if (filter === "unread") query = query.where(unreadCondition(other));
	const rows = await query
		.select(threadColumns)
		.select((eb) => eb.case().when(unreadCondition(other)).then(sql<number>`1`).else(sql<number>`0`).end().as("unread"))
		.orderBy("message_threads.last_message_at", "desc")
		.orderBy("message_threads.id", "desc")
		.limit(listPageSize + 1)
		.offset((page - 1) * listPageSize)
		.execute();
	return {
		threads: rows.slice(0, listPageSize).map((row) => ({ ...row, unread: Number(row.unread) === 1 })),
		page,
		hasNext: rows.length > listPageSize,
	};
}

/** Unread by the joined `message_reads` row's user: the other side wrote after it (or it is absent). */
export function unreadCondition(
	other: "message_threads.last_staff_message_at" | "message_threads.last_guardian_message_at",
) {
	const eb = expressionBuilder<DB & { message_reads: DB["message_reads"] }, "message_threads" | "message_reads">();
	return eb.and([
		eb(other, "is not", null),
		eb.or([eb("message_reads.read_at", "is", null), eb("message_reads.read_at", "<", eb.ref(other))]),
	]);
}

/**
 * How many of the viewer's threads have news from the other side (the badge in the menu).
 * Guardians: every thread of their children (a family's threads, read from the threads). Staff:
 * open threads of one house, or of every house not archived, counted on the member's rows of
 * `message_unread_threads` (decision 040), so the cost follows what this member has unread,
 * not the number of the group's threads.
 */
export async function countUnreadThreads(db: Database, viewer: ThreadViewer, houseId?: string): Promise<number> {
	if (viewer.kind === "staff") {
		let query = staffUnreadRows(db, viewer.access).select((eb) => eb.fn.countAll<string | number>().as("count"));
		// The menu's badge counts the houses the inbox offers: an archived house's are history.
		query = houseId
			? query.where("message_unread_threads.house_id", "=", houseId)
			: query.where("message_unread_threads.house_id", "not in", (eb) =>
					eb
						.selectFrom("houses")
						.select("houses.id")
						.where("houses.group_id", "=", viewer.access.groupId)
						.where("houses.archived_at", "is not", null),
				);
		const row = await query.executeTakeFirst();
		return Number(row?.count ?? 0);
	}
	const row = await guardianUnreadThreads(db, viewer.userId).executeTakeFirst();
	return Number(row?.count ?? 0);
}

/**
 * The guardian's side of `countUnreadThreads` as a query (`count`: a number, or a string on
 * PostgreSQL), for a caller that reads it with other things in one statement (the menu).
 */
export function guardianUnreadThreads(db: Database, userId: string) {
	const viewer = { kind: "guardian", userId } as const;
	return db
		.selectFrom("message_threads")
		.leftJoin("message_reads", (join) =>
			join.onRef("message_reads.thread_id", "=", "message_threads.id").on("message_reads.user_id", "=", userId),
		)
		.select((eb) => eb.fn.countAll<string | number>().as("count"))
		.where(whereThreadVisible(viewer))
		.where(unreadCondition(otherSideLast(viewer)));
}

/** The member's unread rows (decision 040) within their scope: the group, and their houses unless admin. */
function staffUnreadRows(db: Database, access: StaffAccess) {
	const query = db
		.selectFrom("message_unread_threads")
		.where("message_unread_threads.user_id", "=", access.userId)
		.where("message_unread_threads.group_id", "=", access.groupId);
	const houses = houseScope(access);
	if (houses === null) return query;
	return houses.length === 0
		? query.where(sql<SqlBool>`1 = 0`)
		: query.where("message_unread_threads.house_id", "in", houses);
}

/**
 * The staff inbox's count per house in one query on the member's unread rows (decision 040):
 * open threads of each of `houseIds` with news from the family, unread by the member. Houses
 * with none are absent from the map.
 */
export async function countUnreadThreadsByHouse(
	db: Database,
	viewer: Extract<ThreadViewer, { kind: "staff" }>,
	houseIds: string[],
): Promise<Map<string, number>> {
	if (houseIds.length === 0) return new Map();
	const rows = await staffUnreadRows(db, viewer.access)
		.select((eb) => ["message_unread_threads.house_id", eb.fn.countAll<string | number>().as("count")])
		.where("message_unread_threads.house_id", "in", houseIds)
		.groupBy("message_unread_threads.house_id")
		.execute();
	return new Map(rows.map((row) => [row.house_id, Number(row.count)]));
}

/**
 * A thread's messages in order, with their authors and attachments. Internal notes only for
 * staff. `readByStaffAt`: the latest instant a staff member read the thread, for « Lu ».
 */
export async function listMessages(db: Database, thread: { id: string }, viewer: ThreadViewer) {
	let query = db
		.selectFrom("messages")
		.innerJoin("users", "users.id", "messages.author_user_id")
		.select([
			"messages.id",
			"messages.author_user_id",
			"messages.author_side",
			"messages.internal",
			"messages.body",
			"messages.sent_at",
			"users.name as author_name",
		])
		.where("messages.thread_id", "=", thread.id)
		.orderBy("messages.sent_at")
		.orderBy("messages.id");
	if (viewer.kind === "guardian") query = query.where("messages.internal", "=", false);
	const messages = await query.execute();
	const ids = messages.map((message) => message.id);
	const attachments =
		ids.length === 0
			? []
			: await db
					.selectFrom("message_attachments")
					.select(["id", "message_id", "media_type", "size_bytes", "name"])
					.where("message_id", "in", ids)
					.orderBy("created_at")
					.orderBy("id")
					.execute();
	const staffRead = await db
		.selectFrom("message_reads")
		.select((eb) => eb.fn.max("read_at").as("read_at"))
		.where("thread_id", "=", thread.id)
		.where("side", "=", "staff")
		.executeTakeFirst();
	return {
		messages: messages.map((message) => ({
			...message,
			attachments: attachments.filter((attachment) => attachment.message_id === message.id),
		})),
		readByStaffAt: staffRead?.read_at ?? null,
	};
}

/** An attachment the viewer may download (the thread's scope, and no internal note for guardians). */
export async function findAttachment(db: Database, viewer: ThreadViewer, attachmentId: string) {
	let query = db
		.selectFrom("message_attachments")
		.innerJoin("messages", "messages.id", "message_attachments.message_id")
		.innerJoin("message_threads", "message_threads.id", "messages.thread_id")
		.select([
			"message_attachments.id",
			"message_attachments.storage_key",
			"message_attachments.media_type",
			"message_attachments.size_bytes",
			"message_attachments.name",
			"message_threads.id as thread_id",
			"message_threads.child_id",
		])
		.where("message_attachments.id", "=", attachmentId)
		.where(whereThreadVisible(viewer));
	if (viewer.kind === "guardian") query = query.where("messages.internal", "=", false);
	return query.executeTakeFirst();
}

/** Marks the thread read by this user up to `at` (never moves backwards). */
export async function markRead(
	db: Database,
	options: { threadId: string; userId: string; side: "guardian" | "staff"; at: string },
): Promise<void> {
	const { threadId, userId, side, at } = options;
	await db
		.insertInto("message_reads")
		.values({ thread_id: threadId, user_id: userId, side, read_at: at })
		.onConflict((conflict) =>
			conflict.columns(["thread_id", "user_id"]).doUpdateSet({ read_at: at }).where("message_reads.read_at", "<", at),
		)
		.execute();
}

/** Which storage keys exist as attachment rows (for the orphan clean-up). */
export async function existingStorageKeys(db: Database, keys: string[]): Promise<Set<string>> {
	if (keys.length === 0) return new Set();
	const rows = await db
		.selectFrom("message_attachments")
		.select("storage_key")
		.where("storage_key", "in", keys)
		.execute();
	return new Set(rows.map((row) => row.storage_key));
}
