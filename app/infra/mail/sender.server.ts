/**
 * Delivers the outbox: claims due mails, renders and sends each outside any transaction, then
 * records the outcome. Rows persist and leases expire, so a mail written to the outbox is
 * delivered at least once through SMTP outages and restarts; it is given up (`failed`, logged
 * as an error) only when it still fails 48 hours after it was enqueued.
 */
import { hostname } from "node:os";
import type { Database } from "#app/db/db.server.ts";
import type { OutboxMail } from "#app/db/schema.ts";
import { now } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { newId } from "#app/infra/ids.ts";
import type { Logger } from "#app/infra/logger.server.ts";
import { isPastGiveUpHorizon, retryDelayMs } from "./backoff.ts";
import {
	claimDueMails,
	markMailFailed,
	markMailSent,
	releaseMails,
	scheduleMailRetry,
} from "./outbox.repository.server.ts";
import { startPoller } from "./poller.ts";
import { isMailTemplateName, renderMail } from "./render.server.ts";
import type { MailTransport } from "./transport.server.ts";

export type MailSender = {
	/** Looks for due mail now rather than at the next poll (after a use case commits one). */
	wake(): void;
	/** Stops polling and waits for the batch in flight. */
	stop(): Promise<void>;
	/** Processes every mail due now; resolves with how many were sent (tests, scripts). */
	drain(): Promise<number>;
};

export type MailSenderOptions = {
	/** The database itself, not a transaction: the sender runs its own short ones. */
	db: Database;
	transport: MailTransport;
	/** Gets outbox id, template, attempt and error messages; never bodies, links or tokens. */
	log: Logger;
	/** Pause between polls; 0 turns polling off (only `wake()` and `drain()` send). Default 1 s. */
	intervalMs?: number;
	/** The From header; defaults to the configured `MAIL_FROM`. */
	from?: string;
	/** Mails claimed per transaction. Default 20. */
	batchSize?: number;
	/** How long a claim keeps other senders off its rows. Default 10 minutes. */
	leaseMs?: number;
};

// A message is not started this close to the end of its lease: an attempt takes at most the
// transport's timeouts (~40 s), so no mail is still being sent when another sender may claim it.
const LEASE_MARGIN_MS = 60_000;

function messageOf(error: unknown): string {
	return error instanceof Error ? error.message : String(error);
}

// JSON.parse's message quotes the text it choked on, which holds the links: keep it out of logs.
function parseData(row: OutboxMail): unknown {
	try {
		return JSON.parse(row.data);
	} catch {
		throw new Error("mail data is not valid JSON");
	}
}

/** Starts delivering the outbox. The caller stops it (and closes the transport) on shutdown. */
export function startMailSender(options: MailSenderOptions): MailSender {
	const { db, transport, log } = options;
	const batchSize = options.batchSize ?? 20;
	const leaseMs = Math.max(options.leaseMs ?? 10 * 60_000, 2 * LEASE_MARGIN_MS);
	const from = options.from ?? getConfig().mailFrom;
	// Says which server holds a row, for whoever looks at the table.
	const owner = `${hostname()}:${process.pid}:${newId().slice(-12)}`;

	async function deliver(row: OutboxMail): Promise<boolean> {
		const context = { outboxId: row.id, template: row.template, attempt: row.attempts + 1 };
		try {
			if (!isMailTemplateName(row.template)) throw new Error(`unknown mail template ${row.template}`);
			const content = renderMail(row.template, row.language, parseData(row) as never);
			await transport.send({ to: row.to_address, from, ...content });
		} catch (caught) {
			const error = messageOf(caught);
			const at = now();
			if (isPastGiveUpHorizon(row.created_at, at)) {
				await markMailFailed(db, { id: row.id, owner, error });
				log.error({ ...context, error }, "mail given up after 48 hours of failed attempts");
			} else {
				const nextAttemptAt = new Date(at.getTime() + retryDelayMs(row.attempts + 1)).toISOString();
				await scheduleMailRetry(db, { id: row.id, owner, error, nextAttemptAt });
				log.warn({ ...context, error, nextAttemptAt }, "mail not delivered; will retry");
			}
			return false;
		}
		await markMailSent(db, { id: row.id, at: now().toISOString() });
		log.info(context, "mail sent");
		return true;
	}

	/** One claim and its sends: how many rows were claimed and how many of them were sent. */
	async function processBatch(): Promise<{ claimed: number; sent: number }> {
		const at = now();
		const leaseUntil = new Date(at.getTime() + leaseMs);
		const rows = await claimDueMails(db, {
			at: at.toISOString(),
			leaseUntil: leaseUntil.toISOString(),
			owner,
			limit: batchSize,
		});
		let sent = 0;
		for (const [index, row] of rows.entries()) {
			if (now().getTime() > leaseUntil.getTime() - LEASE_MARGIN_MS) {
				await releaseMails(db, { ids: rows.slice(index).map((rest) => rest.id), owner });
				break;
			}
			if (await deliver(row)) sent += 1;
		}
		return { claimed: rows.length, sent };
	}

	async function processAllDue(): Promise<number> {
		let total = 0;
		for (;;) {
			const { claimed, sent } = await processBatch();
			total += sent;
			if (claimed === 0) return total;
		}
	}

	// Polls, wake-ups and drains run one after another: never two batches at once in a process.
	const poller = startPoller({
		job: processAllDue,
		intervalMs: options.intervalMs ?? 1_000,
		onError: (error) => log.error({ error: messageOf(error) }, "mail sender could not process the outbox"),
	});
	log.info({ transport: transport.kind, owner }, "mail sender started");
	return { wake: poller.wake, stop: poller.stop, drain: poller.runNow };
}
