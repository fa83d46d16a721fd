import type { StaffRole } from "#app/db/schema.ts";

/**
 * What a staff member may do in their group. The WHERE clauses of the queries enforce the
 * same scope; these answers go back with the data so the interface shows only what is allowed.
 */
export type StaffAccess = {
	groupId: string;
	membershipId: string;
	userId: string;
	role: StaffRole;
	/**
	 * The houses a house manager or a reader works in; `null` for a group admin (every house).
	 * Their children are those enrolled in these houses (decision 013).
	 */
	houseIds: string[] | null;
};

export function isGroupAdmin(access: StaffAccess): boolean {
	return access.role === "admin";
}

/** The houses this member works with, or null for all of them (group admins only). */
export function houseScope(access: StaffAccess): string[] | null {
	return access.role === "admin" ? null : (access.houseIds ?? []);
}

export function canSeeHouse(access: StaffAccess, houseId: string): boolean {
	const scope = houseScope(access);
	return scope === null || scope.includes(houseId);
}

export function canEditHouse(access: StaffAccess, houseId: string): boolean {
	return access.role === "admin" || (access.role === "house_manager" && canSeeHouse(access, houseId));
}

/** The permissions the screens need, computed once per request. */
export function staffPermissions(access: StaffAccess) {
	const admin = isGroupAdmin(access);
	return {
		manageStaff: admin,
		createHouses: admin,
		/** Archive, restore or delete houses and periods (decision 024). */
		archiveHousesAndPeriods: admin,
		viewAudit: admin,
		manageSettings: admin,
		/** Validate and edit the dossiers they see, remind and remove guardians. */
		manageDossiers: access.role !== "reader",
		/**
		 * Decisions for the whole group (decision 013): the queue of new dossiers (no house yet),
		 * child codes (a code makes its holder a guardian), merging, and enrolling in houses.
		 */
		manageGroupDossiers: admin,
		/** Readers (animators) see only what animators need of a child: no administrative data. */
		animatorView: access.role === "reader",
		/** Read-only members (animators) see lists but change nothing. */
		readOnly: access.role === "reader",
	};
}

export type StaffPermissions = ReturnType<typeof staffPermissions>;
