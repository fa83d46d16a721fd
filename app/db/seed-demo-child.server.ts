import type { Database } from "./db.server.ts";

/**
 * The demo's Nino in the group (the demo family's child the other seeds attach their data to),
 * or undefined before the families are seeded.
 */
export async function findDemoNino(db: Database, groupId: string): Promise<{ id: string } | undefined> {
	return db
		.selectFrom("children")
		.select("id")
		.where("group_id", "=", groupId)
		.where("first_name", "=", "Nino")
		.executeTakeFirst();
}
