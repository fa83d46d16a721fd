import { describe, expect, it } from "vitest";
import { canEditHouse, canSeeHouse, houseScope, type StaffAccess, staffPermissions } from "./permissions.ts";

const base = { groupId: "g", membershipId: "m", userId: "u", houseIds: null } satisfies Partial<StaffAccess>;
const admin: StaffAccess = { ...base, role: "admin" };
const manager: StaffAccess = { ...base, role: "house_manager", houseIds: ["h1"] };
const reader: StaffAccess = { ...base, role: "reader", houseIds: ["h1"] };

describe("staff permissions", () => {
	it("admins see and edit every house and manage the group", () => {
		expect(houseScope(admin)).toBeNull();
		expect(canEditHouse(admin, "h2")).toBe(true);
		expect(staffPermissions(admin)).toMatchObject({
			manageStaff: true,
			viewAudit: true,
			readOnly: false,
			manageGroupDossiers: true,
			animatorView: false,
		});
	});

	it("house managers see and edit only their houses", () => {
		expect(houseScope(manager)).toEqual(["h1"]);
		expect(canSeeHouse(manager, "h1")).toBe(true);
		expect(canSeeHouse(manager, "h2")).toBe(false);
		expect(canEditHouse(manager, "h2")).toBe(false);
		expect(staffPermissions(manager)).toMatchObject({
			manageStaff: false,
			viewAudit: false,
			manageDossiers: true,
			manageGroupDossiers: false,
			animatorView: false,
		});
	});

	it("readers see only their houses, with the animator view, and change nothing", () => {
		expect(houseScope(reader)).toEqual(["h1"]);
		expect(canSeeHouse(reader, "h1")).toBe(true);
		expect(canSeeHouse(reader, "h2")).toBe(false);
		expect(canEditHouse(reader, "h1")).toBe(false);
		expect(staffPermissions(reader)).toMatchObject({
			readOnly: true,
			manageDossiers: false,
			manageGroupDossiers: false,
			animatorView: true,
		});
	});

	it("a house manager or reader without houses sees none", () => {
		expect(houseScope({ ...manager, houseIds: null })).toEqual([]);
		expect(houseScope({ ...reader, houseIds: null })).toEqual([]);
	});
});
