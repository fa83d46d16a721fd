/**
 * Sends every mail that is due now, then exits: a one-off job where no server runs, or a check
 * of the mail settings. Running servers deliver the same outbox; claims keep them apart.
 */
import { closeDb, getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { getLogger } from "#app/infra/logger.server.ts";
import { startMailSender } from "#app/infra/mail/sender.server.ts";
import { createMailTransport } from "#app/infra/mail/transport.server.ts";
import { runScript } from "./run-script.ts";

await runScript(async () => {
	const config = getConfig();
	const db = getDb();
	await migrateToLatest(db);
	const transport = createMailTransport({ smtpUrl: config.smtpUrl, db });
	// No polling: this process only drains, alongside the running servers' senders.
	const sender = startMailSender({ db, transport, log: getLogger(), intervalMs: 0, from: config.mailFrom });
	const sent = await sender.drain();
	await sender.stop();
	transport.close();
	const pending = await db
		.selectFrom("outbox_mails")
		.select((eb) => eb.fn.countAll<number>().as("count"))
		.where("status", "=", "pending")
		.executeTakeFirstOrThrow();
	console.log(`Sent: ${sent}. Still pending (waiting for a retry or held by a server): ${pending.count}.`);
	await closeDb();
});
