import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { startMailDelivery, wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { startMailSender } from "#app/infra/mail/sender.server.ts";
import { createMailTransport } from "#app/infra/mail/transport.server.ts";
import { loader } from "#app/routes/dev/mailbox.server.ts";
import { captureLogs } from "#tests/support/log-capture.ts";
import { enqueueResetMail } from "#tests/support/outbox.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Mailbox = Awaited<ReturnType<typeof loader>>;

async function mailbox(): Promise<Mailbox> {
	const { value, thrown } = await callRoute(loader as never, { url: "/dev/mailbox" });
	expect(thrown).toBe(false);
	return value as Mailbox;
}

describe("dev mailbox (APP_ENV=test, no SMTP server)", () => {
	it("answers 404 to another machine, even through a forwarded address", async () => {
		for (const clientIp of ["192.168.1.20", "10.0.0.7", "2001:db8::1", "::ffff:192.0.2.1"]) {
			const { value, thrown } = await callRoute(loader as never, { url: "/dev/mailbox", clientIp });
			expect(thrown).toBe(true);
			expect(statusOf(value)).toBe(404);
		}
		expect((await callRoute(loader as never, { url: "/dev/mailbox", clientIp: "::1" })).thrown).toBe(false);
	});

	it("keeps sent mail and lists it newest first, with Brussels time and the text body", async () => {
		expect(getConfig().smtpUrl).toBeUndefined();
		const transport = createMailTransport({ smtpUrl: undefined, db: getDb() });
		expect(transport.kind).toBe("dev-mailbox");
		const sender = startMailSender({ db: getDb(), transport, log: captureLogs().log, intervalMs: 0 });

		pinClock("2026-12-01T09:00:00.000Z");
		const older = await enqueueResetMail({ language: "fr" });
		expect(await sender.drain()).toBe(1);
		pinClock("2026-12-01T09:05:00.000Z");
		const newer = await enqueueResetMail({ language: "en" });
		expect(await sender.drain()).toBe(1);
		await sender.stop();

		const { messages } = await mailbox();
		expect(messages.map((message) => message.to).slice(0, 2)).toEqual([newer, older]);
		const [latest, previous] = messages;
		expect(latest).toMatchObject({ subject: "Reset your password", receivedAt: "2026-12-01T09:05:00.000Z" });
		// 09:05 UTC is 10:05 in Brussels in winter.
		expect(latest?.receivedAtLabel).toContain("10:05:00");
		expect(latest?.text).toMatch(/^https:\/\/portail\.example\/reset-password\?token=/m);
		expect(previous?.subject).toBe("Réinitialisation de votre mot de passe");
	});

	it("shows at most the 50 newest", async () => {
		// All at one instant: the time-ordered ids keep them in order.
		pinClock("2026-12-02T08:00:00.000Z");
		const transport = createMailTransport({ smtpUrl: undefined, db: getDb() });
		for (let index = 0; index < 55; index++) {
			await transport.send({
				to: `bulk-${index}@example.test`,
				from: "x@example.test",
				subject: "S",
				text: "T",
				html: "H",
			});
		}
		const { messages } = await mailbox();
		expect(messages).toHaveLength(50);
		expect(messages[0]?.to).toBe("bulk-54@example.test");
	});

	it("receives what the application's sender delivers; wakeMailSender() is safe with or without one", async () => {
		pinClock("2026-12-03T08:00:00.000Z");
		wakeMailSender(); // no sender yet: nothing happens, nothing breaks
		const delivery = startMailDelivery({ db: getDb(), config: getConfig(), log: captureLogs().log });
		try {
			const to = await enqueueResetMail();
			wakeMailSender();
			const deadline = Date.now() + 10_000;
			let found: Mailbox["messages"][number] | undefined;
			while (!found && Date.now() < deadline) {
				found = (await mailbox()).messages.find((message) => message.to === to);
				if (!found) await new Promise((resolve) => setTimeout(resolve, 20));
			}
			expect(found?.subject).toBe("Réinitialisation de votre mot de passe");
		} finally {
			await delivery.stop();
		}
	});
});
