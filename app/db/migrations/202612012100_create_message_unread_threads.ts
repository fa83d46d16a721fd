import { type Kysely, sql } from "kysely";

/**
 * Unread counts that do not grow with the group (issue 15 §6, decision 040):
 * `message_unread_threads` holds one row per staff member who sees a thread's house (the
 * group's admins, the house's managers and readers) and open thread the family wrote in since
 * that member last read it (`message_reads`), with the thread's group and house copied so the
 * badges count one member's rows on an index, instead of reading every open thread of the
 * group. Filled here from the existing threads, memberships and reads; kept by the use cases in
 * the transaction of every change.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("message_unread_threads")
		.addColumn("thread_id", "text", (column) => column.notNull().references("message_threads.id"))
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("group_id", "text", (column) => column.notNull())
		.addColumn("house_id", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("message_unread_threads_pkey", ["thread_id", "user_id"])
		.execute();
	await db.schema
		.createIndex("message_unread_threads_user_house_idx")
		.on("message_unread_threads")
		.columns(["user_id", "group_id", "house_id"])
		.execute();
	// A new member's rows are read from the group's open threads.
	await db.schema
		.createIndex("message_threads_group_open_idx")
		.on("message_threads")
		.columns(["group_id", "done_at"])
		.execute();
	await sql`
		insert into message_unread_threads (thread_id, user_id, group_id, house_id)
		select t.id, m.user_id, t.group_id, t.house_id
		from message_threads t
		join staff_memberships m on m.group_id = t.group_id
		left join message_reads r on r.thread_id = t.id and r.user_id = m.user_id
		where (
				m.role = 'admin'
				or exists (
					select 1 from staff_membership_houses h where h.membership_id = m.id and h.house_id = t.house_id
				)
			)
			and t.done_at is null
			and t.last_guardian_message_at is not null
			and (r.read_at is null or r.read_at < t.last_guardian_message_at)
	`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex("message_threads_group_open_idx").execute();
	await db.schema.dropTable("message_unread_threads").execute();
}
