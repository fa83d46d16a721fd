import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Database, getDb } from "#app/db/db.server.ts";
import { openDatabase } from "#app/db/dialect.server.ts";
import type { DB } from "#app/db/schema.ts";
import { pinClock } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { startMailSender } from "#app/infra/mail/sender.server.ts";
import { smtpTransport } from "#app/infra/mail/transport.server.ts";
import { captureLogs } from "#tests/support/log-capture.ts";
import { enqueueResetMail } from "#tests/support/outbox.ts";
import * as smtpCapture from "#tests/support/smtp-capture.ts";

const dialect = process.env.TEST_DIALECT;
const MAILS = 40;

let smtp: smtpCapture.SmtpCapture;
let otherServerDb: Database;
let closeOther: () => Promise<void> = async () => {};

beforeAll(async () => {
	smtp = await smtpCapture.start();
	if (dialect === "postgres") {
		// A second app server: its own connection pool, so the two claim in parallel
		// transactions and only FOR UPDATE SKIP LOCKED keeps them apart.
		const handle = openDatabase<DB>(getConfig().database);
		otherServerDb = handle.db;
		closeOther = () => handle.db.destroy();
	} else {
		// SQLite is one process's embedded database: its senders share the handle, and each claim
		// is a BEGIN IMMEDIATE transaction, one at a time. (A second handle in the same process would
		// block the event loop in SQLite's busy wait while the first waits for its turn.)
		otherServerDb = getDb();
	}
});

afterAll(async () => {
	await closeOther();
	await smtp.close();
});

describe(`two senders on one outbox (${dialect})`, () => {
	it("deliver every mail exactly once", async () => {
		pinClock("2026-12-01T09:00:00.000Z");
		const recipients: string[] = [];
		for (let index = 0; index < MAILS; index++) recipients.push(await enqueueResetMail());

		const senders = [getDb(), otherServerDb].map((db) => {
			const transport = smtpTransport(smtp.url);
			// Small batches, so the two interleave many claims instead of one taking everything.
			const sender = startMailSender({ db, transport, log: captureLogs().log, intervalMs: 0, batchSize: 3 });
			return { sender, transport };
		});
		const counts = await Promise.all(senders.map(({ sender }) => sender.drain()));
		for (const { sender, transport } of senders) {
			await sender.stop();
			transport.close();
		}

		expect(counts.reduce((sum, count) => sum + count, 0)).toBe(MAILS);
		const delivered = smtp.messages.flatMap((mail) => mail.to);
		expect(delivered.toSorted()).toEqual(recipients.toSorted());
		const rows = await getDb()
			.selectFrom("outbox_mails")
			.select(["status", "attempts"])
			.where("to_address", "in", recipients)
			.execute();
		expect(rows).toHaveLength(MAILS);
		expect(rows.every((row) => row.status === "sent" && row.attempts === 0)).toBe(true);
	});
});
