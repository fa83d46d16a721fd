/**
 * « Messages » routes, parent side: only a current guardian of the child reaches a thread, its
 * files and its reply form; another family, the staff of another group and a visitor do not.
 * Files come with Content-Disposition and no-store. Bad input is answered per field, never 500.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import * as threadPage from "#app/routes/messages/$threadId.server.ts";
import * as filePage from "#app/routes/messages/file.ts";
import * as listPage from "#app/routes/messages/index.server.ts";
import * as newPage from "#app/routes/messages/new.server.ts";
import * as staffFilePage from "#app/routes/staff/$groupId/messages/file.ts";
import { createTestTenant, enrolTestChild, sessionCookieFor } from "#tests/factories.ts";
import { createReadyChild } from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
let guardianCookie: string;
let otherFamilyCookie: string;
let otherGroupAdminCookie: string;
let childId: string;
let thread: { id: string; attachmentId: string };

beforeAll(async () => {
	tenant = await createTestTenant();
	const child = await createReadyChild(tenant.group);
	await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
	childId = child.id;
	guardianCookie = await sessionCookieFor(child.guardian);
	otherFamilyCookie = await sessionCookieFor((await createReadyChild(tenant.group)).guardian);
	otherGroupAdminCookie = await sessionCookieFor((await createTestTenant()).admin);
	const threadId = await startThread({
		db: getDb(),
		storage: getFileStorage(),
		actor: { userId: child.guardian.id, ipAddress: "127.0.0.1" },
		childId: child.id,
		houseId: tenant.firstHouse.id,
		subject: "Absence",
		body: "Absent lundi.",
		files: [{ name: "Certificat médical.pdf", content: Buffer.from("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n") }],
	});
	const attachment = await getDb()
		.selectFrom("message_attachments")
		.innerJoin("messages", "messages.id", "message_attachments.message_id")
		.select("message_attachments.id")
		.where("messages.thread_id", "=", threadId)
		.executeTakeFirstOrThrow();
	thread = { id: threadId, attachmentId: attachment.id };
});

const threadCall = (cookie: string | undefined, form?: Record<string, string>) => ({
	url: `/messages/${thread.id}`,
	params: { threadId: thread.id },
	headers: (cookie ? { cookie } : {}) as Record<string, string>,
	form,
});
const fileCall = (cookie: string | undefined) => ({
	url: `/messages/${thread.id}/files/${thread.attachmentId}`,
	params: { threadId: thread.id, attachmentId: thread.attachmentId },
	headers: (cookie ? { cookie } : {}) as Record<string, string>,
});

describe("a thread's file, staff side", () => {
	it("is served to the house's staff and each download is in the audit log; the parent's is not", async () => {
		const before = await downloadsOf(childId);
		await callRoute(filePage.loader as never, fileCall(guardianCookie));
		expect(await downloadsOf(childId)).toHaveLength(before.length);
		const managerCookie = await sessionCookieFor(tenant.manager);
		const staffFile = await callRoute(staffFilePage.loader as never, {
			url: `/staff/${tenant.group.id}/messages/${thread.id}/files/${thread.attachmentId}`,
			params: { groupId: tenant.group.id, threadId: thread.id, attachmentId: thread.attachmentId },
			headers: { cookie: managerCookie },
		});
		expect((staffFile.value as Response).status).toBe(200);
		const after = await downloadsOf(childId);
		expect(after).toHaveLength(before.length + 1);
		expect(after.at(-1)).toMatchObject({ actor_user_id: tenant.manager.id, group_id: tenant.group.id });
	});
});

async function downloadsOf(child: string) {
	return getDb()
		.selectFrom("audit_events")
		.select(["actor_user_id", "group_id", "occurred_at"])
		.where("action", "=", "message.file.downloaded")
		.where("target_id", "=", child)
		.orderBy("occurred_at")
		.execute();
}

describe("a thread, parent side", () => {
	it("the guardian reads the thread, downloads its file without caching, and replies", async () => {
		const page = await callRoute(threadPage.loader as never, threadCall(guardianCookie));
		expect((page.value as { thread: { subject: string } }).thread.subject).toBe("Absence");
		const file = await callRoute(filePage.loader as never, fileCall(guardianCookie));
		const response = file.value as Response;
		expect(response.status).toBe(200);
		expect(response.headers.get("Cache-Control")).toBe("no-store");
		expect(response.headers.get("Content-Type")).toBe("application/pdf");
		expect(response.headers.get("Content-Disposition")).toBe(
			`attachment; filename="Certificat m_dical.pdf"; filename*=UTF-8''Certificat%20m%C3%A9dical.pdf`,
		);
		const reply = await callRoute(threadPage.action as never, threadCall(guardianCookie, { body: "Merci !" }));
		expect(statusOf(reply.value)).toBe(302);
	});

	it.each([
		["another family", () => otherFamilyCookie],
		["another group's admin", () => otherGroupAdminCookie],
	])("%s gets 404 for the thread, its file and its reply form", async (_, cookie) => {
		for (const [routeFunction, call] of [
			[threadPage.loader, threadCall(cookie())],
			[threadPage.action, threadCall(cookie(), { body: "Intrus" })],
			[filePage.loader, fileCall(cookie())],
		] as const) {
			const { value } = await callRoute(routeFunction as never, call);
			expect(statusOf(value)).toBe(404);
		}
	});

	it("a visitor is sent to sign in", async () => {
		for (const [routeFunction, call] of [
			[listPage.loader, { url: "/messages" }],
			[threadPage.loader, threadCall(undefined)],
			[filePage.loader, fileCall(undefined)],
			[newPage.loader, { url: "/messages/new" }],
		] as const) {
			const { value } = await callRoute(routeFunction as never, call);
			expect(statusOf(value)).toBe(302);
		}
	});

	it("lists the family's threads with the unread state, and not to another family", async () => {
		const mine = (await callRoute(listPage.loader as never, { url: "/messages", headers: { cookie: guardianCookie } }))
			.value as { threads: { id: string }[] };
		expect(mine.threads.map((row) => row.id)).toContain(thread.id);
		const theirs = (
			await callRoute(listPage.loader as never, { url: "/messages", headers: { cookie: otherFamilyCookie } })
		).value as { threads: { id: string }[] };
		expect(theirs.threads.map((row) => row.id)).not.toContain(thread.id);
	});
});

describe("« Nouveau message »", () => {
	it("offers the child's houses only", async () => {
		const page = (
			await callRoute(newPage.loader as never, {
				url: `/messages/new?child=${childId}`,
				headers: { cookie: guardianCookie },
			})
		).value as { houses: { id: string }[] };
		expect(page.houses.map((house) => house.id)).toEqual([tenant.firstHouse.id]);
	});

	it("answers bad input per field, keeps what was typed, and refuses someone else's child with 404", async () => {
		const empty = await callRoute(newPage.action as never, {
			url: "/messages/new",
			headers: { cookie: guardianCookie },
			form: { childId, houseId: tenant.firstHouse.id, subject: "Bonjour", body: "" },
		});
		const reply = (
			empty.value as { data: { result: { error: Record<string, string[]>; initialValue: Record<string, string> } } }
		).data.result;
		expect(statusOf(empty.value)).toBe(400);
		expect(reply.error.body).toEqual(["messages.validation.bodyRequired"]);
		expect(reply.initialValue.subject).toBe("Bonjour");

		const wrongHouse = await callRoute(newPage.action as never, {
			url: "/messages/new",
			headers: { cookie: guardianCookie },
			form: { childId, houseId: tenant.secondHouse.id, subject: "Bonjour", body: "Texte" },
		});
		expect(statusOf(wrongHouse.value)).toBe(400);

		const otherChild = await callRoute(newPage.action as never, {
			url: "/messages/new",
			headers: { cookie: otherFamilyCookie },
			form: { childId, houseId: tenant.firstHouse.id, subject: "Bonjour", body: "Texte" },
		});
		expect(statusOf(otherChild.value)).toBe(404);
	});
});
