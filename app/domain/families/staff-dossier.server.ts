import type { Database } from "#app/db/db.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { type StaffAccess, staffPermissions } from "../groups/permissions.ts";
import { type ChildRecord, findChild } from "./families.repository.server.ts";

/** A staff member acting on their group's dossiers. */
export type StaffActor = Actor & { access: StaffAccess };

/**
 * The group's child a staff member manages, read in the transaction: NOT_FOUND outside the
 * group, FORBIDDEN for read-only members.
 */
export async function childForStaff(trx: Database, actor: StaffActor, childId: string): Promise<ChildRecord> {
	const child = await findChild(trx, { kind: "staff", access: actor.access }, childId);
	if (!child) throw new AppError("NOT_FOUND");
	if (!staffPermissions(actor.access).manageDossiers) throw new AppError("FORBIDDEN");
	return child;
}
