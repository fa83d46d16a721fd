/**
 * How parents hear of staff messages (issue 13, decision 031), on SQLite and PostgreSQL: a mail
 * for each message by default, or one digest a day at 18:00 Brussels time — exactly once per
 * parent and day even when two rounds run at once, nothing when all is read, on DST days too,
 * in the parent's language, with no more of a message than its excerpt.
 */

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { EXCERPT_LENGTH } from "#app/domain/messaging/message-input.ts";
import { readThread } from "#app/domain/messaging/read-thread.server.ts";
import { replyToThread } from "#app/domain/messaging/reply-to-thread.server.ts";
import { sendMessageDigests } from "#app/domain/messaging/send-message-digests.server.ts";
import { setMessageMail } from "#app/domain/messaging/set-message-mail.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import type { DigestThread } from "#app/infra/mail/templates.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import * as myData from "#app/routes/me.server.ts";
import { createTestTenant, createTestUser, enrolTestChild, sessionCookieFor, type TestUser } from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-digest-")));

beforeAll(async () => {
	tenant = await createTestTenant();
});
afterEach(() => pinClock(undefined));

const actorOf = (user: { id: string }) => ({ userId: user.id, ipAddress: "127.0.0.1" });

/** A parent with a child in the first house, who chose `mode` at `since`. */
async function parentWithChild(options: { mode: "instant" | "daily"; since: string; language?: string }) {
	pinClock(options.since);
	const guardian = await createTestUser({ language: options.language ?? "fr" });
	const child = await createReadyChild(tenant.group, { guardian, firstName: "Zoé" });
	await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
	await setMessageMail({ db: getDb(), userId: guardian.id, input: { messageMail: options.mode } });
	return { guardian, child };
}

/** The parent opens a thread with the house (their own message is never in a digest). */
async function openThread(family: { guardian: TestUser; child: { id: string } }, at: string, subject: string) {
	pinClock(at);
	return startThread({
		db: getDb(),
		storage,
		actor: actorOf(family.guardian),
		childId: family.child.id,
		houseId: tenant.firstHouse.id,
		subject,
		body: "Bonjour, une question.",
		files: [],
	});
}

async function staffWrites(threadId: string, at: string, body: string, internal = false) {
	pinClock(at);
	await replyToThread({
		db: getDb(),
		storage,
		actor: actorOf(tenant.manager),
		viewer: { kind: "staff", access: tenant.manager.access },
		threadId,
		body,
		internal,
	});
}

async function mailsTo(email: string, template: "message.digest" | "message.received") {
	const rows = await getDb()
		.selectFrom("outbox_mails")
		.select(["language", "data"])
		.where("to_address", "=", email)
		.where("template", "=", template)
		.orderBy("created_at")
		.execute();
	return rows.map((row) => ({
		language: row.language,
		raw: row.data,
		data: JSON.parse(row.data) as { day: string; threads: DigestThread[]; url: string },
	}));
}

async function digestRows(userId: string) {
	return getDb()
		.selectFrom("message_digests")
		.select(["digest_day", "covered_until", "thread_count"])
		.where("user_id", "=", userId)
		.orderBy("digest_day")
		.execute();
}

describe("instant mails, the default", () => {
	it("mails each staff message at once until the parent chooses the digest; staff stay instant", async () => {
		pinClock("2026-12-01T08:00:00Z");
		const guardian = await createTestUser();
		const child = await createReadyChild(tenant.group, { guardian });
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const threadId = await openThread({ guardian, child }, "2026-12-01T08:05:00Z", "Sieste");
		await staffWrites(threadId, "2026-12-01T08:10:00Z", "Il a bien dormi.");
		expect(await mailsTo(guardian.email, "message.received")).toHaveLength(1);

		await setMessageMail({ db: getDb(), userId: guardian.id, input: { messageMail: "daily" } });
		await staffWrites(threadId, "2026-12-01T08:20:00Z", "Et il a bien mangé.");
		expect(await mailsTo(guardian.email, "message.received")).toHaveLength(1);

		// The family's own messages still reach the house's manager at once.
		pinClock("2026-12-01T08:30:00Z");
		const before = await mailsTo(tenant.manager.email, "message.received");
		await replyToThread({
			db: getDb(),
			storage,
			actor: actorOf(guardian),
			viewer: { kind: "guardian", userId: guardian.id },
			threadId,
			body: "Merci !",
		});
		expect(await mailsTo(tenant.manager.email, "message.received")).toHaveLength(before.length + 1);

		// Back to instant: mails come one by one again.
		await setMessageMail({ db: getDb(), userId: guardian.id, input: { messageMail: "instant" } });
		await staffWrites(threadId, "2026-12-01T08:40:00Z", "Bonne journée.");
		expect(await mailsTo(guardian.email, "message.received")).toHaveLength(2);
	});

	it("refuses a choice that is neither", async () => {
		const guardian = await createTestUser();
		const refused = setMessageMail({ db: getDb(), userId: guardian.id, input: { messageMail: "weekly" as never } });
		await expect(refused).rejects.toBeInstanceOf(AppError);
		await expect(refused).rejects.toMatchObject({ code: "VALIDATION" });
	});
});

describe("« Notifications des messages » in « Mes données »", () => {
	it("saves the parent's own choice, and answers a wrong value with the field's message", async () => {
		const parent = await createTestUser();
		const cookie = await sessionCookieFor(parent);
		const page = await callRoute(myData.loader as never, { url: "/me", headers: { cookie } });
		expect(page.value).toMatchObject({ profile: { message_mail: "instant" } });

		const wrong = await callRoute(myData.action as never, {
			url: "/me",
			form: { intent: "message-mail", messageMail: "weekly" },
			headers: { cookie },
		});
		expect(statusOf(wrong.value)).toBe(400);
		const reply = (wrong.value as { data: { result: { error: Record<string, string[]> } } }).data.result;
		expect(reply.error).toEqual({ messageMail: ["validation.choose"] });

		pinClock("2026-12-01T09:00:00Z");
		const right = await callRoute(myData.action as never, {
			url: "/me",
			form: { intent: "message-mail", messageMail: "daily" },
			headers: { cookie },
		});
		expect(statusOf(right.value)).toBe(302);
		const user = await getDb()
			.selectFrom("users")
			.select(["message_mail", "message_mail_since"])
			.where("id", "=", parent.id)
			.executeTakeFirstOrThrow();
		expect(user).toEqual({ message_mail: "daily", message_mail_since: "2026-12-01T09:00:00.000Z" });
		// Saving « daily » again keeps where the next digest starts.
		pinClock("2026-12-01T10:00:00Z");
		await setMessageMail({ db: getDb(), userId: parent.id, input: { messageMail: "daily" } });
		const again = await getDb()
			.selectFrom("users")
			.select("message_mail_since")
			.where("id", "=", parent.id)
			.executeTakeFirstOrThrow();
		expect(again.message_mail_since).toBe("2026-12-01T09:00:00.000Z");
	});
});

describe("one digest a day at 18:00", () => {
	it("lists the unread threads once, in the parent's language, with excerpts only, even from two rounds at once", async () => {
		const family = await parentWithChild({ mode: "daily", since: "2026-12-02T08:00:00Z", language: "nl" });
		const outing = await openThread(family, "2026-12-02T08:30:00Z", "Uitstap naar het bos");
		const photo = await openThread(family, "2026-12-02T08:40:00Z", "Klasfoto");
		await staffWrites(outing, "2026-12-02T09:00:00Z", "Denk aan laarzen voor donderdag.");
		const long = `${"Een lang bericht over de uitstap, met heel veel details. ".repeat(5)}GEHEIM-EINDE`;
		await staffWrites(outing, "2026-12-02T10:00:00Z", long);
		await staffWrites(outing, "2026-12-02T10:30:00Z", "Interne nota: mama belt morgen.", true);
		await staffWrites(photo, "2026-12-02T11:00:00Z", "De foto's komen vrijdag.");
		expect(await mailsTo(family.guardian.email, "message.received")).toHaveLength(0);

		// 17:59 in Brussels: the digest of the 2nd is not due yet.
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-02T16:59:00Z") });
		expect(await mailsTo(family.guardian.email, "message.digest")).toHaveLength(0);

		// Written after 18:00: for tomorrow's digest.
		await staffWrites(photo, "2026-12-02T17:30:00Z", "Nog een vraag over de foto's.");
		const at = new Date("2026-12-02T17:40:00Z");
		pinClock(at);
		await Promise.all([sendMessageDigests({ db: getDb(), at }), sendMessageDigests({ db: getDb(), at })]);
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-02T22:00:00Z") });

		const digests = await mailsTo(family.guardian.email, "message.digest");
		expect(digests).toHaveLength(1);
		const [digest] = digests;
		expect(digest?.language).toBe("nl");
		expect(digest?.data.day).toBe("02/12/2026");
		expect(digest?.data.url).toMatch(/\/messages$/);
		expect(digest?.data.threads.map((thread) => [thread.subject, thread.childFirstName, thread.count])).toEqual([
			["Klasfoto", "Zoé", 1],
			["Uitstap naar het bos", "Zoé", 2],
		]);
		expect(digest?.data.threads.map((thread) => thread.houseName)).toEqual(["Maison Une", "Maison Une"]);
		expect(digest?.data.threads[0]?.url).toMatch(new RegExp(`/messages/${photo}$`));
		const excerpt = digest?.data.threads[1]?.excerpt ?? "";
		expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 1);
		expect(excerpt.startsWith("Een lang bericht over de uitstap")).toBe(true);
		// Nothing beyond the excerpt, no internal note, nothing written after 18:00.
		expect(digest?.raw).not.toContain("GEHEIM-EINDE");
		expect(digest?.raw).not.toContain("Interne nota");
		expect(digest?.raw).not.toContain("Nog een vraag");
		expect(await digestRows(family.guardian.id)).toEqual([
			{ digest_day: "2026-12-02", covered_until: "2026-12-02T17:00:00.000Z", thread_count: 2 },
		]);

		// The next day: only what came since; yesterday's unread threads are not listed again.
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-03T17:05:00Z") });
		const next = (await mailsTo(family.guardian.email, "message.digest"))[1];
		expect(next?.data.threads.map((thread) => [thread.subject, thread.count, thread.excerpt])).toEqual([
			["Klasfoto", 1, "Nog een vraag over de foto's."],
		]);
	});

	it("leaves out what the parent read before the digest, and mails nothing when all is read", async () => {
		const family = await parentWithChild({ mode: "daily", since: "2026-12-04T08:00:00Z" });
		const read = await openThread(family, "2026-12-04T08:10:00Z", "Lu à midi");
		const unread = await openThread(family, "2026-12-04T08:20:00Z", "Pas encore lu");
		await staffWrites(read, "2026-12-04T09:00:00Z", "Premier message.");
		await staffWrites(unread, "2026-12-04T09:30:00Z", "Deuxième message.");
		pinClock("2026-12-04T11:00:00Z");
		await readThread({ db: getDb(), viewer: { kind: "guardian", userId: family.guardian.id }, threadId: read });
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-04T17:01:00Z") });
		const [digest] = await mailsTo(family.guardian.email, "message.digest");
		expect(digest?.data.threads.map((thread) => thread.subject)).toEqual(["Pas encore lu"]);

		await staffWrites(read, "2026-12-05T09:00:00Z", "Encore un mot.");
		pinClock("2026-12-05T16:00:00Z");
		await readThread({ db: getDb(), viewer: { kind: "guardian", userId: family.guardian.id }, threadId: read });
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-05T17:01:00Z") });
		expect(await mailsTo(family.guardian.email, "message.digest")).toHaveLength(1);
		// The empty day is recorded all the same: made once, never looked at again.
		expect((await digestRows(family.guardian.id)).map((row) => [row.digest_day, row.thread_count])).toEqual([
			["2026-12-04", 1],
			["2026-12-05", 0],
		]);
	});

	it("keeps to 18:00 Brussels time on the day the clocks go forward", async () => {
		const family = await parentWithChild({ mode: "daily", since: "2027-03-27T08:00:00Z" });
		const threadId = await openThread(family, "2027-03-27T08:10:00Z", "Printemps");
		// 17:30 and 18:30 in Brussels, summer time (UTC+2) since 03:00 that night.
		await staffWrites(threadId, "2027-03-28T15:30:00Z", "Avant le résumé.");
		await staffWrites(threadId, "2027-03-28T16:30:00Z", "Après le résumé.");
		await sendMessageDigests({ db: getDb(), at: new Date("2027-03-28T15:59:00Z") });
		expect((await digestRows(family.guardian.id)).map((row) => row.digest_day)).toEqual(["2027-03-27"]);
		await sendMessageDigests({ db: getDb(), at: new Date("2027-03-28T16:00:00Z") });
		const digests = await mailsTo(family.guardian.email, "message.digest");
		expect(digests).toHaveLength(1);
		expect(digests[0]?.data.threads.map((thread) => [thread.count, thread.excerpt])).toEqual([[1, "Avant le résumé."]]);
		expect((await digestRows(family.guardian.id)).at(-1)).toEqual({
			digest_day: "2027-03-28",
			covered_until: "2027-03-28T16:00:00.000Z",
			thread_count: 1,
		});
	});

	it("makes a missed day's digest when the servers come back, and none for a parent back to instant", async () => {
		const family = await parentWithChild({ mode: "daily", since: "2026-12-10T08:00:00Z" });
		const threadId = await openThread(family, "2026-12-10T08:10:00Z", "Panne");
		await staffWrites(threadId, "2026-12-10T09:00:00Z", "Message du matin.");
		// No server ran at 18:00; the first round the next morning makes the 10th's digest.
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-11T07:00:00Z") });
		expect((await digestRows(family.guardian.id)).map((row) => row.digest_day)).toEqual(["2026-12-10"]);

		const other = await parentWithChild({ mode: "daily", since: "2026-12-12T08:00:00Z" });
		const otherThread = await openThread(other, "2026-12-12T08:10:00Z", "Changement d'avis");
		await staffWrites(otherThread, "2026-12-12T09:00:00Z", "Un message.");
		await setMessageMail({ db: getDb(), userId: other.guardian.id, input: { messageMail: "instant" } });
		await sendMessageDigests({ db: getDb(), at: new Date("2026-12-12T17:30:00Z") });
		expect(await digestRows(other.guardian.id)).toEqual([]);
		expect(await mailsTo(other.guardian.email, "message.digest")).toHaveLength(0);
	});
});
