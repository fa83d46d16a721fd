import { closeDb, getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { runScript } from "./run-script.ts";

await runScript(async () => {
	const applied = await migrateToLatest(getDb());
	console.log(applied.length > 0 ? `Applied: ${applied.join(", ")}` : "Database is up to date.");
	await closeDb();
});
