import type { Database } from "#app/db/db.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { type StaffAccess, staffPermissions } from "../groups/permissions.ts";
import { type ChildRecord, findChild } from "./families.repository.server.ts";

/** A staff member acting on their group's dossiers. */
export type StaffActor = Actor & { access: StaffAccess };

/**
 * What the action needs (decision 013): `edit` for the dossier's managers (group admins and
 * managers of the child's houses), `group` for group admins only (child codes, merging,
 * enrolments: decisions that reach beyond one house).
 */
export type StaffDossierRight = "edit" | "group";

/**
 * The child a staff member acts on, read in the transaction: NOT_FOUND outside their scope
 * (another group, or a child not in their houses), FORBIDDEN when their role may not do this.
 */
export async function childForStaff(
	trx: Database,
	actor: StaffActor,
	childId: string,
	right: StaffDossierRight = "edit",
): Promise<ChildRecord> {
	const child = await findChild(trx, { kind: "staff", access: actor.access }, childId);
	if (!child) throw new AppError("NOT_FOUND");
	const permissions = staffPermissions(actor.access);
	if (!permissions.manageDossiers) throw new AppError("FORBIDDEN");
	if (right === "group" && !permissions.manageGroupDossiers) throw new AppError("FORBIDDEN");
	return child;
}
