import type { Kysely } from "kysely";
import { instantType } from "../dialect.server.ts";

/**
 * Accounts: the tables better-auth works on (snake_case names mapped in
 * app/domain/accounts/auth.server.ts), plus the mail outbox, the audit log and rate limits.
 */
export async function up(db: Kysely<any>): Promise<void> {
	// better-auth hands Date objects to PostgreSQL and ISO text to SQLite.
	const instant = instantType(db);

	await db.schema
		.createTable("users")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("email", "text", (column) => column.notNull().unique())
		.addColumn("email_verified", "boolean", (column) => column.notNull().defaultTo(false))
		.addColumn("image", "text")
		.addColumn("username", "text", (column) => column.unique())
		.addColumn("display_username", "text")
		.addColumn("first_name", "text", (column) => column.notNull().defaultTo(""))
		.addColumn("last_name", "text", (column) => column.notNull().defaultTo(""))
		.addColumn("language", "text", (column) => column.notNull().defaultTo("fr"))
		.addColumn("created_at", instant, (column) => column.notNull())
		.addColumn("updated_at", instant, (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("sessions")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
		.addColumn("token", "text", (column) => column.notNull().unique())
		.addColumn("expires_at", instant, (column) => column.notNull())
		.addColumn("ip_address", "text")
		.addColumn("user_agent", "text")
		.addColumn("created_at", instant, (column) => column.notNull())
		.addColumn("updated_at", instant, (column) => column.notNull())
		.execute();
	await db.schema.createIndex("sessions_user_id_idx").on("sessions").column("user_id").execute();

	await db.schema
		.createTable("accounts")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
		.addColumn("account_id", "text", (column) => column.notNull())
		.addColumn("provider_id", "text", (column) => column.notNull())
		.addColumn("access_token", "text")
		.addColumn("refresh_token", "text")
		.addColumn("id_token", "text")
		.addColumn("access_token_expires_at", instant)
		.addColumn("refresh_token_expires_at", instant)
		.addColumn("scope", "text")
		.addColumn("password", "text")
		.addColumn("created_at", instant, (column) => column.notNull())
		.addColumn("updated_at", instant, (column) => column.notNull())
		.execute();
	await db.schema.createIndex("accounts_user_id_idx").on("accounts").column("user_id").execute();
	await db.schema
		.createIndex("accounts_provider_account_idx")
		.on("accounts")
		.columns(["provider_id", "account_id"])
		.unique()
		.execute();

	await db.schema
		.createTable("verifications")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("identifier", "text", (column) => column.notNull())
		.addColumn("value", "text", (column) => column.notNull())
		.addColumn("expires_at", instant, (column) => column.notNull())
		.addColumn("created_at", instant, (column) => column.notNull())
		.addColumn("updated_at", instant, (column) => column.notNull())
		.execute();
	await db.schema.createIndex("verifications_identifier_idx").on("verifications").column("identifier").execute();

	await db.schema
		.createTable("outbox_mails")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("to_address", "text", (column) => column.notNull())
		.addColumn("language", "text", (column) => column.notNull())
		.addColumn("template", "text", (column) => column.notNull())
		.addColumn("data", "text", (column) => column.notNull())
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("attempts", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("next_attempt_at", "text", (column) => column.notNull())
		.addColumn("locked_until", "text")
		.addColumn("locked_by", "text")
		.addColumn("last_error", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("sent_at", "text")
		.execute();
	await db.schema
		.createIndex("outbox_mails_due_idx")
		.on("outbox_mails")
		.columns(["status", "next_attempt_at"])
		.execute();

	await db.schema
		.createTable("audit_events")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("occurred_at", "text", (column) => column.notNull())
		.addColumn("actor_user_id", "text")
		.addColumn("group_id", "text")
		.addColumn("action", "text", (column) => column.notNull())
		.addColumn("target_type", "text")
		.addColumn("target_id", "text")
		.addColumn("ip_address", "text")
		.addColumn("details", "text", (column) => column.notNull().defaultTo("{}"))
		.execute();
	await db.schema
		.createIndex("audit_events_group_occurred_idx")
		.on("audit_events")
		.columns(["group_id", "occurred_at"])
		.execute();
	await db.schema
		.createIndex("audit_events_actor_occurred_idx")
		.on("audit_events")
		.columns(["actor_user_id", "occurred_at"])
		.execute();

	await db.schema
		.createTable("rate_limits")
		.addColumn("key", "text", (column) => column.primaryKey())
		.addColumn("window_started_at", "text", (column) => column.notNull())
		.addColumn("count", "integer", (column) => column.notNull())
		.execute();
}
