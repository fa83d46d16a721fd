/**
 * The staff's unread counts (decision 040), on SQLite and PostgreSQL: the badges read
 * `message_unread_threads`, kept by the use cases; after every kind of change, and after
 * changes racing each other, they equal what the threads and read marks say (the inbox's
 * « Non lus » filter, which reads the threads themselves).
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { archiveHouse } from "#app/domain/groups/archive-house.server.ts";
import { canSeeHouse, type StaffAccess } from "#app/domain/groups/permissions.ts";
import { removeStaffMember } from "#app/domain/groups/remove-staff-member.server.ts";
import { findStaffAccess, saveMembership } from "#app/domain/groups/staff.repository.server.ts";
import {
	countUnreadThreads,
	countUnreadThreadsByHouse,
	listThreads,
} from "#app/domain/messaging/messaging.repository.server.ts";
import { readThread } from "#app/domain/messaging/read-thread.server.ts";
import { replyToThread } from "#app/domain/messaging/reply-to-thread.server.ts";
import { setThreadDone } from "#app/domain/messaging/set-thread-done.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import type { ThreadViewer } from "#app/domain/messaging/thread-viewer.ts";
import { newId } from "#app/infra/ids.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import { createTestStaffMember, createTestTenant, enrolTestChild, type TestUser } from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Member = { id: string; access: StaffAccess };
let tenant: Tenant;
const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-unread-")));

beforeEach(async () => {
	tenant = await createTestTenant();
});

const actorOf = (user: { id: string }) => ({ userId: user.id, ipAddress: "127.0.0.1" });
const staff = (member: Member): ThreadViewer => ({ kind: "staff", access: member.access });
const guardian = (user: { id: string }): ThreadViewer => ({ kind: "guardian", userId: user.id });

async function childOf(houseId: string) {
	const child = await createReadyChild(tenant.group);
	await enrolTestChild(child.id, houseId, tenant.admin);
	return child;
}

async function write(child: { id: string; guardian: TestUser }, houseId: string) {
	return startThread({
		db: getDb(),
		storage,
		actor: actorOf(child.guardian),
		childId: child.id,
		houseId,
		subject: "Question",
		body: "Bonjour, une question.",
	});
}

async function staffReply(threadId: string, member: Member) {
	const db = getDb();
	await replyToThread({ db, storage, actor: actorOf(member), viewer: staff(member), threadId, body: "Bien noté." });
}

async function familyReply(threadId: string, user: { id: string }) {
	const db = getDb();
	await replyToThread({
		db,
		storage,
		actor: actorOf(user),
		viewer: guardian(user),
		threadId,
		body: "Encore une chose.",
	});
}

/** Saves `userId`'s membership as the admins' form would, and returns the member as it is now. */
async function saveMember(userId: string, role: StaffAccess["role"], houseIds: string[] = []): Promise<Member> {
	const at = new Date().toISOString();
	await saveMembership(getDb(), { id: newId(), groupId: tenant.group.id, userId, role, houseIds, at });
	const access = await findStaffAccess(getDb(), userId, tenant.group.id);
	if (!access) throw new Error("membership not saved");
	return { id: userId, access };
}

const asAdmin = () => ({ db: getDb(), actor: { ...actorOf(tenant.admin), access: tenant.admin.access } });

/** What the threads and read marks say: the inbox's « Non lus » of each house the member sees. */
async function unreadByInbox(member: Member): Promise<Record<string, number>> {
	const counts: Record<string, number> = {};
	for (const house of [tenant.firstHouse, tenant.secondHouse]) {
		if (member.access.houseIds !== null && !member.access.houseIds.includes(house.id)) continue;
		const { threads } = await listThreads(getDb(), staff(member), { houseId: house.id, filter: "unread" });
		if (threads.length > 0) counts[house.id] = threads.length;
	}
	return counts;
}

/** The badges of every staff member agree with the inbox, house by house and in total. */
async function expectBadgesMatchInbox(members: Member[]) {
	for (const member of members) {
		const expected = await unreadByInbox(member);
		const houses = [tenant.firstHouse.id, tenant.secondHouse.id];
		const byHouse = await countUnreadThreadsByHouse(getDb(), { kind: "staff", access: member.access }, houses);
		expect(Object.fromEntries(byHouse), member.access.role).toEqual(expected);
		const total = Object.values(expected).reduce((sum, count) => sum + count, 0);
		expect(await countUnreadThreads(getDb(), staff(member)), member.access.role).toBe(total);
	}
}

describe("staff unread counts", () => {
	it("follow the family's messages, each member's reading, done and reopened threads", async () => {
		const everyone = [tenant.admin, tenant.manager, tenant.reader];
		const first = await childOf(tenant.firstHouse.id);
		const second = await childOf(tenant.secondHouse.id);
		const one = await write(first, tenant.firstHouse.id);
		const two = await write(second, tenant.secondHouse.id);
		await expectBadgesMatchInbox(everyone);
		expect(await countUnreadThreads(getDb(), staff(tenant.admin))).toBe(2);
		expect(await countUnreadThreads(getDb(), staff(tenant.manager))).toBe(1);

		// One member's reading and answer change only their own count.
		await readThread({ db: getDb(), viewer: staff(tenant.manager), threadId: one });
		await staffReply(one, tenant.manager);
		await expectBadgesMatchInbox(everyone);
		expect(await countUnreadThreads(getDb(), staff(tenant.manager))).toBe(0);
		expect(await countUnreadThreads(getDb(), staff(tenant.reader))).toBe(1);

		// The family writes again: news for everyone, the manager included.
		await familyReply(one, first.guardian);
		await expectBadgesMatchInbox(everyone);
		expect(await countUnreadThreads(getDb(), staff(tenant.manager))).toBe(1);

		// Done leaves the counts; reopened, the thread is unread again for who had not read it.
		await readThread({ db: getDb(), viewer: staff(tenant.admin), threadId: two });
		const done = { ...asAdmin(), access: tenant.admin.access };
		await setThreadDone({ ...done, threadId: one, done: true });
		await expectBadgesMatchInbox(everyone);
		expect(await countUnreadThreads(getDb(), staff(tenant.admin))).toBe(0);
		await setThreadDone({ ...done, threadId: one, done: false });
		await expectBadgesMatchInbox(everyone);
		expect(await countUnreadThreads(getDb(), staff(tenant.admin))).toBe(1);

		// A family's message reopens a done thread.
		await setThreadDone({ ...done, threadId: two, done: true });
		await familyReply(two, second.guardian);
		await expectBadgesMatchInbox(everyone);
		expect(await countUnreadThreads(getDb(), staff(tenant.admin))).toBe(2);

		// The menu's badge leaves an archived house out; the house's own count keeps its threads.
		await archiveHouse({ ...asAdmin(), houseId: tenant.secondHouse.id, archived: true });
		expect(await countUnreadThreads(getDb(), staff(tenant.admin))).toBe(1);
		expect(await countUnreadThreads(getDb(), staff(tenant.admin), tenant.secondHouse.id)).toBe(1);
	});

	it("follow a member who joins, changes houses, leaves and comes back", async () => {
		const child = await childOf(tenant.firstHouse.id);
		const threadId = await write(child, tenant.firstHouse.id);
		await write(await childOf(tenant.secondHouse.id), tenant.secondHouse.id);
		await readThread({ db: getDb(), viewer: staff(tenant.manager), threadId });
		const newcomer = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.firstHouse.id]);
		await expectBadgesMatchInbox([newcomer, tenant.manager]);
		expect(await countUnreadThreads(getDb(), staff(newcomer))).toBe(1);
		const rowsOf = (userId: string) =>
			getDb().selectFrom("message_unread_threads").select("house_id").where("user_id", "=", userId).execute();
		// Rows only for the houses the member sees.
		expect(await rowsOf(newcomer.id)).toEqual([{ house_id: tenant.firstHouse.id }]);

		const moved = await saveMember(newcomer.id, "reader", [tenant.secondHouse.id]);
		await expectBadgesMatchInbox([moved]);
		expect(await rowsOf(newcomer.id)).toEqual([{ house_id: tenant.secondHouse.id }]);

		await removeStaffMember({ ...asAdmin(), membershipId: newcomer.membershipId });
		expect(await rowsOf(newcomer.id)).toEqual([]);
		await familyReply(threadId, child.guardian);
		const back = await saveMember(newcomer.id, "admin");
		await expectBadgesMatchInbox([back, tenant.manager]);
		expect(await countUnreadThreads(getDb(), staff(back))).toBe(2);
	});

	it("stay exact when families write, members read, threads close and members join or move at the same time", async () => {
		let reader: Member = tenant.reader;
		const joined: Member[] = [];
		const members = () => [tenant.admin, tenant.manager, reader, ...joined];
		const readers = () => members().filter((member) => canSeeHouse(member.access, tenant.firstHouse.id));
		const families = [];
		for (let index = 0; index < 4; index++) families.push(await childOf(tenant.firstHouse.id));
		const conversations = await Promise.all(
			families.map(async (child) => ({ child, threadId: await write(child, tenant.firstHouse.id) })),
		);
		const done = { ...asAdmin(), access: tenant.admin.access };
		// Without the locks of decision 040 this often loses or keeps a row on PostgreSQL.
		for (let round = 0; round < 8; round++) {
			const joining = createTestStaffMember(tenant.group.id, "admin");
			const houses = round % 2 === 0 ? [tenant.secondHouse.id] : [tenant.firstHouse.id];
			const moving = saveMember(tenant.reader.id, "reader", houses);
			await Promise.all([
				joining,
				moving,
				...conversations.flatMap(({ child, threadId }) => [
					familyReply(threadId, child.guardian),
					...readers().map((member) => readThread({ db: getDb(), viewer: staff(member), threadId })),
					familyReply(threadId, child.guardian),
					setThreadDone({ ...done, threadId, done: round % 2 === 0 }),
				]),
			]);
			reader = await moving;
			joined.push(await joining);
			await expectBadgesMatchInbox(members());
		}
	});
});
