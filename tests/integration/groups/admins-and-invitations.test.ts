import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { acceptInvitation } from "#app/domain/groups/accept-invitation.server.ts";
import { changeStaffMember } from "#app/domain/groups/change-staff-member.server.ts";
import { inviteStaff } from "#app/domain/groups/invite-staff.server.ts";
import { removeStaffMember } from "#app/domain/groups/remove-staff-member.server.ts";
import { countAdmins, findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { action as acceptAction, loader as acceptLoader } from "#app/routes/invitations/accept.server.ts";
import {
	createTestGroup,
	createTestHouse,
	createTestStaffMember,
	createTestTenant,
	createTestUser,
	sessionCookieFor,
} from "#tests/factories.ts";
import { invitationTokenSentTo } from "#tests/support/outbox.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

const db = () => getDb();
const ip = "192.0.2.20";

async function outcome(promise: Promise<unknown>): Promise<"done" | string> {
	return promise.then(
		() => "done",
		(error: unknown) => {
			if (error instanceof AppError) return error.code;
			throw error;
		},
	);
}

describe("invitations go only to their addressee", () => {
	it("refuses a signed-in account whose address is not the invited one, and changes nothing", async () => {
		const tenant = await createTestTenant();
		const actor = { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access };
		const addressee = await createTestUser();
		await inviteStaff({
			db: db(),
			actor,
			groupId: tenant.group.id,
			input: { email: addressee.email, role: "reader", houseIds: [tenant.firstHouse.id] },
			language: "fr",
		});
		const token = await invitationTokenSentTo(addressee.email);

		// The group's only admin opens the reader invitation while signed in.
		const refused = await acceptInvitation({
			db: db(),
			token,
			viewerUserId: tenant.admin.id,
			language: "fr",
			ipAddress: ip,
		}).catch((error: unknown) => error);
		expect(refused).toBeInstanceOf(AppError);
		expect(refused).toMatchObject({ code: "FORBIDDEN", fieldErrors: { form: ["staff.invitation.wrongAccount"] } });
		expect(await findStaffAccess(db(), tenant.admin.id, tenant.group.id)).toMatchObject({ role: "admin" });
		expect(await countAdmins(db(), tenant.group.id)).toBe(1);
		// Nor can a stranger join with it.
		const stranger = await createTestUser();
		expect(
			await outcome(acceptInvitation({ db: db(), token, viewerUserId: stranger.id, language: "fr", ipAddress: ip })),
		).toBe("FORBIDDEN");
		expect(await findStaffAccess(db(), stranger.id, tenant.group.id)).toBeUndefined();

		// The link is still good for its addressee.
		await acceptInvitation({ db: db(), token, viewerUserId: addressee.id, language: "fr", ipAddress: ip });
		expect(await findStaffAccess(db(), addressee.id, tenant.group.id)).toMatchObject({ role: "reader" });
	});

	it("the page tells someone else's account so, offers no button, and its action changes nothing", async () => {
		const tenant = await createTestTenant();
		await inviteStaff({
			db: db(),
			actor: { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access },
			groupId: tenant.group.id,
			input: { email: "future-reader@example.test", role: "reader", houseIds: [tenant.firstHouse.id] },
			language: "fr",
		});
		const token = await invitationTokenSentTo("future-reader@example.test");
		const cookie = await sessionCookieFor(tenant.admin);
		const page = await callRoute(acceptLoader as never, {
			url: `/invitations/accept?token=${token}`,
			headers: { cookie },
		});
		expect(page.value).toMatchObject({ state: "valid", forSomeoneElse: true, email: "future-reader@example.test" });
		const posted = await callRoute(acceptAction as never, {
			url: "/invitations/accept",
			form: { token },
			headers: { cookie },
		});
		expect(statusOf(posted.value)).toBe(403);
		expect((posted.value as { data?: unknown }).data).toEqual({ refused: "staff.invitation.wrongAccount" });
		expect(await findStaffAccess(db(), tenant.admin.id, tenant.group.id)).toMatchObject({ role: "admin" });
	});

	it("refuses an addressee whose address is not confirmed", async () => {
		const tenant = await createTestTenant();
		const unconfirmed = await createTestUser({ confirmed: false });
		await inviteStaff({
			db: db(),
			actor: { userId: tenant.admin.id, ipAddress: ip, access: tenant.admin.access },
			groupId: tenant.group.id,
			input: { email: unconfirmed.email, role: "reader", houseIds: [tenant.firstHouse.id] },
			language: "fr",
		});
		const token = await invitationTokenSentTo(unconfirmed.email);
		expect(
			await outcome(acceptInvitation({ db: db(), token, viewerUserId: unconfirmed.id, language: "fr", ipAddress: ip })),
		).toBe("FORBIDDEN");
		expect(await findStaffAccess(db(), unconfirmed.id, tenant.group.id)).toBeUndefined();
	});

	it("never changes the role of someone already on the staff", async () => {
		const group = await createTestGroup();
		const house = await createTestHouse(group.id);
		const admin = await createTestStaffMember(group.id, "admin");
		const other = await createTestStaffMember(group.id, "admin");
		await inviteStaff({
			db: db(),
			actor: { userId: other.id, ipAddress: ip, access: other.access },
			groupId: group.id,
			input: { email: "someone-later@example.test", role: "reader", houseIds: [house.id] },
			language: "fr",
		});
		// The invited address now belongs to the first admin (changed since the invitation).
		await db().updateTable("users").set({ email: "someone-later@example.test" }).where("id", "=", admin.id).execute();
		const token = await invitationTokenSentTo("someone-later@example.test");
		expect(
			await outcome(acceptInvitation({ db: db(), token, viewerUserId: admin.id, language: "fr", ipAddress: ip })),
		).toBe("CONFLICT");
		expect(await findStaffAccess(db(), admin.id, group.id)).toMatchObject({ role: "admin" });
	});
});

describe("a group always keeps an admin, under concurrency", () => {
	async function twoAdmins() {
		const group = await createTestGroup();
		const house = await createTestHouse(group.id);
		const first = await createTestStaffMember(group.id, "admin");
		const second = await createTestStaffMember(group.id, "admin");
		const actorOf = (member: typeof first) => ({ userId: member.id, ipAddress: ip, access: member.access });
		return { group, house, first, second, actorOf };
	}

	it("two admins demoting each other at the same moment leave one admin", async () => {
		for (let round = 0; round < 5; round++) {
			const { group, house, first, second, actorOf } = await twoAdmins();
			const results = await Promise.all([
				outcome(
					changeStaffMember({
						db: db(),
						actor: actorOf(first),
						membershipId: second.membershipId,
						input: { role: "reader", houseIds: [house.id] },
					}),
				),
				outcome(
					changeStaffMember({
						db: db(),
						actor: actorOf(second),
						membershipId: first.membershipId,
						input: { role: "reader", houseIds: [house.id] },
					}),
				),
			]);
			expect(results.filter((result) => result === "done")).toHaveLength(1);
			expect(await countAdmins(db(), group.id)).toBe(1);
		}
	});

	it("an admin demoting the other while being removed by them leaves one admin", async () => {
		for (let round = 0; round < 5; round++) {
			const { group, house, first, second, actorOf } = await twoAdmins();
			const results = await Promise.all([
				outcome(removeStaffMember({ db: db(), actor: actorOf(first), membershipId: second.membershipId })),
				outcome(
					changeStaffMember({
						db: db(),
						actor: actorOf(second),
						membershipId: first.membershipId,
						input: { role: "reader", houseIds: [house.id] },
					}),
				),
			]);
			expect(results.filter((result) => result === "done")).toHaveLength(1);
			expect(await countAdmins(db(), group.id)).toBe(1);
		}
	});

	it("two admins removing each other at the same moment leave one admin", async () => {
		for (let round = 0; round < 5; round++) {
			const { group, first, second, actorOf } = await twoAdmins();
			await Promise.all([
				outcome(removeStaffMember({ db: db(), actor: actorOf(first), membershipId: second.membershipId })),
				outcome(removeStaffMember({ db: db(), actor: actorOf(second), membershipId: first.membershipId })),
			]);
			expect(await countAdmins(db(), group.id)).toBe(1);
		}
	});
});
