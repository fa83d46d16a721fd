import { closeDb, getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { seedDemoData } from "#app/db/seed.server.ts";
import { runScript } from "./run-script.ts";

await runScript(async () => {
	const db = getDb();
	await migrateToLatest(db);
	const { created } = await seedDemoData(db);
	console.log(created.length > 0 ? `Demo data created: ${created.join("; ")}` : "Demo data already present.");
	await closeDb();
});
