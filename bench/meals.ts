/**
 * Meals at a house's scale (issue 12): the parent's week view (« Repas ») and the kitchen's list
 * of a day, for a house serving « Repas chaud » to 400 enrolled children with 20 weeks of menus
 * and bookings, against the catalogue page (« Stages ») measured in the same run, on the same
 * server. Prints, for each page and the same number of requests: p50/p95/p99 latency, the
 * server's CPU milliseconds per request (primary and workers, read from /proc), and the ratios
 * to the catalogue.
 *
 *   npm run build && npm run bench:meals [-- --requests 400 --connections 4 --workers 2 --db sqlite|postgres]
 *
 * A fresh database each run: a SQLite file in a temporary directory, or with `--db postgres` (or
 * DATABASE_URL=postgres://…) a new database on that server, dropped at the end. Parents,
 * children, enrolments, the offer and the menus go through the real use cases; the bookings
 * (about 33,000 rows) are bulk inserts that keep the unique key (offer, child, day), serve
 * only days the house serves, and copy the price in force on each day, as « Inscrire mon
 * enfant » does. Each kitchen view writes its audit row, as in production.
 */
import { randomBytes } from "node:crypto";
import os from "node:os";
import { parseArgs } from "node:util";
import type { Insertable } from "kysely";
import { closeDb, type Database, getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import type { DB } from "#app/db/schema.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { mondayOf } from "#app/domain/meals/deadlines.ts";
import { houseCalendar, pricesOf } from "#app/domain/meals/meal-rules.repository.server.ts";
import { createMealOffer, saveMealMenu } from "#app/domain/meals/save-meal-offer.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { addDays, dateInBrussels, isoToBrusselsTime, now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestGroup,
	createTestHouse,
	createTestStaffMember,
	createTestUser,
	enrolTestChild,
	guardianActor,
	staffActor,
} from "#tests/factories.ts";
import { freePort, startAppServer } from "#tests/support/app-server.ts";
import { processTreeCpuMs } from "./process-cpu.ts";
import { createBenchDatabase, signedInCookie } from "./rush-setup.ts";

const { values } = parseArgs({
	options: {
		children: { type: "string", default: "400" },
		weeks: { type: "string", default: "20" },
		requests: { type: "string", default: "400" },
		warmup: { type: "string", default: "40" },
		connections: { type: "string", default: "4" },
		workers: { type: "string", default: String(os.availableParallelism()) },
		db: { type: "string" },
	},
});
const childCount = Number(values.children);
const weekCount = Number(values.weeks);
const requestCount = Number(values.requests);
const warmup = Number(values.warmup);
const connections = Number(values.connections);
if (values.db !== undefined && values.db !== "sqlite" && values.db !== "postgres") {
	throw new Error("--db is sqlite or postgres");
}
const serverUrl =
	values.db === "sqlite"
		? undefined
		: process.env.DATABASE_URL?.startsWith("postgres")
			? process.env.DATABASE_URL
			: values.db === "postgres"
				? "postgres://postgres@127.0.0.1:5432/postgres"
				: undefined;

/** Multi-row inserts under both databases' limits on bound parameters. */
async function insertMany<Table extends keyof DB>(db: Database, table: Table, rows: Insertable<DB[Table]>[]) {
	if (rows.length === 0) return;
	const size = Math.max(1, Math.floor(30_000 / Object.keys(rows[0] as object).length));
	for (let start = 0; start < rows.length; start += size) {
		await db
			.insertInto(table)
			.values(rows.slice(start, start + size) as any)
			.execute();
	}
}

type Family = { guardianId: string; childId: string };

/** A parent with a complete dossier, the child enrolled in the house (real use cases). */
async function createFamily(
	group: { code: string },
	houseId: string,
	admin: Awaited<ReturnType<typeof createTestStaffMember>>,
	number: number,
): Promise<Family> {
	const guardian = await createTestUser({ firstName: "Parent", lastName: `Repas${number}` });
	const child = await createTestChild(group, { guardian, lastName: `Repas${number}`, firstName: "Zoé" });
	await saveGeneralData({
		db: getDb(),
		actor: guardianActor(guardian),
		childId: child.id,
		input: { ...completeGeneralData, lastName: `Repas${number}` },
	});
	await enrolTestChild(child.id, houseId, admin);
	return { guardianId: guardian.id, childId: child.id };
}

/**
 * The house and its 20 weeks: the weeks run from ten weeks before this one, so the week view
 * and the kitchen list of this week sit among past and future bookings.
 */
async function populate() {
	await migrateToLatest(getDb());
	const db = getDb();
	const group = await createTestGroup({ name: "Ville des repas" });
	const house = await createTestHouse(group.id, { name: "École des repas", kind: "school" });
	const admin = await createTestStaffMember(group.id, "admin");
	const actor = staffActor(admin);
	const firstMonday = addDays(mondayOf(dateInBrussels()), -7 * Math.floor(weekCount / 2));
	const lastDay = addDays(firstMonday, 7 * weekCount - 3);

	const { mealOfferId } = await createMealOffer({
		db,
		actor,
		input: {
			name: "Repas chaud",
			houseIds: [house.id],
			priceCents: 350,
			validFrom: firstMonday,
			bookingKind: "weekday-before",
			bookingWeekday: 4,
			bookingTime: "12:00",
			cancelKind: "weekday-before",
			cancelWeekday: 4,
			cancelTime: "12:00",
			sickUntil: "09:00",
		},
	});
	const calendar = await houseCalendar(db, house.id, firstMonday, lastDay);
	const days: string[] = [];
	for (let day = firstMonday; day <= lastDay; day = addDays(day, 1)) if (calendar.isServed(day)) days.push(day);
	for (const [index, day] of days.entries()) {
		await saveMealMenu({
			db,
			actor,
			mealOfferId,
			input: {
				day,
				dishes: [
					{ course: "starter", name: `Potage du jour ${index + 1}`, allergens: ["celery"] },
					{
						course: "main",
						name: index % 5 === 2 ? "Poulet sauce satay" : `Plat du jour ${index + 1}`,
						allergens: index % 5 === 2 ? ["peanuts", "soybeans"] : ["gluten", "milk"],
					},
					{ course: "dessert", name: "Fruit de saison", allergens: [] },
					{ course: "vegetarian", name: `Plat végétarien ${index + 1}`, allergens: ["eggs"] },
				],
			},
		});
	}
	// The catalogue page of the baseline shows the house's camp.
	const at = now();
	const campDay = dateInBrussels(new Date(at.getTime() + 60 * 24 * 3600 * 1000));
	await saveOffer({
		db,
		actor,
		input: {
			kind: "camp",
			houseId: house.id,
			title: "Stage de Pâques",
			firstDay: campDay,
			lastDay: campDay,
			startTime: "09:00",
			endTime: "16:00",
			price: "85",
			minAgeYears: "3",
			maxAgeYears: "12",
			capacity: "40",
			waitingListSize: "10",
			opensAt: isoToBrusselsTime(new Date(at.getTime() - 3600 * 1000).toISOString()),
			closesAt: isoToBrusselsTime(new Date(at.getTime() + 30 * 24 * 3600 * 1000).toISOString()),
			confirmationMode: "automatic",
			status: "open",
		},
	});

	const families: Family[] = [];
	for (let start = 0; start < childCount; start += 10) {
		const batch = Array.from({ length: Math.min(10, childCount - start) }, (_, index) =>
			createFamily(group, house.id, admin, start + index + 1),
		);
		families.push(...(await Promise.all(batch)));
	}

	// Bookings: one row per (offer, child, day) at most, on served days only, with the price in
	// force that day (no school class: the price for everyone). Every child eats most days; some
	// days are cancelled (sick), some vegetarian.
	const prices = await pricesOf(db, { mealOfferId, label: "", days });
	const stamp = at.toISOString();
	const bookings: Insertable<DB["meal_bookings"]>[] = [];
	for (const [childIndex, family] of families.entries()) {
		for (const [dayIndex, day] of days.entries()) {
			if ((childIndex + dayIndex) % 7 === 6) continue;
			const cancelled = (childIndex * 31 + dayIndex) % 23 === 0;
			bookings.push({
				id: newId(),
				meal_offer_id: mealOfferId,
				child_id: family.childId,
				house_id: house.id,
				day,
				status: cancelled ? "cancelled" : "booked",
				vegetarian: childIndex % 9 === 0,
				price_cents: prices.get(day) as number,
				booked_at: stamp,
				booked_by_user_id: family.guardianId,
				cancelled_at: cancelled ? stamp : null,
				cancelled_by_user_id: cancelled ? family.guardianId : null,
				cancellation_reason: cancelled ? "sick" : null,
				cancellation_note: null,
				credited: cancelled,
				updated_at: stamp,
			});
		}
	}
	await insertMany(db, "meal_bookings", bookings);
	const today = dateInBrussels();
	const kitchenDay = days.find((day) => day >= today) ?? (days.at(-1) as string);
	return { groupId: group.id, houseId: house.id, mealOfferId, admin, families, days, bookings, kitchenDay };
}

type Page = { name: string; paths: string[]; cookies: string[] };
type Figures = { requests: number; p50: number; p95: number; p99: number; cpuMs: number; bytes: number };

const percentile = (sorted: number[], share: number) =>
	sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] as number;

/** `count` GETs, `connections` at a time, each request the next of the page's addresses and sessions. */
async function fire(baseUrl: string, page: Page, count: number) {
	const latencies: number[] = [];
	let bytes = 0;
	let next = 0;
	const one = async () => {
		while (next < count) {
			const index = next++;
			const started = performance.now();
			const response = await fetch(`${baseUrl}${page.paths[index % page.paths.length]}`, {
				headers: { cookie: page.cookies[index % page.cookies.length] as string, "accept-language": "fr-BE" },
				redirect: "manual",
			});
			const body = await response.text();
			latencies.push(performance.now() - started);
			if (response.status !== 200) throw new Error(`${page.name}: HTTP ${response.status}`);
			bytes = body.length;
		}
	};
	await Promise.all(Array.from({ length: connections }, one));
	return { latencies, bytes };
}

async function measure(baseUrl: string, pid: number, page: Page): Promise<Figures> {
	await fire(baseUrl, page, warmup);
	const before = processTreeCpuMs(pid);
	const { latencies, bytes } = await fire(baseUrl, page, requestCount);
	const cpuMs = (processTreeCpuMs(pid) - before) / requestCount;
	const sorted = latencies.sort((a, b) => a - b);
	return {
		requests: sorted.length,
		p50: percentile(sorted, 0.5),
		p95: percentile(sorted, 0.95),
		p99: percentile(sorted, 0.99),
		cpuMs,
		bytes,
	};
}

const database = await createBenchDatabase(serverUrl);
const port = await freePort();
const serverEnv = {
	APP_ENV: "test",
	DATA_DIR: database.dataDir,
	DATABASE_URL: database.url,
	AUTH_SECRET: randomBytes(32).toString("hex"),
	APP_URL: `http://127.0.0.1:${port}`,
	LOG_LEVEL: "warn",
	WEB_CONCURRENCY: values.workers,
};
// The bench process writes the same database with the same secret as the server it starts.
Object.assign(process.env, serverEnv);
await closeDb();
try {
	const setupStarted = performance.now();
	const world = await populate();
	// Sessions of 20 parents, taken in turn, and of the group's admin.
	const sampled = world.families.filter((_, index) => index % Math.ceil(world.families.length / 20) === 0);
	const parentCookies = await Promise.all(sampled.map((family) => signedInCookie(family.guardianId)));
	const adminCookie = await signedInCookie(world.admin.id);
	await closeDb();
	console.log(
		`setup: ${world.families.length} children enrolled with their guardians, ${world.days.length} days of menus over ${weekCount} weeks, ${world.bookings.length} bookings in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
	);

	const week = mondayOf(dateInBrussels());
	const pages: Page[] = [
		{
			name: "week view (parent)",
			paths: sampled.map((family) => `/children/${family.childId}/meals?offer=${world.mealOfferId}&week=${week}`),
			cookies: parentCookies,
		},
		{
			name: "kitchen view (staff)",
			paths: [`/staff/${world.groupId}/meals?house=${world.houseId}&day=${world.kitchenDay}`],
			cookies: [adminCookie],
		},
		{
			name: "catalogue (baseline)",
			paths: sampled.map((family) => `/children/${family.childId}/camps`),
			cookies: parentCookies,
		},
	];

	const app = await startAppServer({ seed: false, port, env: serverEnv });
	const figures = new Map<string, Figures>();
	try {
		// The pages measured show the bookings: a booked day in the week, the day's count in the kitchen.
		const [weekView, kitchenView] = await Promise.all(
			pages.slice(0, 2).map(async (page) => {
				const response = await fetch(`${app.url}${page.paths[0]}`, { headers: { cookie: page.cookies[0] as string } });
				return response.text();
			}),
		);
		if (!weekView?.includes("Réservé")) throw new Error("the week view shows no booked day");
		const served = Number(/Repas chaud\s?:\s?(\d+) repas réservés/u.exec(kitchenView ?? "")?.[1] ?? 0);
		if (served < world.families.length / 2) throw new Error(`the kitchen view counts ${served} meals`);
		for (const page of pages) figures.set(page.name, await measure(app.url, app.process.pid as number, page));
	} finally {
		const code = await app.stop("SIGTERM", { keepData: true });
		if (code !== 0) console.log(`server exited with ${code}:\n${app.output().slice(-2000)}`);
	}

	console.log(
		`\nbench:meals on ${database.kind}: ${world.families.length} children, ${weekCount} weeks; week of ${week}, kitchen day ${world.kitchenDay}; ${requestCount} requests per page after ${warmup} to warm up, ${connections} at a time; ${values.workers} server worker(s); Node ${process.version}, ${os.availableParallelism()} CPUs\n`,
	);
	const baseline = figures.get("catalogue (baseline)") as Figures;
	const ms = (value: number) => value.toFixed(1).padStart(7);
	console.log(
		`${"page".padEnd(22)} ${"requests".padStart(8)} ${"p50 ms".padStart(7)} ${"p95 ms".padStart(7)} ${"p99 ms".padStart(7)} ${"CPU ms/req".padStart(10)} ${"kB".padStart(6)}   ratio to catalogue (CPU, p50)`,
	);
	for (const [name, figure] of figures) {
		console.log(
			`${name.padEnd(22)} ${String(figure.requests).padStart(8)} ${ms(figure.p50)} ${ms(figure.p95)} ${ms(figure.p99)} ${figure.cpuMs.toFixed(2).padStart(10)} ${(figure.bytes / 1000).toFixed(1).padStart(6)}   ${(figure.cpuMs / baseline.cpuMs).toFixed(2)}x, ${(figure.p50 / baseline.p50).toFixed(2)}x`,
		);
	}
} finally {
	await closeDb();
	await database.remove();
}
