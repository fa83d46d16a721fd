import type { Kysely } from "kysely";
import { getConfig } from "#app/infra/config.server.ts";
import { type DatabaseHandle, openDatabase } from "./dialect.server.ts";
import type { DB } from "./schema.ts";

export type Database = Kysely<DB>;

let handle: DatabaseHandle<DB> | undefined;

/** The process-wide database, opened on first use from the configuration. */
export function getDb(): Database {
	handle ??= openDatabase<DB>(getConfig().database);
	return handle.db;
}

/** Closes the process-wide database (graceful shutdown, end of a test file). */
export async function closeDb(): Promise<void> {
	const current = handle;
	handle = undefined;
	await current?.db.destroy();
}
