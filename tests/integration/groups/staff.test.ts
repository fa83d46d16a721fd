import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { listAuditEvents } from "#app/domain/audit/audit.repository.server.ts";
import { acceptInvitation } from "#app/domain/groups/accept-invitation.server.ts";
import { changeStaffMember } from "#app/domain/groups/change-staff-member.server.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import { findHouseForStaff, listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { inviteStaff } from "#app/domain/groups/invite-staff.server.ts";
import { makeOperator } from "#app/domain/groups/make-operator.server.ts";
import { removeStaffMember } from "#app/domain/groups/remove-staff-member.server.ts";
import { revokeInvitation } from "#app/domain/groups/revoke-invitation.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { updateHouse } from "#app/domain/groups/update-house.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import {
	createTestGroup,
	createTestHouse,
	createTestOperator,
	createTestTenant,
	createTestUser,
	uniqueLetters,
} from "#tests/factories.ts";
import { invitationTokenSentTo } from "#tests/support/outbox.ts";

const db = () => getDb();
const ip = "192.0.2.10";

afterEach(() => pinClock(undefined));

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	const error = await promise.then(
		() => undefined,
		(caught: unknown) => caught,
	);
	expect(error).toBeInstanceOf(AppError);
	return error as AppError;
}

const newAccount = (token: string, username: string) => ({
	token,
	username,
	firstName: "Nora",
	lastName: "Nouvelle",
	password: "Cerf-Volant-Bleu-8!",
	confirmPassword: "Cerf-Volant-Bleu-8!",
});

describe("operator", () => {
	it("creates groups; nobody else may", async () => {
		const operator = await createTestOperator();
		const { id } = await createGroup({
			db: db(),
			actor: { userId: operator.id, ipAddress: ip },
			input: { name: "ASBL Les Moineaux", code: uniqueLetters() },
		});
		const [event] = await listAuditEvents(db(), { groupId: id, limit: 5 });
		expect(event).toMatchObject({ action: "group.created", actor_user_id: operator.id, ip_address: ip });

		const parent = await createTestUser();
		const refused = await errorOf(
			createGroup({
				db: db(),
				actor: { userId: parent.id, ipAddress: ip },
				input: { name: "X", code: uniqueLetters() },
			}),
		);
		expect(refused.code).toBe("FORBIDDEN");
	});

	it("invites a group's first admin, who creates an account from the link, once", async () => {
		const operator = await createTestOperator();
		const group = await createTestGroup();
		const email = `admin.${uniqueLetters(6).toLowerCase()}@example.test`;
		await inviteStaff({
			db: db(),
			actor: { userId: operator.id, ipAddress: ip },
			groupId: group.id,
			input: { email, role: "admin" },
			language: "fr",
		});
		const token = await invitationTokenSentTo(email);

		const { userId, groupId } = await acceptInvitation({
			db: db(),
			token,
			viewerUserId: null,
			newAccount: newAccount(token, `nora${uniqueLetters(4).toLowerCase()}`),
			language: "nl",
			ipAddress: ip,
		});
		expect(groupId).toBe(group.id);
		expect(await findStaffAccess(db(), userId, group.id)).toMatchObject({ role: "admin", houseIds: null });
		const user = await db()
			.selectFrom("users")
			.select(["email", "email_verified", "language"])
			.where("id", "=", userId)
			.executeTakeFirst();
		expect(user).toEqual({ email, email_verified: true, language: "nl" });

		const again = await errorOf(
			acceptInvitation({
				db: db(),
				token,
				viewerUserId: null,
				newAccount: newAccount(token, "another.one"),
				language: "fr",
				ipAddress: ip,
			}),
		);
		expect(again.code).toBe("NOT_FOUND");
	});

	it("only invites admins", async () => {
		const operator = await createTestOperator();
		const group = await createTestGroup();
		const error = await errorOf(
			inviteStaff({
				db: db(),
				actor: { userId: operator.id, ipAddress: ip },
				groupId: group.id,
				input: { email: "r@example.test", role: "reader", houseIds: ["any"] },
				language: "fr",
			}),
		);
		expect(error.fieldErrors).toEqual({ role: ["staff.invite.operatorInvitesAdmins"] });
	});

	it("is created from the command line with a one-time link to choose a password", async () => {
		const email = `ops.${uniqueLetters(5).toLowerCase()}@example.test`;
		const result = await makeOperator({ db: db(), input: { email } });
		expect(result.created).toBe(true);
		expect(result.setPasswordUrl).toMatch(/\/reset-password\?token=\w{32}$/);
		const existing = await createTestUser();
		expect((await makeOperator({ db: db(), input: { email: existing.email } })).created).toBe(false);
		expect((await errorOf(makeOperator({ db: db(), input: { email: existing.email } }))).code).toBe("CONFLICT");
	});
});

describe("group admins and their staff", () => {
	it("invite a house manager for their own houses only", async () => {
		const tenant = await createTestTenant();
		const elsewhere = await createTestHouse((await createTestGroup()).id);
		const actor = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		const foreign = await errorOf(
			inviteStaff({
				db: db(),
				actor,
				groupId: tenant.group.id,
				input: { email: "m@example.test", role: "house_manager", houseIds: [elsewhere.id] },
				language: "fr",
			}),
		);
		expect(foreign.fieldErrors).toEqual({ houseIds: ["staff.houses.required"] });
		const none = await errorOf(
			inviteStaff({
				db: db(),
				actor,
				groupId: tenant.group.id,
				input: { email: "m@example.test", role: "house_manager" },
				language: "fr",
			}),
		);
		expect(none.fieldErrors).toEqual({ houseIds: ["staff.houses.required"] });

		const existing = await createTestUser();
		await inviteStaff({
			db: db(),
			actor,
			groupId: tenant.group.id,
			input: { email: existing.email, role: "house_manager", houseIds: [tenant.secondHouse.id] },
			language: "de",
		});
		const token = await invitationTokenSentTo(existing.email);
		await acceptInvitation({ db: db(), token, viewerUserId: existing.id, language: "fr", ipAddress: ip });
		expect(await findStaffAccess(db(), existing.id, tenant.group.id)).toMatchObject({
			role: "house_manager",
			houseIds: [tenant.secondHouse.id],
		});
	});

	it("cannot invite someone already on the staff, nor be invited by a non-admin", async () => {
		const tenant = await createTestTenant();
		const asAdmin = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		const duplicate = await errorOf(
			inviteStaff({
				db: db(),
				actor: asAdmin,
				groupId: tenant.group.id,
				input: { email: tenant.reader.email, role: "reader", houseIds: [tenant.firstHouse.id] },
				language: "fr",
			}),
		);
		expect(duplicate.fieldErrors).toEqual({ email: ["staff.invite.alreadyMember"] });
		const asManager = { userId: tenant.manager.id, ipAddress: ip, access: tenant.manager.access };
		expect(
			(
				await errorOf(
					inviteStaff({
						db: db(),
						actor: asManager,
						groupId: tenant.group.id,
						input: { email: "x@example.test", role: "reader", houseIds: [tenant.firstHouse.id] },
						language: "fr",
					}),
				)
			).code,
		).toBe("FORBIDDEN");
	});

	it("invitations expire after seven days and can be withdrawn", async () => {
		const tenant = await createTestTenant();
		const actor = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		pinClock("2026-11-01T10:00:00Z");
		const { invitationId } = await inviteStaff({
			db: db(),
			actor,
			groupId: tenant.group.id,
			input: { email: "late@example.test", role: "reader", houseIds: [tenant.firstHouse.id] },
			language: "fr",
		});
		const token = await invitationTokenSentTo("late@example.test");
		pinClock("2026-11-08T10:00:01Z");
		expect(
			(
				await errorOf(
					acceptInvitation({ db: db(), token, viewerUserId: tenant.reader.id, language: "fr", ipAddress: ip }),
				)
			).code,
		).toBe("NOT_FOUND");

		pinClock(undefined);
		await inviteStaff({
			db: db(),
			actor,
			groupId: tenant.group.id,
			input: { email: "withdrawn@example.test", role: "reader", houseIds: [tenant.firstHouse.id] },
			language: "fr",
		});
		const withdrawnToken = await invitationTokenSentTo("withdrawn@example.test");
		const pending = await db()
			.selectFrom("staff_invitations")
			.select("id")
			.where("email", "=", "withdrawn@example.test")
			.executeTakeFirstOrThrow();
		await revokeInvitation({ db: db(), actor, invitationId: pending.id });
		expect(
			(
				await errorOf(
					acceptInvitation({
						db: db(),
						token: withdrawnToken,
						viewerUserId: tenant.reader.id,
						language: "fr",
						ipAddress: ip,
					}),
				)
			).code,
		).toBe("NOT_FOUND");
		expect(invitationId).toBeTruthy();
	});

	it("readers, like house managers, are given houses: they keep them, and cannot be left without", async () => {
		const tenant = await createTestTenant();
		const actor = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		const withoutHouse = await errorOf(
			inviteStaff({
				db: db(),
				actor,
				groupId: tenant.group.id,
				input: { email: "animateur@example.test", role: "reader" },
				language: "fr",
			}),
		);
		expect(withoutHouse.fieldErrors).toEqual({ houseIds: ["staff.houses.required"] });
		await inviteStaff({
			db: db(),
			actor,
			groupId: tenant.group.id,
			input: { email: "animateur@example.test", role: "reader", houseIds: [tenant.secondHouse.id] },
			language: "fr",
		});
		const newcomer = await createTestUser({ email: "animateur@example.test" });
		await acceptInvitation({
			db: db(),
			token: await invitationTokenSentTo("animateur@example.test"),
			viewerUserId: newcomer.id,
			language: "fr",
			ipAddress: ip,
		});
		expect(await findStaffAccess(db(), newcomer.id, tenant.group.id)).toMatchObject({
			role: "reader",
			houseIds: [tenant.secondHouse.id],
		});
		const emptied = await errorOf(
			changeStaffMember({ db: db(), actor, membershipId: tenant.reader.membershipId, input: { role: "reader" } }),
		);
		expect(emptied.fieldErrors).toEqual({ houseIds: ["staff.houses.required"] });
		await changeStaffMember({
			db: db(),
			actor,
			membershipId: tenant.reader.membershipId,
			input: { role: "reader", houseIds: [tenant.firstHouse.id, tenant.secondHouse.id] },
		});
		expect((await findStaffAccess(db(), tenant.reader.id, tenant.group.id))?.houseIds?.sort()).toEqual(
			[tenant.firstHouse.id, tenant.secondHouse.id].sort(),
		);
	});

	it("change roles and houses, but always keep an admin", async () => {
		const tenant = await createTestTenant();
		const actor = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		const demote = await errorOf(
			changeStaffMember({
				db: db(),
				actor,
				membershipId: tenant.admin.membershipId,
				input: { role: "reader", houseIds: [tenant.firstHouse.id] },
			}),
		);
		expect(demote.fieldErrors).toEqual({ role: ["staff.lastAdmin"] });
		expect((await errorOf(removeStaffMember({ db: db(), actor, membershipId: tenant.admin.membershipId }))).code).toBe(
			"CONFLICT",
		);

		await changeStaffMember({
			db: db(),
			actor,
			membershipId: tenant.reader.membershipId,
			input: { role: "house_manager", houseIds: [tenant.secondHouse.id] },
		});
		expect(await findStaffAccess(db(), tenant.reader.id, tenant.group.id)).toMatchObject({
			role: "house_manager",
			houseIds: [tenant.secondHouse.id],
		});
		await removeStaffMember({ db: db(), actor, membershipId: tenant.manager.membershipId });
		expect(await findStaffAccess(db(), tenant.manager.id, tenant.group.id)).toBeUndefined();

		const otherGroup = await createTestTenant();
		const foreign = await errorOf(removeStaffMember({ db: db(), actor, membershipId: otherGroup.reader.membershipId }));
		expect(foreign.code).toBe("NOT_FOUND");
		expect(await findStaffAccess(db(), otherGroup.reader.id, otherGroup.group.id)).toBeDefined();
	});
});

describe("houses", () => {
	it("a house manager sees and edits only their houses; a reader sees only theirs and edits none", async () => {
		const tenant = await createTestTenant();
		expect((await listHousesForStaff(db(), tenant.manager.access)).map((house) => house.name)).toEqual(["Maison Une"]);
		expect(await findHouseForStaff(db(), tenant.manager.access, tenant.secondHouse.id)).toBeUndefined();
		expect((await listHousesForStaff(db(), tenant.reader.access)).map((house) => house.name)).toEqual(["Maison Une"]);
		expect(await findHouseForStaff(db(), tenant.reader.access, tenant.secondHouse.id)).toBeUndefined();

		const input = {
			name: "Maison Une rénovée",
			kind: "creche" as const,
			address: "Rue Neuve 1",
			postalCode: "4830",
			locality: "Limbourg",
		};
		await updateHouse({
			db: db(),
			actor: { userId: tenant.manager.id, ipAddress: ip, access: tenant.manager.access },
			houseId: tenant.firstHouse.id,
			input,
		});
		const other = await errorOf(
			updateHouse({
				db: db(),
				actor: { userId: tenant.manager.id, ipAddress: ip, access: tenant.manager.access },
				houseId: tenant.secondHouse.id,
				input,
			}),
		);
		expect(other.code).toBe("NOT_FOUND");
		const asReader = await errorOf(
			updateHouse({
				db: db(),
				actor: { userId: tenant.reader.id, ipAddress: ip, access: tenant.reader.access },
				houseId: tenant.firstHouse.id,
				input,
			}),
		);
		expect(asReader.code).toBe("FORBIDDEN");
		const creating = await errorOf(
			createHouse({
				db: db(),
				groupId: tenant.group.id,
				actor: { userId: tenant.manager.id, ipAddress: ip, access: tenant.manager.access },
				input,
			}),
		);
		expect(creating.code).toBe("FORBIDDEN");
	});
});

describe("audit log", () => {
	it("shows a group only its own events, filtered and paged, written with the change", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const actor = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		for (let number = 0; number < 3; number++) {
			await createHouse({
				db: db(),
				groupId: tenant.group.id,
				actor,
				input: { name: `Annexe ${number}`, kind: "school", address: "Rue 1", postalCode: "4830", locality: "Limbourg" },
			});
		}
		await createHouse({
			db: db(),
			groupId: other.group.id,
			actor: { userId: other.admin.id, ipAddress: ip, access: other.admin.access },
			input: { name: "Ailleurs", kind: "school", address: "Rue 2", postalCode: "4800", locality: "Verviers" },
		});
		const mine = await listAuditEvents(db(), { groupId: tenant.group.id, actionPrefix: "house.", limit: 50 });
		expect(mine.map((event) => event.details)).toEqual(
			expect.arrayContaining([JSON.stringify({ name: "Annexe 0" }), JSON.stringify({ name: "Annexe 2" })]),
		);
		expect(mine.every((event) => !event.details.includes("Ailleurs"))).toBe(true);
		expect(mine.filter((event) => event.actor_user_id === tenant.admin.id)).toHaveLength(3);

		const firstPage = await listAuditEvents(db(), { groupId: tenant.group.id, actorUserId: tenant.admin.id, limit: 2 });
		const last = firstPage.at(-1);
		const secondPage = await listAuditEvents(db(), {
			groupId: tenant.group.id,
			actorUserId: tenant.admin.id,
			limit: 2,
			before: last ? { occurredAt: last.occurred_at, id: last.id } : undefined,
		});
		expect(firstPage).toHaveLength(2);
		expect(secondPage).toHaveLength(1);
		expect(new Set([...firstPage, ...secondPage].map((event) => event.id)).size).toBe(3);
		expect(
			await listAuditEvents(db(), { groupId: tenant.group.id, from: "2999-01-01T00:00:00.000Z", limit: 5 }),
		).toEqual([]);
	});
});
