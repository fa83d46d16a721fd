/**
 * `readMenuFacts`, read for the menu on every page: whether a person works for a group and
 * whether they operate the platform, on both databases (one answers 0/1, the other booleans).
 * The unread count it also reads is checked with the threads (messaging/threads.test.ts).
 */
import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { readMenuFacts } from "#app/domain/accounts/menu-facts.server.ts";
import { createTestGroup, createTestOperator, createTestStaffMember, createTestUser } from "#tests/factories.ts";

describe("readMenuFacts", () => {
	it("tells a parent, a staff member, an operator and an operator who is also staff apart", async () => {
		const group = await createTestGroup();
		const parent = await createTestUser();
		const reader = await createTestStaffMember(group.id, "reader");
		const operator = await createTestOperator();
		const both = await createTestOperator();
		// An operator who also works for the group: their membership, moved onto them.
		const bothMember = await createTestStaffMember(group.id, "admin");
		await getDb()
			.updateTable("staff_memberships")
			.set({ user_id: both.id })
			.where("id", "=", bothMember.membershipId)
			.execute();

		expect(await readMenuFacts(getDb(), parent.id)).toEqual({ isStaff: false, isOperator: false, unreadMessages: 0 });
		expect(await readMenuFacts(getDb(), reader.id)).toEqual({ isStaff: true, isOperator: false, unreadMessages: 0 });
		expect(await readMenuFacts(getDb(), operator.id)).toEqual({ isStaff: false, isOperator: true, unreadMessages: 0 });
		expect(await readMenuFacts(getDb(), both.id)).toEqual({ isStaff: true, isOperator: true, unreadMessages: 0 });
	});
});
