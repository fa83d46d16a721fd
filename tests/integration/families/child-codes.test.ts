import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { CHILD_CODE_ALPHABET, formatChildCode } from "#app/domain/families/child-code.ts";
import { isGuardian, listChildCodes, listChildrenOfGuardian } from "#app/domain/families/families.repository.server.ts";
import { issueChildCode } from "#app/domain/families/issue-child-code.server.ts";
import { mergeDossier } from "#app/domain/families/merge-dossier.server.ts";
import { revokeChildCode } from "#app/domain/families/revoke-child-code.server.ts";
import {
	createTestChild,
	createTestStaffMember,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	issueTestChildCode,
	staffActor,
	type TestUser,
} from "#tests/factories.ts";

const db = () => getDb();

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

// Each parent from its own address, so the per-address limit never gets in the way.
let addressSequence = 0;
function parentActor(user: Pick<TestUser, "id">) {
	addressSequence += 1;
	return { userId: user.id, ipAddress: `203.0.${Math.floor(addressSequence / 250)}.${addressSequence % 250}` };
}

async function mailsTo(email: string) {
	const rows = await db()
		.selectFrom("outbox_mails")
		.select(["template", "language", "data"])
		.where("to_address", "=", email)
		.orderBy("created_at")
		.execute();
	return rows.map((row) => ({ ...row, data: JSON.parse(row.data) as Record<string, string> }));
}

async function codeRow(codeId: string) {
	return db().selectFrom("child_codes").selectAll().where("id", "=", codeId).executeTakeFirstOrThrow();
}

const invalidCode = { form: ["families.byCode.invalid"] };

describe("addChildByCode", () => {
	it("links the parent with the group code in any case and the code lower-case with or without dash", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const first = await issueTestChildCode(child.id, admin);
		const second = await issueTestChildCode(child.id, admin);
		const withDash = await createTestUser();
		const withoutDash = await createTestUser();

		const linked = await addChildByCode({
			db: db(),
			actor: parentActor(withDash),
			input: { groupCode: group.code.toLowerCase(), childCode: formatChildCode(first.code).toLowerCase() },
		});
		expect(linked).toEqual({ childId: child.id });
		await addChildByCode({
			db: db(),
			actor: parentActor(withoutDash),
			input: { groupCode: group.code, childCode: second.code.toLowerCase() },
		});

		expect(await isGuardian(db(), withDash.id, child.id)).toBe(true);
		expect(await isGuardian(db(), withoutDash.id, child.id)).toBe(true);
		const guardianship = await db()
			.selectFrom("guardianships")
			.select("linked_via")
			.where("child_id", "=", child.id)
			.where("user_id", "=", withDash.id)
			.executeTakeFirstOrThrow();
		expect(guardianship.linked_via).toBe("code");
		expect(await codeRow(first.codeId)).toMatchObject({ used_by_user_id: withDash.id, used_at: expect.any(String) });
		expect((await listChildrenOfGuardian(db(), withDash.id)).map((row) => row.id)).toEqual([child.id]);
	});

	it("tells each existing guardian, in their own language, and not the one who joined", async () => {
		const { group, admin } = await createTestTenant();
		const french = await createTestUser({ language: "fr" });
		const child = await createTestChild(group, { guardian: french, lastName: "Peeters", firstName: "Lotte" });
		const dutch = await createTestUser({ language: "nl" });
		const toDutch = await issueTestChildCode(child.id, admin);
		await addChildByCode({
			db: db(),
			actor: parentActor(dutch),
			input: { groupCode: group.code, childCode: toDutch.code },
		});
		const newcomer = await createTestUser({ firstName: "Bram", lastName: "Janssens" });
		const toNewcomer = await issueTestChildCode(child.id, admin);

		await addChildByCode({
			db: db(),
			actor: parentActor(newcomer),
			input: { groupCode: group.code, childCode: toNewcomer.code },
		});

		const addedNewcomer = (mail: { template: string; data: Record<string, string> }) =>
			mail.template === "family.guardian-added" && mail.data.guardianName === "Bram Janssens";
		const frenchMails = (await mailsTo(french.email)).filter(addedNewcomer);
		const dutchMails = (await mailsTo(dutch.email)).filter(addedNewcomer);
		expect(frenchMails).toEqual([
			{
				template: "family.guardian-added",
				language: "fr",
				data: expect.objectContaining({ firstName: french.firstName, childName: "Lotte Peeters" }),
			},
		]);
		expect(dutchMails).toEqual([
			{
				template: "family.guardian-added",
				language: "nl",
				data: expect.objectContaining({ firstName: dutch.firstName, childName: "Lotte Peeters" }),
			},
		]);
		expect(frenchMails[0]?.data.url).toContain(`/children/${child.id}`);
		expect(await mailsTo(newcomer.email)).toEqual([]);
		// The first guardian was told about the Dutch-speaking one too: one mail per joining guardian.
		expect((await mailsTo(french.email)).filter((mail) => mail.template === "family.guardian-added")).toHaveLength(2);
	});

	it("refuses a used code to another parent with the one answer for every bad code", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const { code } = await issueTestChildCode(child.id, admin);
		await addChildByCode({
			db: db(),
			actor: parentActor(await createTestUser()),
			input: { groupCode: group.code, childCode: code },
		});
		const latecomer = await createTestUser();

		const error = await errorOf(
			addChildByCode({ db: db(), actor: parentActor(latecomer), input: { groupCode: group.code, childCode: code } }),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual(invalidCode);
		expect(await isGuardian(db(), latecomer.id, child.id)).toBe(false);
	});

	it("keeps the code for someone else when a guardian types it again", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const { code, codeId } = await issueTestChildCode(child.id, admin);

		const again = await addChildByCode({
			db: db(),
			actor: parentActor(child.guardian),
			input: { groupCode: group.code, childCode: code },
		});
		expect(again).toEqual({ childId: child.id });
		expect(await codeRow(codeId)).toMatchObject({ used_at: null, used_by_user_id: null });
	});

	it("gives the same answer for a right code with another group's code", async () => {
		const { group, admin } = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(group);
		const { code, codeId } = await issueTestChildCode(child.id, admin);
		const parent = await createTestUser();

		const error = await errorOf(
			addChildByCode({ db: db(), actor: parentActor(parent), input: { groupCode: other.group.code, childCode: code } }),
		);
		expect(error.fieldErrors).toEqual(invalidCode);
		expect(await codeRow(codeId)).toMatchObject({ used_at: null });
		expect(await isGuardian(db(), parent.id, child.id)).toBe(false);
	});

	it("gives the same answer for a revoked code", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const { code, codeId } = await issueTestChildCode(child.id, admin);
		await revokeChildCode({ db: db(), actor: staffActor(admin), childId: child.id, codeId });
		const parent = await createTestUser();

		const error = await errorOf(
			addChildByCode({ db: db(), actor: parentActor(parent), input: { groupCode: group.code, childCode: code } }),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual(invalidCode);
		expect(await isGuardian(db(), parent.id, child.id)).toBe(false);
	});

	it("gives the same answer for the code of a dossier merged into another", async () => {
		const { group, admin } = await createTestTenant();
		const existing = await createTestChild(group, { lastName: "Dubois", firstName: "Lina" });
		const duplicate = await createTestChild(group, { lastName: "Du Bois", firstName: "Lina M." });
		const { code } = await issueTestChildCode(duplicate.id, admin);
		const existingRow = await db()
			.selectFrom("children")
			.select("file_number")
			.where("id", "=", existing.id)
			.executeTakeFirstOrThrow();
		await mergeDossier({
			db: db(),
			actor: staffActor(admin),
			childId: duplicate.id,
			input: { targetFileNumber: String(existingRow.file_number) },
		});
		const parent = await createTestUser();

		const error = await errorOf(
			addChildByCode({ db: db(), actor: parentActor(parent), input: { groupCode: group.code, childCode: code } }),
		);
		expect(error.fieldErrors).toEqual(invalidCode);
		expect(await listChildrenOfGuardian(db(), parent.id)).toEqual([]);
	});

	it("gives the same answer for a code that was never issued", async () => {
		const { group } = await createTestTenant();
		const parent = await createTestUser();
		const error = await errorOf(
			addChildByCode({
				db: db(),
				actor: parentActor(parent),
				input: { groupCode: group.code, childCode: "ABCDE-23456" },
			}),
		);
		expect(error.fieldErrors).toEqual(invalidCode);
	});

	it("lets exactly one of two parents racing with one code in", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const { code, codeId } = await issueTestChildCode(child.id, admin);
		const racers = [await createTestUser(), await createTestUser()];

		const outcomes = await Promise.allSettled(
			racers.map((racer) =>
				addChildByCode({ db: db(), actor: parentActor(racer), input: { groupCode: group.code, childCode: code } }),
			),
		);
		const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
		const rejected = outcomes.filter((outcome) => outcome.status === "rejected");
		expect(fulfilled).toHaveLength(1);
		expect(rejected).toHaveLength(1);
		const reason = rejected[0]?.reason as unknown;
		expect(reason).toBeInstanceOf(AppError);
		expect((reason as AppError).fieldErrors).toEqual(invalidCode);

		const winner = racers[outcomes.findIndex((outcome) => outcome.status === "fulfilled")];
		const linked = await db().selectFrom("guardianships").select("user_id").where("child_id", "=", child.id).execute();
		expect(linked.map((row) => row.user_id).sort()).toEqual([child.guardian.id, winner?.id].sort());
		expect(await codeRow(codeId)).toMatchObject({ used_by_user_id: winner?.id });
		// The loser's mail was rolled back with the rest of its attempt.
		const told = await mailsTo(child.guardian.email);
		expect(told.filter((mail) => mail.template === "family.guardian-added")).toHaveLength(1);
	});
});

describe("issueChildCode", () => {
	it("hands out 10-character codes from the alphabet without look-alikes, recorded for the child", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const issued = [];
		for (let index = 0; index < 25; index += 1) issued.push(await issueTestChildCode(child.id, admin));

		const wellFormed = new RegExp(`^[${CHILD_CODE_ALPHABET}]{10}$`);
		for (const { code } of issued) {
			expect(code).toMatch(wellFormed);
			expect(code).not.toMatch(/[01OIL]/);
		}
		expect(new Set(issued.map(({ code }) => code)).size).toBe(issued.length);
		const listed = await listChildCodes(db(), group.id, child.id);
		expect(listed.map((row) => row.code).sort()).toEqual(issued.map(({ code }) => code).sort());
		const audit = await db()
			.selectFrom("audit_events")
			.select(["actor_user_id", "group_id"])
			.where("action", "=", "child.code.issued")
			.where("target_id", "=", child.id)
			.execute();
		expect(audit).toHaveLength(issued.length);
		expect(audit[0]).toEqual({ actor_user_id: admin.id, group_id: group.id });
	});

	it("is the group admins' alone: refused to the child's house staff, unknown outside their scope", async () => {
		const { group, admin, reader, manager, firstHouse, secondHouse } = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(group);
		const codeOf = (actor: Parameters<typeof staffActor>[0]) =>
			errorOf(issueChildCode({ db: db(), actor: staffActor(actor), childId: child.id }));

		// A new dossier has no house: its group's admins alone know it.
		expect((await codeOf(manager)).code).toBe("NOT_FOUND");
		expect((await codeOf(reader)).code).toBe("NOT_FOUND");
		await enrolTestChild(child.id, firstHouse.id, admin);
		// A code makes its holder a guardian: even the child's own house staff may not hand one out.
		expect((await codeOf(manager)).code).toBe("FORBIDDEN");
		expect((await codeOf(reader)).code).toBe("FORBIDDEN");
		const elsewhere = await createTestStaffMember(group.id, "house_manager", [secondHouse.id]);
		expect((await codeOf(elsewhere)).code).toBe("NOT_FOUND");
		expect((await codeOf(other.admin)).code).toBe("NOT_FOUND");
		expect(await listChildCodes(db(), group.id, child.id)).toHaveLength(0);
		expect((await issueChildCode({ db: db(), actor: staffActor(admin), childId: child.id })).code).toHaveLength(10);
		expect(await listChildCodes(db(), group.id, child.id)).toHaveLength(1);
	});
});

describe("revokeChildCode", () => {
	it("withdraws an unused code once; a used code cannot be revoked", async () => {
		const { group, admin } = await createTestTenant();
		const child = await createTestChild(group);
		const unused = await issueTestChildCode(child.id, admin);
		const used = await issueTestChildCode(child.id, admin);
		await addChildByCode({
			db: db(),
			actor: parentActor(await createTestUser()),
			input: { groupCode: group.code, childCode: used.code },
		});

		await revokeChildCode({ db: db(), actor: staffActor(admin), childId: child.id, codeId: unused.codeId });
		expect(await codeRow(unused.codeId)).toMatchObject({ revoked_at: expect.any(String) });
		const twice = await errorOf(
			revokeChildCode({ db: db(), actor: staffActor(admin), childId: child.id, codeId: unused.codeId }),
		);
		expect(twice.code).toBe("NOT_FOUND");
		const usedError = await errorOf(
			revokeChildCode({ db: db(), actor: staffActor(admin), childId: child.id, codeId: used.codeId }),
		);
		expect(usedError.code).toBe("NOT_FOUND");
		expect(await codeRow(used.codeId)).toMatchObject({ revoked_at: null });
	});

	it("does not reach another child's or another group's code", async () => {
		const { group, admin } = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(group);
		const sibling = await createTestChild(group);
		const { codeId } = await issueTestChildCode(child.id, admin);

		const throughSibling = await errorOf(
			revokeChildCode({ db: db(), actor: staffActor(admin), childId: sibling.id, codeId }),
		);
		expect(throughSibling.code).toBe("NOT_FOUND");
		const fromOtherGroup = await errorOf(
			revokeChildCode({ db: db(), actor: staffActor(other.admin), childId: child.id, codeId }),
		);
		expect(fromOtherGroup.code).toBe("NOT_FOUND");
		expect(await codeRow(codeId)).toMatchObject({ revoked_at: null });
	});
});
