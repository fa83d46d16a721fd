import type { Database } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { type GroupInput, groupInputSchema } from "./group-input.ts";
import { insertGroup } from "./groups.repository.server.ts";

/**
 * Creates a group (tenant). Fails with CONFLICT on `code` when another group already uses the
 * same code in any case.
 */
export async function createGroup(options: {
	/** The database or the caller's transaction. */
	db: Database;
	/** The group's name, code and contact details as typed. */
	input: GroupInput;
}): Promise<{ id: string; code: string }> {
	const input = parseInput(groupInputSchema, options.input);
	const timestamp = nowIso();
	const id = newId();
	try {
		await insertGroup(options.db, {
			id,
			name: input.name,
			code: input.code,
			contact_phone: input.contactPhone ?? null,
			contact_email: input.contactEmail ?? null,
			created_at: timestamp,
			updated_at: timestamp,
		});
	} catch (error) {
		if (isUniqueViolation(error)) throw new AppError("CONFLICT", { fieldErrors: { code: ["groups.code.taken"] } });
		throw error;
	}
	return { id, code: input.code };
}
