/**
 * Documents parents upload for a house (issue 13, decision 037), on SQLite and PostgreSQL: who
 * may send, see, download and decide; the states and their mails through the outbox; the checks
 * by content; no file left by a failed upload; a house's required types in the missing data.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { decideUpload } from "#app/domain/documents/decide-upload.server.ts";
import { missingDocumentsOf } from "#app/domain/documents/missing-documents.server.ts";
import { setRequiredDocuments } from "#app/domain/documents/set-required-documents.server.ts";
import { uploadDocument } from "#app/domain/documents/upload-document.server.ts";
import { findUpload, listHouseUploads, listUploadsOfChild } from "#app/domain/documents/uploads.repository.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { unlinkGuardian } from "#app/domain/families/unlink-guardian.server.ts";
import { cleanOrphanFiles } from "#app/domain/messaging/clean-orphan-files.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import * as uploadFileRoute from "#app/routes/children/$childId/documents/upload-file.ts";
import * as uploadsPage from "#app/routes/children/$childId/documents/uploads.server.ts";
import * as staffFileRoute from "#app/routes/staff/$groupId/uploads/file.ts";
import {
	createTestStaffMember,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	issueTestChildCode,
	sessionCookieFor,
	staffActor,
	type TestUser,
} from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild, registrationsOpenAt } from "#tests/offer-factories.ts";
import { fieldFailure } from "#tests/support/app-errors.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";
import { filesIn, plainPdf } from "#tests/support/stored-files.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
const root = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-uploads-"));
const storage = createLocalStorage(root);

beforeAll(async () => {
	tenant = await createTestTenant();
});
afterEach(() => pinClock(undefined));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

/** A Windows program (« MZ » header) renamed to look like a PDF. */
const renamedExe = Buffer.concat([Buffer.from("MZ\x90\x00\x03\x00\x00\x00\x04\x00", "latin1"), Buffer.alloc(200, 1)]);

async function childInFirstHouse(options: { guardian?: TestUser } = {}) {
	const child = await createReadyChild(tenant.group, options);
	await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
	return child;
}

async function send(
	child: { id: string; guardian: TestUser },
	options: { houseId?: string; content?: Buffer; name?: string; type?: "medical_certificate" | "other" } = {},
) {
	return uploadDocument({
		db: getDb(),
		storage,
		actor: { userId: child.guardian.id, ipAddress: "127.0.0.1" },
		childId: child.id,
		houseId: options.houseId ?? tenant.firstHouse.id,
		type: options.type ?? "medical_certificate",
		note: "Valable jusqu'en juin",
		file: { name: options.name ?? "certificat.pdf", content: options.content ?? plainPdf },
	});
}

const asStaff = (member: Tenant["admin"]) => ({ kind: "staff" as const, access: member.access });
const asGuardian = (user: { id: string }) => ({ kind: "guardian" as const, userId: user.id });
const actorOf = (member: Tenant["admin"]) => ({ userId: member.id, ipAddress: "127.0.0.1", access: member.access });

async function mailsTo(email: string, template: string) {
	return getDb()
		.selectFrom("outbox_mails")
		.select(["to_address", "data", "language"])
		.where("template", "=", template)
		.where("to_address", "=", email)
		.execute();
}

describe("a parent sends a document", () => {
	it("keeps it pending for the house, seen by every guardian of the child and the house's staff only", async () => {
		const child = await childInFirstHouse();
		const secondGuardian = await createTestUser();
		const { code } = await issueTestChildCode(child.id, tenant.admin);
		await addChildByCode({
			db: getDb(),
			actor: { userId: secondGuardian.id, ipAddress: "10.1.2.3" },
			input: { groupCode: tenant.group.code, childCode: code },
		});
		const uploadId = await send(child);
		const upload = await findUpload(getDb(), asGuardian(secondGuardian), uploadId);
		expect([upload?.status, upload?.type, upload?.note, upload?.media_type, upload?.name]).toEqual([
			"pending",
			"medical_certificate",
			"Valable jusqu'en juin",
			"application/pdf",
			"certificat.pdf",
		]);
		expect(await storage.get(upload?.storage_key ?? "")).toEqual(plainPdf);
		expect((await listUploadsOfChild(getDb(), asGuardian(child.guardian), child.id)).map((row) => row.id)).toEqual([
			uploadId,
		]);

		const otherFamily = await childInFirstHouse();
		const otherHouseManager = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]);
		const otherGroup = await createTestTenant();
		expect(await findUpload(getDb(), asGuardian(otherFamily.guardian), uploadId)).toBeUndefined();
		expect(await findUpload(getDb(), asStaff(otherHouseManager), uploadId)).toBeUndefined();
		expect(await findUpload(getDb(), asStaff(otherGroup.admin), uploadId)).toBeUndefined();
		expect(await findUpload(getDb(), asStaff(tenant.manager), uploadId)).toBeDefined();
		expect(await findUpload(getDb(), asStaff(tenant.admin), uploadId)).toBeDefined();
		const page = await listHouseUploads(getDb(), tenant.manager.access, {
			houseId: tenant.firstHouse.id,
			status: "pending",
			page: 1,
		});
		expect(page.rows.map((row) => row.id)).toContain(uploadId);
		const secondHouse = await listHouseUploads(getDb(), otherHouseManager.access, {
			houseId: tenant.firstHouse.id,
			page: 1,
		});
		expect(secondHouse.rows).toEqual([]);
	});

	it("goes only to a house the child is enrolled or registered in", async () => {
		const child = await childInFirstHouse();
		expect(await fieldFailure(send(child, { houseId: tenant.secondHouse.id }))).toBe(
			"houseId: uploads.form.houseNotAllowed",
		);
		const stranger = await createReadyChild(tenant.group);
		expect(await fieldFailure(send({ id: child.id, guardian: stranger.guardian }))).toBe("NOT_FOUND");
	});

	it("refuses a program renamed .pdf and writes nothing", async () => {
		const child = await childInFirstHouse();
		const before = filesIn(root).length;
		expect(await fieldFailure(send(child, { content: renamedExe, name: "certificat.pdf" }))).toBe(
			"file: messages.attachments.typeRefused",
		);
		expect(filesIn(root).length).toBe(before);
		const rows = await getDb().selectFrom("document_uploads").select("id").where("child_id", "=", child.id).execute();
		expect(rows).toEqual([]);
	});

	it("leaves no file behind when the upload fails in the database", async () => {
		const child = await childInFirstHouse();
		const db = getDb();
		const postgres = process.env.TEST_DIALECT === "postgres";
		if (postgres) {
			await sql`CREATE FUNCTION refuse_uploads() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'refused'; END $$ LANGUAGE plpgsql`.execute(
				db,
			);
			await sql`CREATE TRIGGER refuse_uploads BEFORE INSERT ON document_uploads FOR EACH ROW EXECUTE FUNCTION refuse_uploads()`.execute(
				db,
			);
		} else {
			await sql`CREATE TRIGGER refuse_uploads BEFORE INSERT ON document_uploads BEGIN SELECT RAISE(ABORT, 'refused'); END`.execute(
				db,
			);
		}
		const before = filesIn(root).length;
		try {
			await expect(send(child)).rejects.toThrow(/refused/);
		} finally {
			await sql`DROP TRIGGER refuse_uploads${postgres ? sql` ON document_uploads` : sql``}`.execute(db);
			if (postgres) await sql`DROP FUNCTION refuse_uploads()`.execute(db);
		}
		expect(filesIn(root).length).toBe(before);
	});

	it("sweeps an upload's file without a row once it is an hour old, and keeps the others", async () => {
		const child = await childInFirstHouse();
		await send(child);
		await storage.put(`uploads/${child.id}/orphan`, plainPdf);
		expect(filesIn(path.join(root, "uploads", child.id))).toHaveLength(2);
		pinClock(new Date(Date.now() + 61 * 60 * 1000));
		expect(await cleanOrphanFiles({ db: getDb(), storage })).toContain(`uploads/${child.id}/orphan`);
		expect(filesIn(path.join(root, "uploads", child.id))).toHaveLength(1);
	});
});

describe("the house decides", () => {
	it("refuses only with a reason, tells the guardians by mail without the type or the reason, then accepts a new file", async () => {
		const child = await childInFirstHouse();
		const first = await send(child);
		const decide = (uploadId: string, decision: "accept" | "refuse", reason?: string) =>
			decideUpload({ db: getDb(), actor: actorOf(tenant.manager), uploadId, decision, reason });

		expect(await fieldFailure(decide(first, "refuse", "   "))).toBe("reason: uploads.review.reasonRequired");
		expect((await findUpload(getDb(), asGuardian(child.guardian), first))?.status).toBe("pending");

		await decide(first, "refuse", "Le certificat n'est pas signé par le médecin.");
		const refused = await findUpload(getDb(), asGuardian(child.guardian), first);
		expect([refused?.status, refused?.refusal_reason]).toEqual([
			"refused",
			"Le certificat n'est pas signé par le médecin.",
		]);
		const [refusedMail] = await mailsTo(child.guardian.email, "document.refused");
		const data = JSON.parse(refusedMail?.data ?? "{}");
		expect(data.url).toContain(`/children/${child.id}/documents/uploads`);
		expect(data.houseName).toBe(tenant.firstHouse.name);
		expect(refusedMail?.data).not.toMatch(/signé|medical|médical/);

		expect(await fieldFailure(decide(first, "accept"))).toBe("form: uploads.review.alreadyDecided");

		const second = await send(child);
		await decide(second, "accept");
		expect((await findUpload(getDb(), asGuardian(child.guardian), second))?.status).toBe("accepted");
		expect(await mailsTo(child.guardian.email, "document.accepted")).toHaveLength(1);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select("action")
			.where("target_id", "=", child.id)
			.where("action", "like", "child.document.%")
			.orderBy("id")
			.execute();
		expect(audit.map((row) => row.action).sort()).toEqual(
			[
				"child.document.uploaded",
				"child.document.refused",
				"child.document.uploaded",
				"child.document.accepted",
			].sort(),
		);
	});

	it("is for the house's managers and the group's admins: readers get FORBIDDEN, other houses NOT_FOUND", async () => {
		const child = await childInFirstHouse();
		const uploadId = await send(child);
		const otherHouseManager = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]);
		const options = { db: getDb(), uploadId, decision: "accept" as const };
		expect(await fieldFailure(decideUpload({ ...options, actor: actorOf(tenant.reader) }))).toBe("FORBIDDEN");
		expect(await fieldFailure(decideUpload({ ...options, actor: actorOf(otherHouseManager) }))).toBe("NOT_FOUND");
		await decideUpload({ ...options, actor: actorOf(tenant.admin) });
		expect((await findUpload(getDb(), asStaff(tenant.admin), uploadId))?.status).toBe("accepted");
	});
});

describe("required documents", () => {
	it("show as missing, then pending, until one is accepted; they never block a registration", async () => {
		const { group } = tenant;
		const house = tenant.secondHouse;
		await setRequiredDocuments({
			db: getDb(),
			actor: actorOf(tenant.admin),
			houseId: house.id,
			types: ["medical_certificate", "income_proof"],
		});
		const child = await createReadyChild(group);
		await enrolTestChild(child.id, house.id, tenant.admin);
		const states = async () =>
			(await missingDocumentsOf(getDb(), { id: child.id, group_id: group.id })).map(
				(missing) => `${missing.type}:${missing.state}`,
			);
		expect((await states()).sort()).toEqual(["income_proof:missing", "medical_certificate:missing"]);

		const uploadId = await send(child, { houseId: house.id });
		expect((await states()).sort()).toEqual(["income_proof:missing", "medical_certificate:pending"]);
		await decideUpload({ db: getDb(), actor: actorOf(tenant.admin), uploadId, decision: "accept" });
		expect(await states()).toEqual(["income_proof:missing"]);

		// A child of another house owes nothing to this one.
		const elsewhere = await childInFirstHouse();
		expect(await missingDocumentsOf(getDb(), { id: elsewhere.id, group_id: group.id })).toEqual([]);

		// Still missing a document, the child registers all the same (decision 037).
		const offer = await createTestOffer(tenant, { houseId: house.id });
		pinClock(registrationsOpenAt);
		const { registrationId } = await registerTestChild(child, offer.id);
		expect(registrationId).toBeTruthy();
	});

	it("are set by those who edit the house: a reader gets FORBIDDEN, a manager of another house NOT_FOUND", async () => {
		const options = { db: getDb(), houseId: tenant.firstHouse.id, types: ["medical_certificate"] };
		const otherHouseManager = await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]);
		expect(await fieldFailure(setRequiredDocuments({ ...options, actor: actorOf(tenant.reader) }))).toBe("FORBIDDEN");
		expect(await fieldFailure(setRequiredDocuments({ ...options, actor: actorOf(otherHouseManager) }))).toBe(
			"NOT_FOUND",
		);
		expect(
			await fieldFailure(setRequiredDocuments({ ...options, actor: actorOf(tenant.manager), types: ["other"] })),
		).toBe("types: uploads.required.typeUnknown");
		await setRequiredDocuments({ ...options, actor: actorOf(tenant.manager) });
		await setRequiredDocuments({ ...options, actor: actorOf(tenant.manager), types: [] });
	});
});

describe("routes", () => {
	async function status(routeFunction: unknown, url: string, params: Record<string, string>, cookie?: string) {
		const { value } = await callRoute(routeFunction as never, { url, params, headers: cookie ? { cookie } : {} });
		return { status: statusOf(value) ?? 200, value };
	}

	it("the page's form sends a file; another family gets 404 and nothing is written", async () => {
		const child = await childInFirstHouse();
		const url = `/children/${child.id}/documents/uploads`;
		const form = () => {
			const body = new FormData();
			body.set("houseId", tenant.firstHouse.id);
			body.set("type", "mutuality_form");
			body.set("note", "");
			body.set("file", new File([plainPdf], "mutuelle.pdf", { type: "application/pdf" }));
			return body;
		};
		const stranger = await sessionCookieFor((await childInFirstHouse()).guardian);
		const refused = await callRoute(uploadsPage.action as never, {
			url,
			params: { childId: child.id },
			headers: { cookie: stranger },
			multipart: form(),
		});
		expect(statusOf(refused.value)).toBe(404);
		const cookie = await sessionCookieFor(child.guardian);
		const sent = await callRoute(uploadsPage.action as never, {
			url,
			params: { childId: child.id },
			headers: { cookie },
			multipart: form(),
		});
		expect(statusOf(sent.value)).toBe(302);
		const rows = await listUploadsOfChild(getDb(), asGuardian(child.guardian), child.id);
		expect(rows.map((row) => [row.type, row.name])).toEqual([["mutuality_form", "mutuelle.pdf"]]);

		const withoutFile = form();
		withoutFile.delete("file");
		const missing = await callRoute(uploadsPage.action as never, {
			url,
			params: { childId: child.id },
			headers: { cookie },
			multipart: withoutFile,
		});
		expect(statusOf(missing.value)).toBe(400);
		expect(JSON.stringify(missing.value)).toContain("uploads.form.fileRequired");

		// The form has one file input: a second file (a program, here) is refused, not dropped unseen.
		const twoFiles = form();
		twoFiles.append("file", new File([renamedExe], "certificat.pdf", { type: "application/pdf" }));
		const doubled = await callRoute(uploadsPage.action as never, {
			url,
			params: { childId: child.id },
			headers: { cookie },
			multipart: twoFiles,
		});
		expect(statusOf(doubled.value)).toBe(400);
		expect(JSON.stringify(doubled.value)).toContain("uploads.form.oneFile");
		expect(await listUploadsOfChild(getDb(), asGuardian(child.guardian), child.id)).toHaveLength(1);
	});

	it("the download answers the guardians only, and a guardian removed from the child loses it", async () => {
		const child = await childInFirstHouse();
		const uploadId = await uploadDocument({
			db: getDb(),
			storage: getFileStorage(),
			actor: { userId: child.guardian.id, ipAddress: "127.0.0.1" },
			childId: child.id,
			houseId: tenant.firstHouse.id,
			type: "income_proof",
			note: "",
			file: { name: "revenus.pdf", content: plainPdf },
		});
		const url = `/children/${child.id}/documents/uploads/${uploadId}/file`;
		const params = { childId: child.id, uploadId };
		const own = await status(uploadFileRoute.loader, url, params, await sessionCookieFor(child.guardian));
		expect(own.status).toBe(200);
		const response = own.value as Response;
		expect(response.headers.get("Content-Disposition")).toContain("revenus.pdf");
		expect(response.headers.get("Cache-Control")).toBe("no-store");
		const stranger = await sessionCookieFor((await childInFirstHouse()).guardian);
		expect((await status(uploadFileRoute.loader, url, params, stranger)).status).toBe(404);
		// Not by another child's address either.
		const other = await childInFirstHouse();
		expect(
			(
				await status(
					uploadFileRoute.loader,
					url,
					{ childId: other.id, uploadId },
					await sessionCookieFor(child.guardian),
				)
			).status,
		).toBe(404);

		const secondGuardian = await createTestUser();
		const { code } = await issueTestChildCode(child.id, tenant.admin);
		await addChildByCode({
			db: getDb(),
			actor: { userId: secondGuardian.id, ipAddress: "10.3.2.1" },
			input: { groupCode: tenant.group.code, childCode: code },
		});
		const secondCookie = await sessionCookieFor(secondGuardian);
		expect((await status(uploadFileRoute.loader, url, params, secondCookie)).status).toBe(200);
		await unlinkGuardian({
			db: getDb(),
			actor: staffActor(tenant.admin),
			childId: child.id,
			guardianId: secondGuardian.id,
		});
		expect((await status(uploadFileRoute.loader, url, params, secondCookie)).status).toBe(404);
		const page = await status(
			uploadsPage.loader,
			`/children/${child.id}/documents/uploads`,
			{ childId: child.id },
			secondCookie,
		);
		expect(page.status).toBe(404);

		// Staff of the house download it, and the download is in the audit log.
		const staffUrl = `/staff/${tenant.group.id}/uploads/${uploadId}/file`;
		const staffParams = { groupId: tenant.group.id, uploadId };
		expect(
			(await status(staffFileRoute.loader, staffUrl, staffParams, await sessionCookieFor(tenant.manager))).status,
		).toBe(200);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select(["action", "actor_user_id"])
			.where("target_id", "=", child.id)
			.where("action", "=", "child.document.downloaded")
			.execute();
		expect(audit).toEqual([{ action: "child.document.downloaded", actor_user_id: tenant.manager.id }]);
	});
});
