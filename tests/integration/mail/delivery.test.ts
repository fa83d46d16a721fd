import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { newId } from "#app/infra/ids.ts";
import { startMailSender } from "#app/infra/mail/sender.server.ts";
import { smtpTransport } from "#app/infra/mail/transport.server.ts";
import { captureLogs } from "#tests/support/log-capture.ts";
import { enqueueResetMail, outboxRowFor } from "#tests/support/outbox.ts";
import * as smtpCapture from "#tests/support/smtp-capture.ts";

let smtp: smtpCapture.SmtpCapture;
beforeAll(async () => {
	smtp = await smtpCapture.start();
});
afterAll(() => smtp.close());

function newSender(options: { intervalMs?: number } = {}) {
	const logs = captureLogs();
	const transport = smtpTransport(smtp.url);
	const sender = startMailSender({ db: getDb(), transport, log: logs.log, intervalMs: options.intervalMs ?? 0 });
	return { sender, logs, transport };
}

describe("mail delivery over SMTP", () => {
	it("delivers an outbox mail with both parts, in the recipient's language, from MAIL_FROM", async () => {
		pinClock("2026-12-01T09:00:00.000Z");
		const { sender, logs, transport } = newSender();
		const to = await enqueueResetMail({ language: "nl" });

		expect(await sender.drain()).toBe(1);
		const mail = await smtp.waitFor((candidate) => candidate.to.includes(to));
		expect(mail.subject).toBe("Uw wachtwoord opnieuw instellen");
		expect(`${mail.from.name} <${mail.from.address}>`).toBe(getConfig().mailFrom);
		expect(mail.text).toContain("Beste Amélie,");
		expect(mail.text).toMatch(/^https:\/\/portail\.example\/reset-password\?token=secret-\d+$/m);
		expect(mail.html).toContain('<html lang="nl"');
		expect(mail.html).toMatch(/href="https:\/\/portail\.example\/reset-password\?token=secret-\d+"/);
		expect(mail.headers.get("auto-submitted")).toBe("auto-generated");

		const row = await outboxRowFor(to);
		expect(row).toMatchObject({ status: "sent", sent_at: "2026-12-01T09:00:00.000Z", attempts: 0, locked_by: null });
		// The log says which mail left, never what it said or where its link points.
		expect(logs.lines()).toContainEqual(
			expect.objectContaining({ msg: "mail sent", outboxId: row.id, template: "password.reset", attempt: 1 }),
		);
		expect(logs.raw()).not.toContain("token=");
		expect(logs.raw()).not.toContain(to);

		expect(await sender.drain()).toBe(0);
		await sender.stop();
		transport.close();
	});

	it("never sends a mail whose transaction rolled back", async () => {
		pinClock(undefined);
		const { sender, transport } = newSender();
		let recipient = "";
		await expect(
			getDb()
				.transaction()
				.execute(async (trx) => {
					recipient = await enqueueResetMail({ db: trx });
					throw new Error("the change failed");
				}),
		).rejects.toThrow("the change failed");
		const committed = await getDb()
			.transaction()
			.execute((trx) => enqueueResetMail({ db: trx }));

		expect(await sender.drain()).toBe(1);
		await smtp.waitFor((mail) => mail.to.includes(committed));
		expect(smtp.messages.some((mail) => mail.to.includes(recipient))).toBe(false);
		const rows = await getDb().selectFrom("outbox_mails").select("id").where("to_address", "=", recipient).execute();
		expect(rows).toEqual([]);
		await sender.stop();
		transport.close();
	});

	it("retries a mail it cannot render, like a refused one, without logging its data", async () => {
		pinClock("2026-12-01T10:00:00.000Z");
		const { sender, logs, transport } = newSender();
		const base = { status: "pending" as const, attempts: 0, language: "fr", to_address: "broken@example.test" };
		const timestamps = { next_attempt_at: "2026-12-01T10:00:00.000Z", created_at: "2026-12-01T10:00:00.000Z" };
		await getDb()
			.insertInto("outbox_mails")
			.values([
				{
					...base,
					...timestamps,
					id: newId(),
					template: "password.reset",
					data: '{"url":"https://x.example/?token=leak',
				},
				{ ...base, ...timestamps, id: newId(), template: "no.such.template", data: "{}" },
			])
			.execute();

		expect(await sender.drain()).toBe(0);
		const rows = await getDb()
			.selectFrom("outbox_mails")
			.selectAll()
			.where("to_address", "=", base.to_address)
			.execute();
		expect(rows.map((row) => [row.status, row.attempts, row.last_error]).sort()).toEqual([
			["pending", 1, "mail data is not valid JSON"],
			["pending", 1, "unknown mail template no.such.template"],
		]);
		expect(logs.raw()).not.toContain("leak");
		await sender.stop();
		transport.close();
	});

	it("sends at once on wake(), and by itself when polling", async () => {
		pinClock(undefined);
		const woken = newSender({ intervalMs: 0 });
		const first = await enqueueResetMail();
		woken.sender.wake();
		await smtp.waitFor((mail) => mail.to.includes(first));
		await woken.sender.stop();
		woken.transport.close();

		const polling = newSender({ intervalMs: 50 });
		const second = await enqueueResetMail();
		await smtp.waitFor((mail) => mail.to.includes(second));
		await polling.sender.stop();
		polling.transport.close();
		expect((await outboxRowFor(second)).status).toBe("sent");
	});
});
