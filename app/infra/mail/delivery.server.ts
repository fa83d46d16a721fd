/**
 * The application's one mail sender: started with the server, nudged by use cases after they
 * commit a mail to the outbox, stopped on shutdown.
 */
import type { Database } from "#app/db/db.server.ts";
import type { Config } from "#app/infra/config.server.ts";
import type { Logger } from "#app/infra/logger.server.ts";
import { type MailSender, startMailSender } from "./sender.server.ts";
import { createMailTransport } from "./transport.server.ts";

let active: MailSender | undefined;

/**
 * Builds the transport the configuration asks for (SMTP, else the dev mailbox) and starts the
 * sender on it. `stop()` waits for the batch in flight and closes the transport.
 */
export function startMailDelivery(options: {
	/** The process-wide database (`getDb()`). */
	db: Database;
	/** Reads `smtpUrl` and `mailFrom`. */
	config: Pick<Config, "smtpUrl" | "mailFrom">;
	log: Logger;
}): { stop(): Promise<void> } {
	const transport = createMailTransport({ smtpUrl: options.config.smtpUrl, db: options.db });
	const sender = startMailSender({
		db: options.db,
		transport,
		log: options.log.child({ component: "mail" }),
		from: options.config.mailFrom,
	});
	active = sender;
	return {
		async stop() {
			if (active === sender) active = undefined;
			await sender.stop();
			transport.close();
		},
	};
}

/**
 * Asks the running sender to look at the outbox now instead of at its next poll (within a
 * second anyway). Call it after the transaction that enqueued a mail has committed; before,
 * the sender could not see the row yet. Does nothing when no sender runs (scripts, tests).
 */
export function wakeMailSender(): void {
	active?.wake();
}
