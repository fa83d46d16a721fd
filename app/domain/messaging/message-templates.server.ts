import type { Database } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { canSeeHouse, type StaffAccess, staffPermissions } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";

/** The ready answers staff of a house may use: the house's own and the group's. */
export async function listMessageTemplates(db: Database, access: StaffAccess, houseId: string) {
	if (!canSeeHouse(access, houseId)) return [];
	return db
		.selectFrom("message_templates")
		.select(["id", "title", "body", "house_id"])
		.where("group_id", "=", access.groupId)
		.where((eb) => eb.or([eb("house_id", "is", null), eb("house_id", "=", houseId)]))
		.orderBy("title")
		.execute();
}

/**
 * Saves a ready answer for one house (or the whole group, group admins only).
 *
 * @throws AppError FORBIDDEN for read-only staff or a non-admin saving for the group; NOT_FOUND
 *   for a house outside the member's houses.
 */
export async function createMessageTemplate(options: {
	db: Database;
	access: StaffAccess;
	houseId: string | null;
	title: string;
	body: string;
}): Promise<string> {
	const { db, access, houseId } = options;
	if (staffPermissions(access).readOnly) throw new AppError("FORBIDDEN");
	if (houseId === null && access.role !== "admin") throw new AppError("FORBIDDEN");
	if (houseId !== null) {
		const house = await db
			.selectFrom("houses")
			.select("id")
			.where("id", "=", houseId)
			.where("group_id", "=", access.groupId)
			.executeTakeFirst();
		if (!house || !canSeeHouse(access, houseId)) throw new AppError("NOT_FOUND");
	}
	const id = newId();
	await db
		.insertInto("message_templates")
		.values({
			id,
			group_id: access.groupId,
			house_id: houseId,
			title: options.title,
			body: options.body,
			created_by_user_id: access.userId,
			created_at: nowIso(),
		})
		.execute();
	return id;
}

/** Deletes a ready answer the member may change. @throws AppError NOT_FOUND otherwise. */
export async function deleteMessageTemplate(options: { db: Database; access: StaffAccess; templateId: string }) {
	const { db, access } = options;
	const template = await db
		.selectFrom("message_templates")
		.select(["id", "house_id"])
		.where("id", "=", options.templateId)
		.where("group_id", "=", access.groupId)
		.executeTakeFirst();
	const allowed =
		template &&
		!staffPermissions(access).readOnly &&
		(template.house_id === null ? access.role === "admin" : canSeeHouse(access, template.house_id));
	if (!allowed) throw new AppError("NOT_FOUND");
	await db.deleteFrom("message_templates").where("id", "=", template.id).execute();
}
