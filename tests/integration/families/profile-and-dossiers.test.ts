import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { createDossier } from "#app/domain/families/create-dossier.server.ts";
import { findParentProfile, listChildrenOfGuardian } from "#app/domain/families/families.repository.server.ts";
import { addChildLimits } from "#app/domain/families/rate-limits.ts";
import { saveParentProfile } from "#app/domain/families/save-parent-profile.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as myData from "#app/routes/me.server.ts";
import { createTestGroup, createTestUser, sessionCookieFor, type TestUser } from "#tests/factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

const db = () => getDb();

afterEach(() => pinClock(undefined));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

// Each attempt from its own address, so only the per-account limit is ever in play.
let addressSequence = 0;
function parentActor(user: Pick<TestUser, "id">) {
	addressSequence += 1;
	return { userId: user.id, ipAddress: `198.51.${Math.floor(addressSequence / 250)}.${addressSequence % 250}` };
}

async function fileNumberOf(childId: string): Promise<number> {
	const child = await db()
		.selectFrom("children")
		.select("file_number")
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
	return Number(child.file_number);
}

async function childrenInGroup(groupId: string): Promise<number> {
	const rows = await db().selectFrom("children").select("id").where("group_id", "=", groupId).execute();
	return rows.length;
}

const profile = {
	lastName: "Lambert",
	firstName: "Élise",
	motherTongue: "fr",
	street: "Rue de la Station",
	houseNumber: "7B",
	postalCode: "4800",
	locality: "Verviers",
	country: "BE",
	mobilePhone: "0470/12.34.56",
	activityCategory: "employee",
} as const;

describe("saveParentProfile (Mes données)", () => {
	it("puts the names on the account, the rest in the profile, the phone in E.164", async () => {
		const parent = await createTestUser();
		await saveParentProfile({ db: db(), actor: parentActor(parent), input: profile });

		const user = await db()
			.selectFrom("users")
			.select(["first_name", "last_name", "name"])
			.where("id", "=", parent.id)
			.executeTakeFirstOrThrow();
		expect(user).toEqual({ first_name: "Élise", last_name: "Lambert", name: "Élise Lambert" });
		expect(await findParentProfile(db(), parent.id)).toMatchObject({
			first_name: "Élise",
			last_name: "Lambert",
			mother_tongue: "fr",
			street: "Rue de la Station",
			house_number: "7B",
			postal_code: "4800",
			locality: "Verviers",
			country: "BE",
			mobile_phone: "+32470123456",
			activity_category: "employee",
		});
		const [audit] = await db()
			.selectFrom("audit_events")
			.select(["action", "actor_user_id"])
			.where("target_id", "=", parent.id)
			.execute();
		expect(audit).toEqual({ action: "family.profile.updated", actor_user_id: parent.id });
	});

	it("updates the same profile when saved again (one row per parent)", async () => {
		const parent = await createTestUser();
		await saveParentProfile({ db: db(), actor: parentActor(parent), input: profile });
		await saveParentProfile({
			db: db(),
			actor: parentActor(parent),
			input: { ...profile, locality: "Dison", postalCode: "4820", mobilePhone: "+32 475 98 76 54" },
		});

		const rows = await db().selectFrom("parent_profiles").selectAll().where("user_id", "=", parent.id).execute();
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ locality: "Dison", postal_code: "4820", mobile_phone: "+32475987654" });
	});

	it("refuses a Belgian postal code of three digits on that field alone and saves nothing", async () => {
		const parent = await createTestUser({ firstName: "Avant", lastName: "Changement" });
		await saveParentProfile({ db: db(), actor: parentActor(parent), input: profile });

		const error = await errorOf(
			saveParentProfile({
				db: db(),
				actor: parentActor(parent),
				input: { ...profile, firstName: "Autre", postalCode: "123" },
			}),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual({ postalCode: ["validation.postalCode"] });
		expect(await findParentProfile(db(), parent.id)).toMatchObject({ first_name: "Élise", postal_code: "4800" });
	});
});

describe("the parent's national number (Mes données)", () => {
	const stored = async (userId: string) =>
		(
			await db()
				.selectFrom("parent_profiles")
				.select("national_number")
				.where("user_id", "=", userId)
				.executeTakeFirstOrThrow()
		).national_number;

	it("is optional, stored as its 11 digits, accepts a BIS number, and is cleared when emptied", async () => {
		const parent = await createTestUser();
		await saveParentProfile({ db: db(), actor: parentActor(parent), input: profile });
		expect(await stored(parent.id)).toBeNull();

		await saveParentProfile({
			db: db(),
			actor: parentActor(parent),
			input: { ...profile, nationalNumber: " 85.07.30-033.28 " },
		});
		expect(await stored(parent.id)).toBe("85073003328");
		// BIS: month + 40 (sex known); 1985-07-30 becomes 85.47.30.
		await saveParentProfile({
			db: db(),
			actor: parentActor(parent),
			input: { ...profile, nationalNumber: "85473003317" },
		});
		expect(await stored(parent.id)).toBe("85473003317");
		await saveParentProfile({ db: db(), actor: parentActor(parent), input: { ...profile, nationalNumber: "" } });
		expect(await stored(parent.id)).toBeNull();
	});

	it("refuses a number whose check digits are wrong, on that field alone, and keeps the stored one", async () => {
		const parent = await createTestUser();
		await saveParentProfile({
			db: db(),
			actor: parentActor(parent),
			input: { ...profile, nationalNumber: "85073003328" },
		});
		for (const [typed, reason] of [
			["85.07.30-033.29", "checksum"],
			["85.07.30-033", "format"],
			["85.13.30-033.xx", "format"],
		] as const) {
			const error = await errorOf(
				saveParentProfile({
					db: db(),
					actor: parentActor(parent),
					input: { ...profile, locality: "Dison", nationalNumber: typed },
				}),
			);
			expect(error.fieldErrors).toEqual({ nationalNumber: [`families.nationalNumber.${reason}`] });
		}
		expect(await stored(parent.id)).toBe("85073003328");
		expect(await findParentProfile(db(), parent.id)).toMatchObject({ locality: "Verviers" });
	});

	it("« Mes données » answers a wrong number with its message and what was typed, then saves the right one", async () => {
		const parent = await createTestUser();
		const cookie = await sessionCookieFor(parent);
		const form = { ...profile, nationalNumber: "85.07.30-033.29" };
		const wrong = await callRoute(myData.action as never, { url: "/me", form, headers: { cookie } });
		expect(statusOf(wrong.value)).toBe(400);
		const reply = (wrong.value as { data: { result: { error: Record<string, string[]>; initialValue: object } } }).data
			.result;
		expect(reply.error).toEqual({ nationalNumber: ["families.nationalNumber.checksum"] });
		expect(reply.initialValue).toMatchObject({ nationalNumber: "85.07.30-033.29", locality: "Verviers" });

		const right = await callRoute(myData.action as never, {
			url: "/me",
			form: { ...form, nationalNumber: "85.07.30-033.28" },
			headers: { cookie },
		});
		expect(statusOf(right.value)).toBe(302);
		const page = await callRoute(myData.loader as never, { url: "/me", headers: { cookie } });
		expect(page.value).toMatchObject({ profile: { national_number_shown: "85.07.30-033.28" } });
		expect(page.value).not.toHaveProperty("profile.national_number");
	});

	it("never reaches the audit log", async () => {
		const parent = await createTestUser();
		await saveParentProfile({
			db: db(),
			actor: parentActor(parent),
			input: { ...profile, nationalNumber: "85073003328" },
		});
		const events = await db().selectFrom("audit_events").selectAll().where("target_id", "=", parent.id).execute();
		expect(events.length).toBeGreaterThan(0);
		for (const event of events) {
			expect(JSON.stringify(event)).not.toContain("85073003328");
			expect(JSON.stringify(event)).not.toContain("033.28");
		}
	});
});

describe("createDossier", () => {
	it("numbers dossiers 1, 2, 3 … in each group independently", async () => {
		const first = await createTestGroup();
		const second = await createTestGroup();
		const parent = await createTestUser();
		const create = (group: { code: string }, lastName: string) =>
			createDossier({
				db: db(),
				actor: parentActor(parent),
				input: { groupCode: group.code, lastName, firstName: "Léo" },
			});

		const numbers = [];
		numbers.push(await fileNumberOf((await create(first, "Alpha")).childId));
		numbers.push(await fileNumberOf((await create(second, "Alpha")).childId));
		numbers.push(await fileNumberOf((await create(first, "Bravo")).childId));
		numbers.push(await fileNumberOf((await create(first, "Charlie")).childId));
		numbers.push(await fileNumberOf((await create(second, "Bravo")).childId));
		expect(numbers).toEqual([1, 1, 2, 3, 2]);
	});

	it("gives distinct consecutive numbers to 20 dossiers created at once", async () => {
		const group = await createTestGroup();
		const parents = await Promise.all(Array.from({ length: 20 }, () => createTestUser()));
		const results = await Promise.all(
			parents.map((parent, index) =>
				createDossier({
					db: db(),
					actor: parentActor(parent),
					input: { groupCode: group.code, lastName: `Concurrent${index}`, firstName: "Noa" },
				}),
			),
		);
		const numbers = await Promise.all(results.map(({ childId }) => fileNumberOf(childId)));
		expect([...numbers].sort((a, b) => a - b)).toEqual(Array.from({ length: 20 }, (_, index) => index + 1));
	});

	it("makes the creator the first guardian of a dossier « introduit », and accepts the group code in any case", async () => {
		const group = await createTestGroup();
		const parent = await createTestUser();
		const { childId } = await createDossier({
			db: db(),
			actor: parentActor(parent),
			input: { groupCode: ` ${group.code.toLowerCase()} `, lastName: "Martin", firstName: "Jules" },
		});

		const guardianships = await db().selectFrom("guardianships").selectAll().where("child_id", "=", childId).execute();
		expect(guardianships).toEqual([expect.objectContaining({ user_id: parent.id, linked_via: "dossier" })]);
		const children = await listChildrenOfGuardian(db(), parent.id);
		expect(children).toEqual([
			expect.objectContaining({
				id: childId,
				group_id: group.id,
				status: "submitted",
				first_name: "Jules",
				last_name: "Martin",
				group_name: group.name,
			}),
		]);
		expect(children[0]?.submitted_at).toEqual(expect.any(String));
	});

	it("refuses an unknown group code on the group code field", async () => {
		const parent = await createTestUser();
		const error = await errorOf(
			createDossier({
				db: db(),
				actor: parentActor(parent),
				input: { groupCode: "NOSUCHGROUPCODE", lastName: "Martin" },
			}),
		);
		expect(error.code).toBe("VALIDATION");
		expect(error.fieldErrors).toEqual({ groupCode: ["families.groupCode.unknown"] });
	});

	it("refuses a child whose name the group already knows, ignoring case, accents, spaces and hyphens", async () => {
		const group = await createTestGroup();
		const first = await createTestUser();
		await createDossier({
			db: db(),
			actor: parentActor(first),
			input: { groupCode: group.code, lastName: "De Smet-Müller", firstName: "Zoé" },
		});
		const second = await createTestUser();

		const error = await errorOf(
			createDossier({
				db: db(),
				actor: parentActor(second),
				input: { groupCode: group.code, lastName: "desmet muller", firstName: "ZOE" },
			}),
		);
		expect(error.code).toBe("CONFLICT");
		expect(error.fieldErrors).toEqual({ form: ["families.newDossier.duplicate"] });
		expect(await childrenInGroup(group.id)).toBe(1);
		expect(await listChildrenOfGuardian(db(), second.id)).toEqual([]);

		// The same name in another group is another child.
		const otherGroup = await createTestGroup();
		await createDossier({
			db: db(),
			actor: parentActor(second),
			input: { groupCode: otherGroup.code, lastName: "desmet muller", firstName: "ZOE" },
		});
		expect(await childrenInGroup(otherGroup.id)).toBe(1);
	});

	it("lets only one of two parents create the same child at the same moment", async () => {
		const group = await createTestGroup();
		const parents = [await createTestUser(), await createTestUser()];

		const outcomes = await Promise.allSettled(
			parents.map((parent) =>
				createDossier({
					db: db(),
					actor: parentActor(parent),
					input: { groupCode: group.code, lastName: "Jumeau", firstName: "Unique" },
				}),
			),
		);

		expect(await childrenInGroup(group.id)).toBe(1);
		expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
		const rejected = outcomes.find((outcome) => outcome.status === "rejected");
		const reason = rejected?.reason as unknown;
		expect(reason).toBeInstanceOf(AppError);
		expect((reason as AppError).fieldErrors).toEqual({ form: ["families.newDossier.duplicate"] });
	});

	it("refuses the 11th attempt of one account within an hour, whatever the address, until the hour is over", async () => {
		expect(addChildLimits.perAccount.limit).toBe(10);
		pinClock("2027-03-01T08:00:00.000Z");
		const group = await createTestGroup();
		const parent = await createTestUser();
		const attempt = (index: number) =>
			createDossier({
				db: db(),
				actor: parentActor(parent),
				input: { groupCode: group.code, lastName: `Limite${index}`, firstName: "Eva" },
			});
		for (let index = 1; index <= 10; index += 1) await attempt(index);

		pinClock("2027-03-01T08:59:00.000Z");
		const error = await errorOf(attempt(11));
		expect(error.code).toBe("RATE_LIMITED");
		expect(error.retryAfterSeconds).toBeGreaterThan(0);
		expect(error.retryAfterSeconds).toBeLessThanOrEqual(60);
		expect(await childrenInGroup(group.id)).toBe(10);

		// Another parent is not held back by this one.
		const neighbour = await createTestUser();
		await createDossier({
			db: db(),
			actor: parentActor(neighbour),
			input: { groupCode: group.code, lastName: "Voisin", firstName: "Eva" },
		});

		pinClock("2027-03-01T09:01:00.000Z");
		await attempt(12);
		expect(await childrenInGroup(group.id)).toBe(12);
	});
});
