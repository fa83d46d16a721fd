import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { claimDueMails } from "#app/infra/mail/outbox.repository.server.ts";
import { startMailSender } from "#app/infra/mail/sender.server.ts";
import { smtpTransport } from "#app/infra/mail/transport.server.ts";
import { captureLogs } from "#tests/support/log-capture.ts";
import { enqueueResetMail, outboxRowFor } from "#tests/support/outbox.ts";
import * as smtpCapture from "#tests/support/smtp-capture.ts";

const T0 = Date.parse("2026-12-01T09:00:00.000Z");
const at = (offsetMs: number) => new Date(T0 + offsetMs).toISOString();
const SECOND = 1_000;
const HOUR = 3_600_000;

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
	for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function setUp(smtp?: smtpCapture.SmtpCapture) {
	const server = smtp ?? (await smtpCapture.start());
	if (!smtp) cleanups.push(() => server.close());
	const logs = captureLogs();
	const transport = smtpTransport(server.url);
	const sender = startMailSender({ db: getDb(), transport, log: logs.log, intervalMs: 0 });
	cleanups.push(
		() => transport.close(),
		() => sender.stop(),
	);
	return { smtp: server, sender, logs };
}

describe("mail retries", () => {
	it("keeps a refused mail pending, retries it 30 s later, then delivers it", async () => {
		const { smtp, sender, logs } = await setUp();
		pinClock(at(0));
		const to = await enqueueResetMail();
		smtp.failNext(1);

		expect(await sender.drain()).toBe(0);
		const failed = await outboxRowFor(to);
		expect(failed).toMatchObject({ status: "pending", attempts: 1, locked_until: null, locked_by: null });
		expect(failed.last_error).toContain("451");
		// 30 s less at most a fifth of jitter.
		expect(failed.next_attempt_at >= at(24 * SECOND) && failed.next_attempt_at <= at(30 * SECOND)).toBe(true);
		expect(logs.lines()).toContainEqual(
			expect.objectContaining({ level: 40, outboxId: failed.id, template: "password.reset", attempt: 1 }),
		);

		pinClock(at(20 * SECOND));
		expect(await sender.drain()).toBe(0);
		pinClock(at(31 * SECOND));
		expect(await sender.drain()).toBe(1);
		await smtp.waitFor((mail) => mail.to.includes(to));
		expect(await outboxRowFor(to)).toMatchObject({ status: "sent", attempts: 1, sent_at: at(31 * SECOND) });
		expect(smtp.messages.filter((mail) => mail.to.includes(to))).toHaveLength(1);
		expect(logs.raw()).not.toContain("token=");
	});

	it("survives an SMTP server that is down, and delivers once it is back", async () => {
		const probe = await smtpCapture.start();
		const port = probe.port;
		await probe.close();
		const down = { ...probe, url: `smtp://127.0.0.1:${port}` };
		const { sender } = await setUp(down);
		pinClock(at(0));
		const to = await enqueueResetMail();

		expect(await sender.drain()).toBe(0);
		pinClock(at(40 * SECOND));
		expect(await sender.drain()).toBe(0);
		const row = await outboxRowFor(to);
		expect(row).toMatchObject({ status: "pending", attempts: 2 });
		expect(row.last_error).toMatch(/ECONNREFUSED|connect/i);
		expect(row.next_attempt_at > at(40 * SECOND + 45 * SECOND)).toBe(true);

		// The server comes back on the same address an hour later.
		const smtp = await smtpCapture.start({ port });
		cleanups.push(() => smtp.close());
		pinClock(at(HOUR));
		expect(await sender.drain()).toBe(1);
		await smtp.waitFor((mail) => mail.to.includes(to));
		expect(await outboxRowFor(to)).toMatchObject({ status: "sent", attempts: 2 });
	});

	it("takes over the mails of a sender that crashed once its lease expires", async () => {
		const { smtp, sender } = await setUp();
		pinClock(at(0));
		const to = await enqueueResetMail();
		const claimed = await claimDueMails(getDb(), {
			at: at(0),
			leaseUntil: at(10 * 60 * SECOND),
			owner: "crashed-server",
			limit: 100,
		});
		expect(claimed.map((row) => row.to_address)).toContain(to);

		expect(await sender.drain()).toBe(0);
		pinClock(at(10 * 60 * SECOND + 1));
		expect(await sender.drain()).toBe(1);
		await smtp.waitFor((mail) => mail.to.includes(to));
		expect((await outboxRowFor(to)).status).toBe("sent");
	});

	it("gives up 48 hours after the mail was enqueued, and says so in the log", async () => {
		const { smtp, sender, logs } = await setUp();
		pinClock(at(0));
		const to = await enqueueResetMail();
		smtp.failNext(1_000);

		expect(await sender.drain()).toBe(0);
		pinClock(at(47 * HOUR));
		expect(await sender.drain()).toBe(0);
		expect(await outboxRowFor(to)).toMatchObject({ status: "pending", attempts: 2 });

		pinClock(at(48 * HOUR));
		expect(await sender.drain()).toBe(0);
		const row = await outboxRowFor(to);
		expect(row).toMatchObject({ status: "failed", attempts: 3, locked_until: null });
		expect(row.last_error).toContain("451");
		expect(logs.lines()).toContainEqual(
			expect.objectContaining({ level: 50, outboxId: row.id, template: "password.reset", attempt: 3 }),
		);
		pinClock(at(49 * HOUR));
		smtp.failNext(0);
		expect(await sender.drain()).toBe(0);
		expect(smtp.messages).toEqual([]);
	});
});
