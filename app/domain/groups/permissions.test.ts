import { describe, expect, it } from "vitest";
import { canEditHouse, canSeeHouse, houseScope, type StaffAccess, staffPermissions } from "./permissions.ts";

const base = { groupId: "g", membershipId: "m", userId: "u", houseIds: null } satisfies Partial<StaffAccess>;
const admin: StaffAccess = { ...base, role: "admin" };
const manager: StaffAccess = { ...base, role: "house_manager", houseIds: ["h1"] };
const reader: StaffAccess = { ...base, role: "reader" };

describe("staff permissions", () => {
	it("admins see and edit every house and manage the group", () => {
		expect(houseScope(admin)).toBeNull();
		expect(canEditHouse(admin, "h2")).toBe(true);
		expect(staffPermissions(admin)).toMatchObject({ manageStaff: true, viewAudit: true, readOnly: false });
	});

	it("house managers see and edit only their houses", () => {
		expect(houseScope(manager)).toEqual(["h1"]);
		expect(canSeeHouse(manager, "h1")).toBe(true);
		expect(canSeeHouse(manager, "h2")).toBe(false);
		expect(canEditHouse(manager, "h2")).toBe(false);
		expect(staffPermissions(manager)).toMatchObject({ manageStaff: false, viewAudit: false });
	});

	it("readers see every house and change nothing", () => {
		expect(canSeeHouse(reader, "h2")).toBe(true);
		expect(canEditHouse(reader, "h1")).toBe(false);
		expect(staffPermissions(reader).readOnly).toBe(true);
	});

	it("a house manager without houses sees none", () => {
		expect(houseScope({ ...manager, houseIds: null })).toEqual([]);
	});
});
