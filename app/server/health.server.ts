import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import { pendingMigrations } from "#app/db/migrate.server.ts";

export type Readiness =
	| { ready: true; database: "ok"; migrations: "applied" }
	| { ready: false; database: "ok" | "unreachable"; migrations: "applied" | "pending" | "unknown" };

/** Ready means: the database answers and every migration in the code is applied to it. */
export async function checkReadiness(db: Database): Promise<Readiness> {
	try {
		await sql`select 1`.execute(db);
	} catch {
		return { ready: false, database: "unreachable", migrations: "unknown" };
	}
	const pending = await pendingMigrations(db);
	if (pending.length > 0) return { ready: false, database: "ok", migrations: "pending" };
	return { ready: true, database: "ok", migrations: "applied" };
}
