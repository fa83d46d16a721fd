/**
 * Published documents (issue 13, decision 038), on SQLite and PostgreSQL: audience counts, one
 * row per family, one mail per guardian, who sees what (another family, staff of another
 * house, a guardian removed from the child), withdrawing, « ouvert » counted once, and no file
 * left behind by a failed publication.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { openPublishedDocument } from "#app/domain/documents/open-published-document.server.ts";
import { type PublicationAudience, publicationFamilies } from "#app/domain/documents/publication-audience.server.ts";
import { publishDocument } from "#app/domain/documents/publish-document.server.ts";
import {
	listPublicationsOfHouse,
	listPublishedDocumentsOfChild,
} from "#app/domain/documents/published-documents.repository.server.ts";
import { withdrawPublication } from "#app/domain/documents/withdraw-publication.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { unlinkGuardian } from "#app/domain/families/unlink-guardian.server.ts";
import { archiveHouse } from "#app/domain/groups/archive-house.server.ts";
import { cleanOrphanFiles } from "#app/domain/messaging/clean-orphan-files.server.ts";
import { dateInBrussels, pinClock } from "#app/infra/clock.ts";
import type { FileBody } from "#app/infra/storage/file-storage.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import * as publishPage from "#app/routes/staff/$groupId/documents/publish.server.ts";
import {
	createTestHouse,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	issueTestChildCode,
	sessionCookieFor,
	staffActor,
	type TestUser,
} from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild } from "#tests/offer-factories.ts";
import { fieldFailure } from "#tests/support/app-errors.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";
import { filesIn, plainPdf } from "#tests/support/stored-files.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-documents-"));
const storage = createLocalStorage(root);

beforeAll(async () => {
	tenant = await createTestTenant();
});
afterEach(() => pinClock(undefined));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const language = "fr" as const;

async function publish(
	member: Tenant["admin"],
	audience: PublicationAudience,
	options: { title?: string; titleNl?: string; file?: { name: string; content: Buffer } } = {},
) {
	return publishDocument({
		db: getDb(),
		storage,
		actor: { userId: member.id, ipAddress: "127.0.0.1" },
		access: member.access,
		audience,
		input: {
			title: options.title ?? "Ce qu'il faut apporter",
			titleNl: options.titleNl,
			description: "Pour la semaine.",
		},
		file: "file" in options ? options.file : { name: "liste.pdf", content: plainPdf },
	});
}

async function childIn(houseId: string, guardian?: TestUser) {
	const child = await createReadyChild(tenant.group, guardian ? { guardian } : {});
	await enrolTestChild(child.id, houseId, tenant.admin);
	return child;
}

const titlesFor = async (user: { id: string }, childId: string) =>
	(await listPublishedDocumentsOfChild(getDb(), { userId: user.id, childId, language })).map((row) => row.title);

describe("publishing", () => {
	it("counts an offer's families by status, stores one row per family and mails each guardian once", async () => {
		pinClock("2027-03-01T10:00:00Z");
		const camp = await createTestOffer(tenant, { capacity: "2", waitingListSize: "5" });
		const parent = await createTestUser({ language: "nl" });
		const [first, second] = [
			await createReadyChild(tenant.group, { guardian: parent }),
			await createReadyChild(tenant.group, { guardian: parent }),
		];
		const third = await createReadyChild(tenant.group);
		for (const child of [first, second, third])
			await registerTestChild(child as { id: string; guardian: TestUser }, camp.id);
		const today = dateInBrussels();
		const count = async (status: "all" | "accepted" | "waiting") =>
			(await publicationFamilies(getDb(), tenant.manager.access, { kind: "offer", offerId: camp.id, status }, today))
				.childIds.length;
		expect([await count("all"), await count("accepted"), await count("waiting")]).toEqual([3, 2, 1]);

		const { publicationId, reached, houseId } = await publish(
			tenant.manager,
			{ kind: "offer", offerId: camp.id, status: "all" },
			{ titleNl: "Wat mee te brengen" },
		);
		expect([reached, houseId]).toEqual([3, tenant.firstHouse.id]);
		const rows = await getDb()
			.selectFrom("published_document_recipients")
			.select("child_id")
			.where("document_id", "=", publicationId)
			.execute();
		expect(rows.map((row) => row.child_id).sort()).toEqual([first?.id, second?.id, third.id].sort());

		// The parent of two children gets one mail naming both, in Dutch, with the Dutch title.
		const toParent = (
			await getDb()
				.selectFrom("outbox_mails")
				.select(["language", "data"])
				.where("template", "=", "document.published")
				.where("to_address", "=", parent.email)
				.execute()
		).map((mail) => ({ language: mail.language, ...JSON.parse(mail.data) }));
		expect(toParent).toHaveLength(1);
		expect(toParent[0]).toMatchObject({ language: "nl", title: "Wat mee te brengen", houseName: "Maison Une" });
		expect(toParent[0]?.childNames).toContain(" en ");
		expect(toParent[0]?.url).toMatch(/\/children\/[^/]+\/documents$/);
		const toThird = await getDb()
			.selectFrom("outbox_mails")
			.select("data")
			.where("template", "=", "document.published")
			.where("to_address", "=", third.guardian.email)
			.execute();
		expect(toThird).toHaveLength(1);
		expect(JSON.parse(toThird[0]?.data ?? "{}").title).toBe("Ce qu'il faut apporter");
		expect(toThird[0]?.data).not.toContain("%PDF");

		expect(await titlesFor(parent, first?.id ?? "")).toEqual(
			["Wat mee te brengen"].map(() => "Ce qu'il faut apporter"),
		);
		const dutch = await listPublishedDocumentsOfChild(getDb(), {
			userId: parent.id,
			childId: second?.id ?? "",
			language: "nl",
		});
		expect(dutch.map((row) => row.title)).toEqual(["Wat mee te brengen"]);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select(["action", "details"])
			.where("target_id", "=", publicationId)
			.execute();
		expect(audit.map((row) => row.action)).toEqual(["document.published"]);
	});

	it("reaches the families of a house, or one family, and refuses what the member may not reach", async () => {
		const children = [await childIn(tenant.secondHouse.id), await childIn(tenant.secondHouse.id)];
		const today = dateInBrussels();
		const house = await publicationFamilies(
			getDb(),
			tenant.admin.access,
			{ kind: "house", houseId: tenant.secondHouse.id },
			today,
		);
		expect(house.childIds.sort()).toEqual(children.map((child) => child.id).sort());
		const one = await publish(tenant.admin, {
			kind: "family",
			houseId: tenant.secondHouse.id,
			childId: children[0]?.id ?? "",
		});
		expect(one.reached).toBe(1);
		expect(await titlesFor(children[0]?.guardian ?? { id: "" }, children[0]?.id ?? "")).toEqual([
			"Ce qu'il faut apporter",
		]);
		expect(await titlesFor(children[1]?.guardian ?? { id: "" }, children[1]?.id ?? "")).toEqual([]);

		// The manager of the first house: the second house, its children and its offers are not found.
		const manager = tenant.manager.access;
		expect(
			await fieldFailure(
				publicationFamilies(getDb(), manager, { kind: "house", houseId: tenant.secondHouse.id }, today),
			),
		).toBe("NOT_FOUND");
		expect(
			await fieldFailure(
				publicationFamilies(
					getDb(),
					manager,
					{ kind: "family", houseId: tenant.firstHouse.id, childId: children[0]?.id ?? "" },
					today,
				),
			),
		).toBe("NOT_FOUND");
		expect(
			await fieldFailure(
				publicationFamilies(getDb(), tenant.reader.access, { kind: "house", houseId: tenant.firstHouse.id }, today),
			),
		).toBe("FORBIDDEN");
		const other = await createTestTenant();
		expect(
			await fieldFailure(
				publicationFamilies(getDb(), other.admin.access, { kind: "house", houseId: tenant.secondHouse.id }, today),
			),
		).toBe("NOT_FOUND");
	});

	it("reaches the families of an archived house, whose children are still there, as the page offers it", async () => {
		const closing = await createTestHouse(tenant.group.id, { name: "Maison qui ferme" });
		const child = await childIn(closing.id);
		await archiveHouse({ db: getDb(), actor: staffActor(tenant.admin), houseId: closing.id, archived: true });
		const families = await publicationFamilies(
			getDb(),
			tenant.admin.access,
			{ kind: "house", houseId: closing.id },
			dateInBrussels(),
		);
		expect(families).toEqual({ houseId: closing.id, childIds: [child.id] });
		const { reached } = await publish(tenant.admin, { kind: "house", houseId: closing.id });
		expect(reached).toBe(1);
		expect(await titlesFor(child.guardian, child.id)).toEqual(["Ce qu'il faut apporter"]);
	});

	it("refuses a program renamed .pdf, a missing file and an audience without families, and keeps no file", async () => {
		const empty = await createTestOffer(tenant, { capacity: "5" });
		const child = await childIn(tenant.firstHouse.id);
		const before = filesIn(root).length;
		const family = { kind: "family" as const, houseId: tenant.firstHouse.id, childId: child.id };
		expect(
			await fieldFailure(
				publish(tenant.admin, family, { file: { name: "liste.pdf", content: Buffer.from("MZ\x90\x00 not a pdf") } }),
			),
		).toBe("file: messages.attachments.typeRefused");
		expect(await fieldFailure(publish(tenant.admin, family, { file: undefined }))).toBe(
			"file: documents.publish.fileRequired",
		);
		expect(await fieldFailure(publish(tenant.admin, { kind: "offer", offerId: empty.id, status: "all" }))).toBe(
			"audience: documents.publish.nobody",
		);
		expect(filesIn(root)).toHaveLength(before);
	});

	it("deletes the file and stores nothing when the transaction fails", async () => {
		const child = await childIn(tenant.firstHouse.id);
		const before = filesIn(root);
		const count = async () => (await getDb().selectFrom("published_documents").select("id").execute()).length;
		const rowsBefore = await count();
		// The family leaves the house between the count and the transaction: the file is written,
		// then the transaction finds nobody to publish to and rolls back.
		const racing = {
			...storage,
			put: async (key: string, content: FileBody) => {
				await storage.put(key, content);
				expect(filesIn(root).length).toBe(before.length + 1);
				await getDb().deleteFrom("enrolments").where("child_id", "=", child.id).execute();
			},
		};
		const failed = publishDocument({
			db: getDb(),
			storage: racing,
			actor: { userId: tenant.admin.id, ipAddress: "127.0.0.1" },
			access: tenant.admin.access,
			audience: { kind: "family", houseId: tenant.firstHouse.id, childId: child.id },
			input: { title: "Règlement" },
			file: { name: "reglement.pdf", content: plainPdf },
		});
		expect(await fieldFailure(failed)).toBe("NOT_FOUND");
		expect(filesIn(root)).toEqual(before);
		expect(await count()).toBe(rowsBefore);
	});

	it("the periodic clean-up removes a publication's file that a crash left without its row", async () => {
		const child = await childIn(tenant.firstHouse.id);
		pinClock("2027-03-01T08:00:00Z");
		const kept = await publish(tenant.admin, { kind: "family", houseId: tenant.firstHouse.id, childId: child.id });
		await storage.put("documents/crashed", plainPdf);
		const old = new Date("2027-03-01T07:00:00Z");
		for (const file of filesIn(root)) fs.utimesSync(path.join(root, file), old, old);
		pinClock("2027-03-01T10:00:00Z");
		const deleted = await cleanOrphanFiles({ db: getDb(), storage });
		expect(deleted).toContain("documents/crashed");
		expect(deleted).not.toContain(`documents/${kept.publicationId}`);
		expect(await storage.exists(`documents/${kept.publicationId}`)).toBe(true);
	});
});

describe("who sees a publication", () => {
	it("another family sees nothing; a guardian removed from the child loses it; a second guardian sees it", async () => {
		const child = await childIn(tenant.firstHouse.id);
		const neighbour = await childIn(tenant.firstHouse.id);
		const { publicationId } = await publish(tenant.manager, {
			kind: "family",
			houseId: tenant.firstHouse.id,
			childId: child.id,
		});
		const copy = await getDb()
			.selectFrom("published_document_recipients")
			.select("id")
			.where("document_id", "=", publicationId)
			.executeTakeFirstOrThrow();
		const open = (user: { id: string }, childId = child.id) =>
			openPublishedDocument({ db: getDb(), userId: user.id, childId, recipientId: copy.id });
		expect(await open(neighbour.guardian)).toBeUndefined();
		expect(await open(neighbour.guardian, neighbour.id)).toBeUndefined();
		expect(await titlesFor(neighbour.guardian, neighbour.id)).toEqual([]);

		const second = await createTestUser();
		const { code } = await issueTestChildCode(child.id, tenant.admin);
		await addChildByCode({
			db: getDb(),
			actor: { userId: second.id, ipAddress: "10.9.9.9" },
			input: { groupCode: tenant.group.code, childCode: code },
		});
		expect(await titlesFor(second, child.id)).toEqual(["Ce qu'il faut apporter"]);
		expect((await open(second))?.storage_key).toBe(`documents/${publicationId}`);

		await unlinkGuardian({ db: getDb(), actor: staffActor(tenant.admin), childId: child.id, guardianId: second.id });
		expect(await titlesFor(second, child.id)).toEqual([]);
		expect(await open(second)).toBeUndefined();
		expect(await titlesFor(child.guardian, child.id)).toEqual(["Ce qu'il faut apporter"]);
	});

	it("counts « ouvert » once per family, lists the house's publications paged, and a withdrawal hides it from parents", async () => {
		const house = (await createTestHouse(tenant.group.id, { name: "Maison Trois" })).id;
		const children = [await childIn(house), await childIn(house)];
		pinClock("2027-04-01T08:00:00Z");
		const { publicationId } = await publish(
			tenant.admin,
			{ kind: "house", houseId: house },
			{ title: "Règlement d'ordre intérieur" },
		);
		const copyOf = async (childId: string) =>
			(
				await getDb()
					.selectFrom("published_document_recipients")
					.select("id")
					.where("document_id", "=", publicationId)
					.where("child_id", "=", childId)
					.executeTakeFirstOrThrow()
			).id;
		const first = children[0] as { id: string; guardian: TestUser };
		const firstCopy = await copyOf(first.id);
		const listed = async () =>
			(await listPublicationsOfHouse(getDb(), { groupId: tenant.group.id, houseId: house, page: 1 })).rows.find(
				(row) => row.id === publicationId,
			);
		expect(await listed()).toMatchObject({ recipients: 2, opened: 0, withdrawn_at: null });
		pinClock("2027-04-02T08:00:00Z");
		await openPublishedDocument({ db: getDb(), userId: first.guardian.id, childId: first.id, recipientId: firstCopy });
		pinClock("2027-04-03T08:00:00Z");
		await openPublishedDocument({ db: getDb(), userId: first.guardian.id, childId: first.id, recipientId: firstCopy });
		expect(await listed()).toMatchObject({ recipients: 2, opened: 1 });
		const opened = await getDb()
			.selectFrom("published_document_recipients")
			.select("opened_at")
			.where("id", "=", firstCopy)
			.executeTakeFirstOrThrow();
		expect(opened.opened_at).toBe("2027-04-02T08:00:00.000Z");

		// The manager of the first house neither withdraws it nor reads it; a reader withdraws nothing.
		const withdraw = (member: Tenant["admin"]) =>
			withdrawPublication({
				db: getDb(),
				actor: { userId: member.id, ipAddress: "127.0.0.1" },
				access: member.access,
				publicationId,
			});
		expect(await fieldFailure(withdraw(tenant.manager))).toBe("NOT_FOUND");
		expect(await fieldFailure(withdraw(tenant.reader))).toBe("FORBIDDEN");
		await withdraw(tenant.admin);
		await withdraw(tenant.admin);
		expect(await titlesFor(first.guardian, first.id)).toEqual([]);
		expect(
			await openPublishedDocument({
				db: getDb(),
				userId: first.guardian.id,
				childId: first.id,
				recipientId: firstCopy,
			}),
		).toBeUndefined();
		expect((await listed())?.withdrawn_at).toBe("2027-04-03T08:00:00.000Z");
		const audit = await getDb()
			.selectFrom("audit_events")
			.select("action")
			.where("target_id", "=", publicationId)
			.orderBy("occurred_at")
			.execute();
		expect(audit.map((row) => row.action)).toEqual(["document.published", "document.withdrawn"]);
	});
});

describe("« Publier le document » in the route", () => {
	it("shows the count before the form, answers a refused file with its message and keeps what was typed", async () => {
		const child = await childIn(tenant.firstHouse.id);
		const cookie = await sessionCookieFor(tenant.manager);
		const base = `/staff/${tenant.group.id}/documents/publish`;
		const params = { groupId: tenant.group.id };
		const page = await callRoute(publishPage.loader as never, {
			url: `${base}?house=${tenant.firstHouse.id}&audience=family&childId=${child.id}`,
			params,
			headers: { cookie },
		});
		expect((page.value as { count: number }).count).toBe(1);
		const form = new FormData();
		const fields = {
			audience: "family",
			houseId: tenant.firstHouse.id,
			childId: child.id,
			title: "Règlement",
			titleNl: "Reglement",
		};
		for (const [name, value] of Object.entries(fields)) form.append(name, value);
		form.append("file", new File([Buffer.from("MZ\x90\x00 a program")], "reglement.pdf"));
		const { value } = await callRoute(publishPage.action as never, {
			url: base,
			params,
			headers: { cookie },
			multipart: form,
		});
		expect(statusOf(value)).toBe(400);
		const result = (
			value as { data: { result: { error: Record<string, string[]>; initialValue: Record<string, string> } } }
		).data.result;
		expect(result.error.file).toEqual(["messages.attachments.typeRefused"]);
		expect(result.initialValue).toMatchObject({ title: "Règlement", titleNl: "Reglement" });
		expect(await titlesFor(child.guardian, child.id)).toEqual([]);

		// One file input: a PDF followed by a second file is refused, not published without the second.
		const twoFiles = new FormData();
		for (const [name, value] of Object.entries(fields)) twoFiles.append(name, value);
		twoFiles.append("file", new File([Buffer.from("%PDF-1.7\n%%EOF\n")], "reglement.pdf"));
		twoFiles.append("file", new File([Buffer.from("MZ\x90\x00 a program")], "annexe.pdf"));
		const doubled = await callRoute(publishPage.action as never, {
			url: base,
			params,
			headers: { cookie },
			multipart: twoFiles,
		});
		expect(statusOf(doubled.value)).toBe(400);
		expect(JSON.stringify(doubled.value)).toContain("documents.publish.oneFile");
		expect(await titlesFor(child.guardian, child.id)).toEqual([]);
	});
});
