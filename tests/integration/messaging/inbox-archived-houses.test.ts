/**
 * The staff inbox and archived houses (decision 031), on SQLite and PostgreSQL: an archived
 * house is no longer offered nor opened by default, its unread threads leave the menu's badge,
 * and its threads stay readable by direct link for the history.
 */

import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { archiveHouse } from "#app/domain/groups/archive-house.server.ts";
import { countUnreadThreads } from "#app/domain/messaging/messaging.repository.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import * as threadPage from "#app/routes/staff/$groupId/messages/$threadId.server.ts";
import * as inboxPage from "#app/routes/staff/$groupId/messages/index.server.ts";
import { createTestTenant, enrolTestChild, sessionCookieFor } from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";
import { callRoute } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Inbox = {
	houses: { id: string; name: string; unread: number }[];
	houseId: string | null;
	archivedHouse: string | null;
	threads: { id: string }[];
};

let tenant: Tenant;
let threadId: string;
const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-inbox-")));

beforeAll(async () => {
	tenant = await createTestTenant();
	const child = await createReadyChild(tenant.group);
	await enrolTestChild(child.id, tenant.secondHouse.id, tenant.admin);
	threadId = await startThread({
		db: getDb(),
		storage,
		actor: { userId: child.guardian.id, ipAddress: "127.0.0.1" },
		childId: child.id,
		houseId: tenant.secondHouse.id,
		subject: "Dernier jour",
		body: "Merci pour tout.",
		files: [],
	});
});

async function inbox(query = ""): Promise<Inbox> {
	const cookie = await sessionCookieFor(tenant.admin);
	const { value, thrown } = await callRoute(inboxPage.loader as never, {
		url: `/staff/${tenant.group.id}/messages${query}`,
		params: { groupId: tenant.group.id },
		headers: { cookie },
	});
	expect(thrown).toBe(false);
	return value as Inbox;
}

describe("the staff inbox and archived houses", () => {
	it("offers only houses in use, keeps an archived house's threads by direct link", async () => {
		const staffViewer = { kind: "staff" as const, access: tenant.admin.access };
		const before = await inbox();
		// Houses come by name: « Maison Deux » first, opened by default with its unread thread.
		expect(before.houses.map((house) => [house.name, house.unread])).toEqual([
			["Maison Deux", 1],
			["Maison Une", 0],
		]);
		expect(before.houseId).toBe(tenant.secondHouse.id);
		expect(before.threads.map((thread) => thread.id)).toEqual([threadId]);
		expect(await countUnreadThreads(getDb(), staffViewer)).toBe(1);

		await archiveHouse({
			db: getDb(),
			actor: { userId: tenant.admin.id, ipAddress: "127.0.0.1", access: tenant.admin.access },
			houseId: tenant.secondHouse.id,
			archived: true,
		});
		const after = await inbox();
		expect(after.houses.map((house) => house.name)).toEqual(["Maison Une"]);
		expect(after.houseId).toBe(tenant.firstHouse.id);
		expect(after.archivedHouse).toBeNull();
		expect(after.threads).toEqual([]);
		expect(await countUnreadThreads(getDb(), staffViewer)).toBe(0);

		const history = await inbox(`?house=${tenant.secondHouse.id}`);
		expect(history.houseId).toBe(tenant.secondHouse.id);
		expect(history.archivedHouse).toBe("Maison Deux");
		expect(history.threads.map((thread) => thread.id)).toEqual([threadId]);
		const page = await callRoute(threadPage.loader as never, {
			url: `/staff/${tenant.group.id}/messages/${threadId}`,
			params: { groupId: tenant.group.id, threadId },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		expect(page.thrown).toBe(false);
		expect(page.value).toMatchObject({ thread: { subject: "Dernier jour" } });
	});

	it("never opens a house outside the member's scope, archived or not", async () => {
		const cookie = await sessionCookieFor(tenant.manager);
		const { value } = await callRoute(inboxPage.loader as never, {
			url: `/staff/${tenant.group.id}/messages?house=${tenant.secondHouse.id}`,
			params: { groupId: tenant.group.id },
			headers: { cookie },
		});
		const manager = value as Inbox;
		expect(manager.houseId).toBe(tenant.firstHouse.id);
		expect(manager.threads.map((thread) => thread.id)).not.toContain(threadId);
	});
});
