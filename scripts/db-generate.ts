/**
 * Builds a group at a city's scale in the configured database (DATABASE_URL, or the embedded
 * SQLite file): `npm run db:generate -- --children 20000 --offers 2000 --registrations 200000
 * --audit 1000000 --meal-bookings 200000 --threads 10000`, each default multiplied by `--scale`
 * (0.1: a tenth). See decision 028.
 */
import { parseArgs } from "node:util";
import { closeDb, getDb } from "#app/db/db.server.ts";
import {
	defaultLargeGroupSizes,
	generateLargeGroup,
	type LargeGroupSizes,
	largeGroupPasswords,
} from "#app/db/large-group.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { runScript } from "./run-script.ts";

const { values } = parseArgs({
	options: {
		scale: { type: "string", default: "1" },
		children: { type: "string" },
		offers: { type: "string" },
		registrations: { type: "string" },
		audit: { type: "string" },
		"meal-bookings": { type: "string" },
		threads: { type: "string" },
		code: { type: "string", default: "GRANDEVILLE" },
		json: { type: "boolean", default: false },
	},
});

await runScript(async () => {
	const scale = Number(values.scale);
	if (!(scale > 0)) throw new Error("--scale must be a positive number");
	const size = (name: keyof LargeGroupSizes) => {
		const given = values[name === "mealBookings" ? "meal-bookings" : name];
		const figure = given === undefined ? Math.round(defaultLargeGroupSizes[name] * scale) : Number(given);
		if (!Number.isInteger(figure) || figure < 0) throw new Error(`--${name} must be a whole number`);
		return figure;
	};
	const sizes = {
		children: size("children"),
		offers: size("offers"),
		registrations: size("registrations"),
		audit: size("audit"),
		mealBookings: size("mealBookings"),
		threads: size("threads"),
	};
	if (sizes.children < 2) throw new Error("--children must be at least 2");
	if (sizes.offers > 0 && sizes.registrations / sizes.offers > sizes.children)
		throw new Error("more registrations per offer than children: a child registers once per offer");
	if (!/^[A-Z]+$/.test(values.code)) throw new Error("--code is letters A–Z only");
	const db = getDb();
	await migrateToLatest(db);
	const taken = await db.selectFrom("groups").select("id").where("code", "=", values.code).executeTakeFirst();
	if (taken) throw new Error(`a group with the code ${values.code} already exists here: pass another --code`);
	const started = performance.now();
	const group = await generateLargeGroup(db, { sizes, code: values.code });
	const seconds = (performance.now() - started) / 1000;
	await closeDb();
	if (values.json) {
		console.log(JSON.stringify({ ...group, seconds }));
		return;
	}
	console.log(`Group ${group.groupCode} (${group.groupId}) generated in ${seconds.toFixed(1)} s:`);
	for (const [what, count] of Object.entries(group.counts)) console.log(`  ${what.padEnd(17)} ${count}`);
	const lower = group.groupCode.toLowerCase();
	console.log(
		`Staff: admin.${lower} (group admin), gestion.${lower} (house manager of Maison 01), password ${largeGroupPasswords.staff}`,
	);
	console.log(`Parent: parent.${lower}, password ${largeGroupPasswords.parent}`);
});
