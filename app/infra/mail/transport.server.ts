/**
 * Where rendered mail goes: a real SMTP server, or, when none is configured (development,
 * tests, demo), the dev mailbox table shown at /dev/mailbox.
 */
import nodemailer from "nodemailer";
import type { Database } from "#app/db/db.server.ts";
import { storeDevMailboxMessage } from "./dev-mailbox.server.ts";

export type MailMessage = { to: string; from: string; subject: string; text: string; html: string };

export type MailTransport = {
	/** Resolves once the message is accepted; rejects when it was not (the sender retries). */
	send(message: MailMessage): Promise<void>;
	/** Releases connections, if the transport holds any. */
	close(): void;
	/** For logs: which kind of transport this is (never its URL, which may hold a password). */
	kind: "smtp" | "dev-mailbox";
};

// Bounded waits: a silent server must not hold a claimed batch past its lease
// (see sender.server.ts), and the next retry comes soon enough anyway.
const CONNECTION_TIMEOUT_MS = 10_000;
const GREETING_TIMEOUT_MS = 10_000;
const SOCKET_TIMEOUT_MS = 20_000;

/**
 * Delivers over SMTP, one connection per message (transactional volume is low, and a fresh
 * connection never trips over a half-closed pooled one). `smtps://` speaks TLS from the start;
 * `smtp://` upgrades with STARTTLS when the server offers it.
 */
export function smtpTransport(url: string): MailTransport {
	const transporter = nodemailer.createTransport({
		url,
		connectionTimeout: CONNECTION_TIMEOUT_MS,
		greetingTimeout: GREETING_TIMEOUT_MS,
		socketTimeout: SOCKET_TIMEOUT_MS,
	});
	return {
		kind: "smtp",
		async send(message) {
			await transporter.sendMail({
				...message,
				// RFC 3834: tells mail servers and out-of-office robots not to answer.
				headers: { "Auto-Submitted": "auto-generated" },
			});
		},
		close: () => transporter.close(),
	};
}

/** Keeps messages in the database instead of sending them (never used in production). */
export function devMailboxTransport(db: Database): MailTransport {
	return {
		kind: "dev-mailbox",
		send: (message) => storeDevMailboxMessage(db, message),
		close() {},
	};
}

/**
 * The transport a configuration asks for: SMTP when `smtpUrl` is set, else the dev mailbox.
 * The configuration refuses APP_ENV=production without SMTP, so production always sends.
 */
export function createMailTransport(options: {
	/** From `getConfig().smtpUrl`. */
	smtpUrl: string | undefined;
	/** Where the dev mailbox keeps messages. */
	db: Database;
}): MailTransport {
	return options.smtpUrl ? smtpTransport(options.smtpUrl) : devMailboxTransport(options.db);
}
