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

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one, so a use
 * case can be called on its own or as part of a larger change (the seed, another use case).
 */
export async function withTransaction<T>(db: Database, work: (trx: Database) => Promise<T>): Promise<T> {
	if (db.isTransaction) return work(db);
	return db.transaction().execute((trx) => work(trx));
}
