/**
 * A real SMTP server for tests, on 127.0.0.1: it accepts every message, parses it with
 * mailparser and keeps it, and can be told to refuse the next deliveries with a temporary
 * error (451), as a busy or greylisting mail server does.
 */
import { type AddressObject, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";

export type CapturedMail = {
	/** Recipients from the envelope (RCPT TO). */
	to: string[];
	/** The From header's (first) mailbox. */
	from: { name: string; address: string };
	subject: string;
	text: string;
	html: string;
	/** Parsed headers, keys lower-case. */
	headers: Map<string, unknown>;
};

export type SmtpCapture = {
	/** `smtp://127.0.0.1:<port>`, for the transport under test. */
	url: string;
	port: number;
	/** Every message accepted so far, in order. */
	messages: CapturedMail[];
	/** Resolves with the first message (already there or arriving) that matches; rejects after `timeoutMs`. */
	waitFor(predicate: (mail: CapturedMail) => boolean, timeoutMs?: number): Promise<CapturedMail>;
	/** The next `count` deliveries are refused with `451 4.3.0` (try again later). */
	failNext(count: number): void;
	close(): Promise<void>;
};

function firstMailbox(value: AddressObject | AddressObject[] | undefined): { name: string; address: string } {
	const mailbox = (Array.isArray(value) ? value[0] : value)?.value[0];
	return { name: mailbox?.name ?? "", address: mailbox?.address ?? "" };
}

/** Starts a capture server, on a free port unless `port` names one (to restart on the same). */
export async function start(options: { port?: number } = {}): Promise<SmtpCapture> {
	const messages: CapturedMail[] = [];
	const waiters = new Set<() => void>();
	let failures = 0;

	const server = new SMTPServer({
		secure: false,
		authOptional: true,
		disabledCommands: ["AUTH", "STARTTLS"],
		logger: false,
		onMailFrom(_address, _session, callback) {
			if (failures > 0) {
				failures -= 1;
				return callback(Object.assign(new Error("Mailbox busy, try again later"), { responseCode: 451 }));
			}
			callback();
		},
		onData(stream, session, callback) {
			simpleParser(stream)
				.then((parsed) => {
					messages.push({
						to: session.envelope.rcptTo.map((recipient) => recipient.address),
						from: firstMailbox(parsed.from),
						subject: parsed.subject ?? "",
						text: parsed.text ?? "",
						html: parsed.html || "",
						headers: parsed.headers as Map<string, unknown>,
					});
					for (const wake of waiters) wake();
					callback();
				})
				.catch(callback);
		},
	});
	await new Promise<void>((resolve, reject) => {
		server.once("error", reject);
		server.listen(options.port ?? 0, "127.0.0.1", () => resolve());
	});
	const address = server.server.address();
	if (typeof address !== "object" || !address) throw new Error("SMTP capture server has no address");

	return {
		url: `smtp://127.0.0.1:${address.port}`,
		port: address.port,
		messages,
		waitFor(predicate, timeoutMs = 10_000) {
			return new Promise((resolve, reject) => {
				const check = () => {
					const found = messages.find(predicate);
					if (!found) return;
					waiters.delete(check);
					clearTimeout(timer);
					resolve(found);
				};
				const timer = setTimeout(() => {
					waiters.delete(check);
					reject(
						new Error(
							`no matching mail within ${timeoutMs} ms (${messages.length} received: ${messages.map((m) => `${m.to.join(",")} «${m.subject}»`).join("; ")})`,
						),
					);
				}, timeoutMs);
				waiters.add(check);
				check();
			});
		},
		failNext(count) {
			failures = count;
		},
		close: () => new Promise<void>((resolve) => server.close(() => resolve())),
	};
}
