/**
 * Builders for integration tests. They go through the real use cases and invent unique
 * values, so a test only states what matters to it.
 */
import { randomInt } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import { getDb } from "#app/db/db.server.ts";
import type { StaffRole } from "#app/db/schema.ts";
import { insertUserWithPassword } from "#app/domain/accounts/accounts.repository.server.ts";
import { getAuth } from "#app/domain/accounts/auth.server.ts";
import { createDossier } from "#app/domain/families/create-dossier.server.ts";
import type { DossierActor } from "#app/domain/families/dossier-access.server.ts";
import { enrolChild } from "#app/domain/families/enrol-child.server.ts";
import { issueChildCode } from "#app/domain/families/issue-child-code.server.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import type { GroupInput, HouseInput } from "#app/domain/groups/group-input.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { findStaffAccess, saveMembership } from "#app/domain/groups/staff.repository.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function uniqueLetters(length = 10): string {
	return Array.from({ length }, () => letters[randomInt(letters.length)]).join("");
}

let sequence = 0;
function next(): number {
	sequence += 1;
	return sequence;
}

export async function createTestGroup(overrides: Partial<GroupInput> = {}) {
	const number = next();
	const input: GroupInput = {
		name: `Groupe de test ${number}`,
		code: uniqueLetters(),
		contactPhone: "087/00.00.00",
		contactEmail: `groupe${number}@example.test`,
		...overrides,
	};
	const { id, code } = await createGroup({ db: getDb(), input });
	return { id, code, name: input.name };
}

export async function createTestHouse(groupId: string, overrides: Partial<HouseInput> = {}) {
	const number = next();
	const input: HouseInput = {
		name: `Maison de test ${number}`,
		kind: "holiday_centre",
		address: `Rue de l'Essai ${number}`,
		postalCode: "4830",
		locality: "Limbourg",
		...overrides,
	};
	const { id } = await createHouse({ db: getDb(), groupId, input });
	return { id, name: input.name };
}

// Hashing is memory-hard on purpose: hash each distinct test password once per file.
const passwordHashes = new Map<string, Promise<string>>();
function passwordHashFor(password: string): Promise<string> {
	let hash = passwordHashes.get(password);
	if (!hash) {
		hash = hashPassword(password);
		passwordHashes.set(password, hash);
	}
	return hash;
}

export type TestUser = {
	id: string;
	email: string;
	username: string;
	password: string;
	firstName: string;
	lastName: string;
};

/**
 * A confirmed account with a known password, written like sign-up writes it (the password
 * hashed by better-auth) without going through the mailbox.
 */
export async function createTestUser(
	overrides: Partial<Omit<TestUser, "id">> & { confirmed?: boolean; language?: string } = {},
): Promise<TestUser> {
	const number = next();
	const username = overrides.username ?? `parent${number}${uniqueLetters(4).toLowerCase()}`;
	const user = {
		id: newId(),
		email: overrides.email ?? `${username}@example.test`,
		username,
		password: overrides.password ?? "Girafe-Violette-42!",
		firstName: overrides.firstName ?? "Camille",
		lastName: overrides.lastName ?? `Test${number}`,
	};
	await insertUserWithPassword(getDb(), {
		id: user.id,
		email: user.email,
		username: user.username,
		firstName: user.firstName,
		lastName: user.lastName,
		language: overrides.language ?? "fr",
		passwordHash: await passwordHashFor(user.password),
		emailVerified: overrides.confirmed ?? true,
		at: now(),
	});
	return user;
}

/** Signs the user in through better-auth and returns the Cookie header of that session. */
export async function sessionCookieFor(user: Pick<TestUser, "email" | "password">): Promise<string> {
	const { headers } = await getAuth().api.signInEmail({
		body: { email: user.email, password: user.password },
		returnHeaders: true,
	});
	return cookieHeaderFrom(headers);
}

/** Turns Set-Cookie headers into the Cookie header a browser would send back. */
export function cookieHeaderFrom(headers: Headers): string {
	return headers
		.getSetCookie()
		.map((cookie) => cookie.split(";")[0])
		.filter((pair) => pair && !pair.endsWith("="))
		.join("; ");
}

/** A confirmed user who is a platform operator. */
export async function createTestOperator(): Promise<TestUser> {
	const user = await createTestUser({ firstName: "Olivia", lastName: "Operatrice" });
	await getDb().insertInto("operators").values({ user_id: user.id, created_at: now().toISOString() }).execute();
	return user;
}

/** A confirmed user on a group's staff, with the given role (and houses for a house manager or reader). */
export async function createTestStaffMember(
	groupId: string,
	role: StaffRole,
	houseIds: string[] = [],
): Promise<TestUser & { membershipId: string; access: StaffAccess }> {
	const user = await createTestUser({ firstName: "Sam", lastName: `Staff${next()}` });
	const membershipId = await saveMembership(getDb(), {
		id: newId(),
		groupId,
		userId: user.id,
		role,
		houseIds,
		at: now().toISOString(),
	});
	const access = await findStaffAccess(getDb(), user.id, groupId);
	if (!access) throw new Error("membership not saved");
	return { ...user, membershipId, access };
}

/** A group with two houses, an admin, a manager and a reader of the first house. */
export async function createTestTenant() {
	const group = await createTestGroup();
	const firstHouse = await createTestHouse(group.id, { name: "Maison Une" });
	const secondHouse = await createTestHouse(group.id, { name: "Maison Deux" });
	return {
		group,
		firstHouse,
		secondHouse,
		admin: await createTestStaffMember(group.id, "admin"),
		manager: await createTestStaffMember(group.id, "house_manager", [firstHouse.id]),
		reader: await createTestStaffMember(group.id, "reader", [firstHouse.id]),
	};
}

/**
 * Enrols the child in a house of its group from `startsOn` (default: long ago), through the
 * real use case, as the group's admin would.
 */
export async function enrolTestChild(
	childId: string,
	houseId: string,
	admin: { id: string; access: StaffAccess },
	dates: { startsOn?: string; endsOn?: string } = {},
) {
	return enrolChild({
		db: getDb(),
		actor: staffActor(admin),
		childId,
		input: { houseId, startsOn: dates.startsOn ?? "2020-01-01", endsOn: dates.endsOn },
	});
}

/** The actor of a parent acting on their own children (for dossier use cases). */
export function guardianActor(user: Pick<TestUser, "id">): DossierActor {
	return { userId: user.id, ipAddress: "127.0.0.1", viewer: { kind: "guardian", userId: user.id } };
}

/** The actor of a staff member acting on their group's dossiers. */
export function staffActor(member: { id: string; access: StaffAccess }): DossierActor & { access: StaffAccess } {
	return {
		userId: member.id,
		ipAddress: "127.0.0.1",
		access: member.access,
		viewer: { kind: "staff", access: member.access },
	};
}

/**
 * A child with a dossier « introduit » by a new parent (or the given one) in the group, through
 * the real « Créer un nouveau dossier » use case.
 */
export async function createTestChild(
	group: { code: string },
	options: { guardian?: TestUser; lastName?: string; firstName?: string } = {},
) {
	const guardian = options.guardian ?? (await createTestUser());
	const number = next();
	const { childId } = await createDossier({
		db: getDb(),
		actor: { userId: guardian.id, ipAddress: `10.0.${Math.floor(number / 250)}.${number % 250}` },
		input: {
			groupCode: group.code,
			lastName: options.lastName ?? `Enfant${number}`,
			firstName: options.firstName ?? "Zoé",
		},
	});
	return { id: childId, guardian };
}

/** Valid general data for a dossier (a real national number: a girl born on 22/08/2020). */
export const completeGeneralData = {
	firstName: "Zoé",
	lastName: "Dupont",
	nationalNumber: "20.08.22-246.84",
	street: "Rue Haute",
	houseNumber: "12",
	postalCode: "4830",
	locality: "Limbourg",
	country: "BE",
	language: "fr",
} as const;

/** Issues a child code for the child, as staff of its group would. */
export async function issueTestChildCode(childId: string, admin: { id: string; access: StaffAccess }) {
	return issueChildCode({ db: getDb(), actor: staffActor(admin), childId });
}
