/**
 * The sender's queries on `outbox_mails`. A row is claimed by writing a lease (`locked_until`,
 * `locked_by`) in a short transaction; the mail is sent outside it; the outcome is written
 * after. A sender that dies mid-batch leaves leases that simply expire.
 */
import type { Database } from "#app/db/db.server.ts";
import { forUpdateSkipLocked } from "#app/db/dialect.server.ts";
import type { OutboxMail } from "#app/db/schema.ts";

/** Longest error text kept on a row: enough for an SMTP reply, never a whole stack. */
const ERROR_MAX_LENGTH = 500;

/**
 * Claims up to `limit` due mails for `owner` until `leaseUntil`, oldest first. On PostgreSQL
 * rows another sender is claiming are skipped (FOR UPDATE SKIP LOCKED); on SQLite the
 * transaction holds the write lock from its start, so claims are one at a time.
 */
export async function claimDueMails(
	db: Database,
	options: {
		/** The instant that decides what is due and which leases have expired. */
		at: string;
		/** Written to `locked_until`: other senders leave the rows alone until then. */
		leaseUntil: string;
		/** The claiming sender's id, written to `locked_by`. */
		owner: string;
		limit: number;
	},
): Promise<OutboxMail[]> {
	return db.transaction().execute(async (trx) => {
		const due = trx
			.selectFrom("outbox_mails")
			.selectAll()
			.where("status", "=", "pending")
			.where("next_attempt_at", "<=", options.at)
			.where((eb) => eb.or([eb("locked_until", "is", null), eb("locked_until", "<", options.at)]))
			.orderBy("created_at")
			.orderBy("id")
			.limit(options.limit);
		const rows = await forUpdateSkipLocked(trx, due).execute();
		if (rows.length === 0) return [];
		const ids = rows.map((row) => row.id);
		await trx
			.updateTable("outbox_mails")
			.set({ locked_until: options.leaseUntil, locked_by: options.owner })
			.where("id", "in", ids)
			.execute();
		return rows.map((row) => ({ ...row, locked_until: options.leaseUntil, locked_by: options.owner }));
	});
}

/**
 * Records a delivery. Whoever holds the lease by now, the mail has left: marking it sent
 * stops a second copy going out.
 */
export async function markMailSent(db: Database, options: { id: string; at: string }): Promise<void> {
	await db
		.updateTable("outbox_mails")
		.set({ status: "sent", sent_at: options.at, locked_until: null, locked_by: null, last_error: null })
		.where("id", "=", options.id)
		.where("status", "=", "pending")
		.execute();
}

/**
 * Records a failed attempt and when to try again, releasing the lease. Only while `owner`
 * still holds the row: if its lease expired and another sender took over, that one decides.
 */
export async function scheduleMailRetry(
	db: Database,
	options: { id: string; owner: string; error: string; nextAttemptAt: string },
): Promise<void> {
	await db
		.updateTable("outbox_mails")
		.set((eb) => ({
			attempts: eb("attempts", "+", 1),
			last_error: options.error.slice(0, ERROR_MAX_LENGTH),
			next_attempt_at: options.nextAttemptAt,
			locked_until: null,
			locked_by: null,
		}))
		.where("id", "=", options.id)
		.where("status", "=", "pending")
		.where("locked_by", "=", options.owner)
		.execute();
}

/** Records the last failed attempt of a mail that is given up. Same ownership rule. */
export async function markMailFailed(db: Database, options: { id: string; owner: string; error: string }) {
	await db
		.updateTable("outbox_mails")
		.set((eb) => ({
			status: "failed",
			attempts: eb("attempts", "+", 1),
			last_error: options.error.slice(0, ERROR_MAX_LENGTH),
			locked_until: null,
			locked_by: null,
		}))
		.where("id", "=", options.id)
		.where("status", "=", "pending")
		.where("locked_by", "=", options.owner)
		.execute();
}

/** Hands claimed but untried rows back at once (a batch cut short), without counting an attempt. */
export async function releaseMails(db: Database, options: { ids: string[]; owner: string }): Promise<void> {
	if (options.ids.length === 0) return;
	await db
		.updateTable("outbox_mails")
		.set({ locked_until: null, locked_by: null })
		.where("id", "in", options.ids)
		.where("locked_by", "=", options.owner)
		.execute();
}
