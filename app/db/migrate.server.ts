import { type Kysely, type MigrationResultSet, Migrator } from "kysely";
import { migrations } from "./migrations/index.ts";

function migratorFor(db: Kysely<any>) {
	return new Migrator({ db, provider: { getMigrations: async () => migrations } });
}

/** Applies every pending migration; throws the first failure with the migration's name. */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
	const { error, results }: MigrationResultSet = await migratorFor(db).migrateToLatest();
	const failed = results?.find((result) => result.status === "Error");
	if (error) {
		const cause = error instanceof Error ? error.message : String(error);
		throw new Error(failed ? `migration ${failed.migrationName} failed: ${cause}` : `migration failed: ${cause}`);
	}
	return (results ?? []).map((result) => result.migrationName);
}

/** Names of the migrations that exist in code but are not applied to this database yet. */
export async function pendingMigrations(db: Kysely<any>): Promise<string[]> {
	const all = await migratorFor(db).getMigrations();
	return all.filter((migration) => migration.executedAt === undefined).map((migration) => migration.name);
}
