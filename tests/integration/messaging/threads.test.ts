/**
 * Messages (issue 13, decision 031), on SQLite and PostgreSQL: a guardian writes to one of the
 * child's houses with files, staff of that house reply; who sees which thread; read state and
 * unread counts; notification mails through the outbox; broadcast counts; no file left behind
 * by a failed send, and the clean-up of what a crash leaves.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import sharp from "sharp";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { readMenuFacts } from "#app/domain/accounts/menu-facts.server.ts";
import { assignThread } from "#app/domain/messaging/assign-thread.server.ts";
import { broadcastFamilies } from "#app/domain/messaging/broadcast-families.server.ts";
import { cleanOrphanFiles } from "#app/domain/messaging/clean-orphan-files.server.ts";
import {
	countUnreadThreads,
	findAttachment,
	findThread,
	listThreads,
} from "#app/domain/messaging/messaging.repository.server.ts";
import { readThread } from "#app/domain/messaging/read-thread.server.ts";
import { replyToThread } from "#app/domain/messaging/reply-to-thread.server.ts";
import { sendBroadcast } from "#app/domain/messaging/send-broadcast.server.ts";
import { setThreadDone } from "#app/domain/messaging/set-thread-done.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import type { ThreadViewer } from "#app/domain/messaging/thread-viewer.ts";
import { dateInBrussels, pinClock } from "#app/infra/clock.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import {
	createTestGroup,
	createTestHouse,
	createTestStaffMember,
	createTestTenant,
	enrolTestChild,
	type TestUser,
} from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild } from "#tests/offer-factories.ts";
import { fieldFailure } from "#tests/support/app-errors.ts";
import { filesIn, plainPdf } from "#tests/support/stored-files.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-messages-"));
const storage = createLocalStorage(root);

beforeAll(async () => {
	tenant = await createTestTenant();
});
afterEach(() => pinClock(undefined));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const actorOf = (user: { id: string }) => ({ userId: user.id, ipAddress: "127.0.0.1" });
const guardian = (user: { id: string }): ThreadViewer => ({ kind: "guardian", userId: user.id });
const staff = (member: Tenant["admin"]): ThreadViewer => ({ kind: "staff", access: member.access });

async function photoWithGps(): Promise<Buffer> {
	return sharp({ create: { width: 30, height: 20, channels: 3, background: "#49c" } })
		.withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 50/1 0/1" } })
		.jpeg()
		.toBuffer();
}

async function childInFirstHouse(options: { guardian?: TestUser } = {}) {
	const child = await createReadyChild(tenant.group, options);
	await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
	return child;
}

async function write(child: { id: string; guardian: TestUser }, files = [] as { name: string; content: Buffer }[]) {
	return startThread({
		db: getDb(),
		storage,
		actor: actorOf(child.guardian),
		childId: child.id,
		houseId: tenant.firstHouse.id,
		subject: "Absence lundi",
		body: "Bonjour, Zoé sera absente lundi.",
		files,
	});
}

describe("a guardian writes, the house replies", () => {
	it("opens a thread with a photo (GPS removed) and a PDF, and mails the house's managers", async () => {
		const child = await childInFirstHouse();
		const threadId = await write(child, [
			{ name: "IMG_0001.JPG", content: await photoWithGps() },
			{ name: "certificat.pdf", content: plainPdf },
		]);
		const { messages } = await readThread({ db: getDb(), viewer: guardian(child.guardian), threadId });
		expect(messages).toHaveLength(1);
		const [photo, pdf] = messages[0]?.attachments ?? [];
		expect([photo?.media_type, photo?.name, pdf?.media_type, pdf?.name]).toEqual([
			"image/jpeg",
			"IMG_0001.jpg",
			"application/pdf",
			"certificat.pdf",
		]);
		const stored = await findAttachment(getDb(), guardian(child.guardian), photo?.id ?? "");
		const content = await storage.get(stored?.storage_key ?? "");
		expect((await sharp(content).metadata()).exif).toBeUndefined();

		const mails = await getDb()
			.selectFrom("outbox_mails")
			.select(["to_address", "template", "data", "language"])
			.where("template", "=", "message.received")
			.where("data", "like", `%${threadId}%`)
			.execute();
		expect(mails.map((mail) => mail.to_address)).toEqual([tenant.manager.email]);
		const data = JSON.parse(mails[0]?.data ?? "{}");
		expect(data.excerpt).toBe("Bonjour, Zoé sera absente lundi.");
		expect(data.url).toContain(`/staff/${tenant.group.id}/messages/${threadId}`);
	});

	it("counts unread on each side, shows « lu » once staff read, and mails the reply to the guardians", async () => {
		const child = await childInFirstHouse();
		pinClock("2027-03-01T08:00:00Z");
		const threadId = await write(child);
		expect(await countUnreadThreads(getDb(), staff(tenant.manager), tenant.firstHouse.id)).toBeGreaterThan(0);
		const before = await readThread({ db: getDb(), viewer: guardian(child.guardian), threadId });
		expect(before.readByStaffAt).toBeNull();

		pinClock("2027-03-01T09:00:00Z");
		const opened = await readThread({ db: getDb(), viewer: staff(tenant.manager), threadId });
		expect(opened.thread.subject).toBe("Absence lundi");
		const inbox = await listThreads(getDb(), staff(tenant.manager), {
			houseId: tenant.firstHouse.id,
			filter: "unread",
		});
		expect(inbox.threads.some((thread) => thread.id === threadId)).toBe(false);

		pinClock("2027-03-01T09:05:00Z");
		await replyToThread({
			db: getDb(),
			storage,
			actor: actorOf(tenant.manager),
			viewer: staff(tenant.manager),
			threadId,
			body: "Bien noté, merci.",
		});
		await replyToThread({
			db: getDb(),
			storage,
			actor: actorOf(tenant.manager),
			viewer: staff(tenant.manager),
			threadId,
			body: "Note : maman a appelé aussi.",
			internal: true,
		});
		expect(await countUnreadThreads(getDb(), guardian(child.guardian))).toBe(1);
		expect((await readMenuFacts(getDb(), child.guardian.id)).unreadMessages).toBe(1);
		const list = await listThreads(getDb(), guardian(child.guardian));
		expect(list.threads.find((thread) => thread.id === threadId)?.unread).toBe(true);

		pinClock("2027-03-01T10:00:00Z");
		const seen = await readThread({ db: getDb(), viewer: guardian(child.guardian), threadId });
		expect(seen.messages.map((message) => message.body)).toEqual([
			"Bonjour, Zoé sera absente lundi.",
			"Bien noté, merci.",
		]);
		expect(seen.readByStaffAt).toBe("2027-03-01T09:05:00.000Z");
		expect(await countUnreadThreads(getDb(), guardian(child.guardian))).toBe(0);
		expect((await readMenuFacts(getDb(), child.guardian.id)).unreadMessages).toBe(0);

		const staffView = await readThread({ db: getDb(), viewer: staff(tenant.manager), threadId });
		expect(staffView.messages.map((message) => message.internal)).toEqual([false, false, true]);
		const toGuardian = await getDb()
			.selectFrom("outbox_mails")
			.select("data")
			.where("to_address", "=", child.guardian.email)
			.where("template", "=", "message.received")
			.execute();
		expect(toGuardian).toHaveLength(1);
		expect(toGuardian[0]?.data).not.toContain("maman a appelé");
	});

	it("refuses a house the child does not belong to, and a child of someone else", async () => {
		const child = await childInFirstHouse();
		const other = await childInFirstHouse();
		const base = { db: getDb(), storage, actor: actorOf(child.guardian), subject: "x", body: "y" };
		expect(await fieldFailure(startThread({ ...base, childId: child.id, houseId: tenant.secondHouse.id }))).toBe(
			"houseId: messages.new.houseNotAllowed",
		);
		expect(await fieldFailure(startThread({ ...base, childId: other.id, houseId: tenant.firstHouse.id }))).toBe(
			"NOT_FOUND",
		);
	});
});

describe("isolation", () => {
	it("hides a thread from another family, another group, another house's manager; readers see but cannot reply", async () => {
		const child = await childInFirstHouse();
		const threadId = await write(child);
		const otherFamily = await childInFirstHouse();
		const otherGroup = await createTestGroup();
		const otherAdmin = await createTestStaffMember(otherGroup.id, "admin");
		const secondManager = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]);
		for (const viewer of [guardian(otherFamily.guardian), staff(otherAdmin), staff(secondManager)]) {
			expect(await findThread(getDb(), viewer, threadId)).toBeUndefined();
			expect(await fieldFailure(readThread({ db: getDb(), viewer, threadId }))).toBe("NOT_FOUND");
			const { threads } = await listThreads(getDb(), viewer, { houseId: tenant.firstHouse.id });
			expect(threads.some((thread) => thread.id === threadId)).toBe(false);
		}
		expect(await findThread(getDb(), staff(tenant.admin), threadId)).toBeDefined();
		expect(await findThread(getDb(), staff(tenant.reader), threadId)).toBeDefined();
		const reply = replyToThread({
			db: getDb(),
			storage,
			actor: actorOf(tenant.reader),
			viewer: staff(tenant.reader),
			threadId,
			body: "x",
		});
		expect(await fieldFailure(reply)).toBe("FORBIDDEN");
	});

	it("a guardian removed from the child loses its threads and their files", async () => {
		const child = await childInFirstHouse();
		const threadId = await write(child, [{ name: "a.pdf", content: plainPdf }]);
		const { messages } = await readThread({ db: getDb(), viewer: guardian(child.guardian), threadId });
		const attachmentId = messages[0]?.attachments[0]?.id ?? "";
		expect(await findAttachment(getDb(), guardian(child.guardian), attachmentId)).toBeDefined();
		await getDb()
			.deleteFrom("guardianships")
			.where("child_id", "=", child.id)
			.where("user_id", "=", child.guardian.id)
			.execute();
		expect(await findThread(getDb(), guardian(child.guardian), threadId)).toBeUndefined();
		expect(await findAttachment(getDb(), guardian(child.guardian), attachmentId)).toBeUndefined();
	});
});

describe("staff inbox", () => {
	it("assigns to a colleague of the house, marks done, and a family's reply reopens", async () => {
		const child = await childInFirstHouse();
		const threadId = await write(child);
		const base = { db: getDb(), actor: actorOf(tenant.admin), access: tenant.admin.access, threadId };
		expect(await fieldFailure(assignThread({ ...base, assigneeUserId: tenant.reader.id }))).toBe(
			"assigneeUserId: messages.inbox.assigneeUnknown",
		);
		await assignThread({ ...base, assigneeUserId: tenant.manager.id });
		const mine = await listThreads(getDb(), staff(tenant.manager), { houseId: tenant.firstHouse.id, filter: "mine" });
		expect(mine.threads.map((thread) => thread.id)).toContain(threadId);
		await setThreadDone({ ...base, done: true });
		const open = await listThreads(getDb(), staff(tenant.manager), { houseId: tenant.firstHouse.id });
		expect(open.threads.some((thread) => thread.id === threadId)).toBe(false);
		const done = await listThreads(getDb(), staff(tenant.manager), { houseId: tenant.firstHouse.id, filter: "done" });
		expect(done.threads.some((thread) => thread.id === threadId)).toBe(true);
		await replyToThread({
			db: getDb(),
			storage,
			actor: actorOf(child.guardian),
			viewer: guardian(child.guardian),
			threadId,
			body: "Encore une question.",
		});
		const reopened = await listThreads(getDb(), staff(tenant.manager), { houseId: tenant.firstHouse.id });
		expect(reopened.threads.some((thread) => thread.id === threadId)).toBe(true);
	});
});

describe("broadcast", () => {
	it("counts an offer's families by status and gives each its own thread", async () => {
		pinClock("2027-03-01T10:00:00Z");
		const camp = await createTestOffer(tenant, { capacity: "1", waitingListSize: "5" });
		const first = await createReadyChild(tenant.group);
		const second = await createReadyChild(tenant.group);
		await registerTestChild(first, camp.id);
		await registerTestChild(second, camp.id);
		const today = dateInBrussels();
		const count = async (status: "all" | "accepted" | "waiting") =>
			(await broadcastFamilies(getDb(), tenant.admin.access, { kind: "offer", offerId: camp.id, status }, today))
				.length;
		expect([await count("all"), await count("accepted"), await count("waiting")]).toEqual([2, 1, 1]);

		const reached = await sendBroadcast({
			db: getDb(),
			actor: actorOf(tenant.manager),
			access: tenant.manager.access,
			audience: { kind: "offer", offerId: camp.id, status: "all" },
			subject: "Stage : n'oubliez pas les bottes",
			body: "Prévoyez des bottes pour la sortie de mercredi.",
		});
		expect(reached).toBe(2);
		for (const child of [first, second]) {
			const { threads } = await listThreads(getDb(), guardian(child.guardian));
			expect(threads.map((thread) => thread.subject)).toEqual(["Stage : n'oubliez pas les bottes"]);
			expect(threads[0]?.unread).toBe(true);
		}
		const firstThreads = await listThreads(getDb(), guardian(first.guardian));
		expect(await findThread(getDb(), guardian(second.guardian), firstThreads.threads[0]?.id ?? "")).toBeUndefined();
	});

	it("limits a house manager to their houses and the whole group to admins", async () => {
		const today = dateInBrussels();
		expect(
			await fieldFailure(
				broadcastFamilies(getDb(), tenant.manager.access, { kind: "house", houseId: tenant.secondHouse.id }, today),
			),
		).toBe("NOT_FOUND");
		expect(await fieldFailure(broadcastFamilies(getDb(), tenant.manager.access, { kind: "group" }, today))).toBe(
			"FORBIDDEN",
		);
		expect(await fieldFailure(broadcastFamilies(getDb(), tenant.reader.access, { kind: "group" }, today))).toBe(
			"FORBIDDEN",
		);
		const house = await createTestHouse(tenant.group.id, { name: "Maison Trois" });
		const children = [await createReadyChild(tenant.group), await createReadyChild(tenant.group)];
		for (const child of children) await enrolTestChild(child.id, house.id, tenant.admin);
		const families = await broadcastFamilies(getDb(), tenant.admin.access, { kind: "house", houseId: house.id }, today);
		expect(families.map((family) => family.childId).sort()).toEqual(children.map((child) => child.id).sort());
		const group = await broadcastFamilies(getDb(), tenant.admin.access, { kind: "group" }, today);
		expect(group.length).toBeGreaterThanOrEqual(families.length);
		expect(new Set(group.map((family) => family.childId)).size).toBe(group.length);
	});
});

describe("files", () => {
	it("refuses a program renamed .pdf, a PDF with JavaScript and a 30 MB file, and writes nothing", async () => {
		const child = await childInFirstHouse();
		const exe = Buffer.alloc(512);
		exe.write("MZ", 0, "latin1");
		exe.writeUInt32LE(0x80, 0x3c);
		exe.write("PE\0\0", 0x80, "latin1");
		const script = Buffer.from(
			"%PDF-1.7\n1 0 obj\n<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>\nendobj\n%%EOF\n",
		);
		const huge = Buffer.alloc(30 * 1024 * 1024);
		const before = filesIn(root).length;
		expect(await fieldFailure(write(child, [{ name: "facture.pdf", content: exe }]))).toBe(
			"attachments: messages.attachments.typeRefused",
		);
		expect(await fieldFailure(write(child, [{ name: "a.pdf", content: script }]))).toBe(
			"attachments: messages.attachments.pdfActive",
		);
		expect(await fieldFailure(write(child, [{ name: "a.pdf", content: huge }]))).toBe(
			"attachments: messages.attachments.totalTooLarge",
		);
		expect(await fieldFailure(write(child, [{ name: "a.pdf", content: huge.subarray(0, 11 * 1024 * 1024) }]))).toBe(
			"attachments: messages.attachments.tooLarge",
		);
		expect(
			await fieldFailure(
				write(child, [
					{ name: "a.pdf", content: plainPdf },
					{ name: "b.pdf", content: plainPdf },
					{ name: "c.pdf", content: plainPdf },
				]),
			),
		).toBe("attachments: messages.attachments.tooMany");
		expect(filesIn(root).length).toBe(before);
	});

	it("keeps a PNG without its GPS tag", async () => {
		const child = await childInFirstHouse();
		const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#c63" } })
			.withExif({ IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 50/1 0/1" } })
			.png()
			.toBuffer();
		expect((await sharp(png).metadata()).exif).toBeDefined();
		const threadId = await write(child, [{ name: "capture.PNG", content: png }]);
		const { messages } = await readThread({ db: getDb(), viewer: guardian(child.guardian), threadId });
		const attachment = messages[0]?.attachments[0];
		expect([attachment?.media_type, attachment?.name]).toEqual(["image/png", "capture.png"]);
		const stored = await findAttachment(getDb(), guardian(child.guardian), attachment?.id ?? "");
		expect((await sharp(await storage.get(stored?.storage_key ?? "")).metadata()).exif).toBeUndefined();
	});

	it("leaves no file behind when the send fails in the database", async () => {
		const child = await childInFirstHouse();
		const db = getDb();
		const postgres = process.env.TEST_DIALECT === "postgres";
		if (postgres) {
			await sql`CREATE FUNCTION refuse_messages() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`.execute(
				db,
			);
			await sql`CREATE TRIGGER refuse_messages BEFORE INSERT ON messages FOR EACH ROW EXECUTE FUNCTION refuse_messages()`.execute(
				db,
			);
		} else {
			await sql`CREATE TRIGGER refuse_messages BEFORE INSERT ON messages BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(
				db,
			);
		}
		const before = filesIn(root).length;
		try {
			await expect(write(child, [{ name: "photo.jpg", content: await photoWithGps() }])).rejects.toThrow(/refused/);
		} finally {
			await sql`DROP TRIGGER refuse_messages${postgres ? sql` ON messages` : sql``}`.execute(db);
			if (postgres) await sql`DROP FUNCTION refuse_messages()`.execute(db);
		}
		expect(filesIn(root).length).toBe(before);
		const threads = await db.selectFrom("message_threads").select("id").where("child_id", "=", child.id).execute();
		expect(threads).toEqual([]);
	});

	it("sweeps files without a row once they are an hour old, and keeps the others", async () => {
		const child = await childInFirstHouse();
		const threadId = await write(child, [{ name: "a.pdf", content: plainPdf }]);
		await storage.put(`messages/${threadId}/orphan`, plainPdf);
		const kept = filesIn(path.join(root, "messages", threadId)).length;
		expect(kept).toBe(2);
		expect(await cleanOrphanFiles({ db: getDb(), storage })).toEqual([]);
		pinClock(new Date(Date.now() + 61 * 60 * 1000));
		const deleted = await cleanOrphanFiles({ db: getDb(), storage });
		expect(deleted).toContain(`messages/${threadId}/orphan`);
		expect(filesIn(path.join(root, "messages", threadId))).toHaveLength(1);
	});
});
