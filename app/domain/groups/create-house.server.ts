import type { Database } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { type HouseInput, houseInputSchema } from "./group-input.ts";
import { insertHouse } from "./groups.repository.server.ts";

/** Adds a house (maison de l'enfant) to a group. */
export async function createHouse(options: {
	/** The database or the caller's transaction. */
	db: Database;
	/** The group that runs the house. */
	groupId: string;
	/** The house's details as typed. */
	input: HouseInput;
}): Promise<{ id: string }> {
	const input = parseInput(houseInputSchema, options.input);
	const timestamp = nowIso();
	const id = newId();
	await insertHouse(options.db, {
		id,
		group_id: options.groupId,
		name: input.name,
		kind: input.kind,
		address: input.address,
		postal_code: input.postalCode,
		locality: input.locality,
		phone: input.phone ?? null,
		email: input.email ?? null,
		created_at: timestamp,
		updated_at: timestamp,
	});
	return { id };
}
