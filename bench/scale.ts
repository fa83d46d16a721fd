/**
 * Staff lists and parent pages at a city's scale (decision 028): the server's CPU milliseconds
 * per request of each page on the full generated group (20,000 children, 2,000 offers,
 * 200,000 registrations, 1,000,000 audit rows, 200,000 meal bookings, 10,000 message threads)
 * and on a tenth of it, and their ratio. A page
 * that reads one page of rows through an index costs about the same on both (ratio ≤ 2); a
 * page that scans a table costs ten times more on the full one.
 *
 *   npm run build && npm run bench:scale [-- --db sqlite|postgres --requests 200 --cache DIR --fresh]
 *
 * The datasets are generated once (`db:generate`, in a child process) and kept: SQLite files in
 * the cache directory (default: $TMPDIR/ribambelle-scale), or databases `ribambelle_scale_full`
 * and `ribambelle_scale_tenth` on the PostgreSQL server of DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres). `--fresh` generates them again. The server runs
 * as one process (WEB_CONCURRENCY=1); requests go one at a time on a keep-alive connection.
 * On PostgreSQL the figure is the application's CPU only: the database's own work happens in
 * its server processes (the query-plan test checks that side: no full scans).
 */
import { execFile } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs, promisify } from "node:util";
import pg from "pg";
import { dateInBrussels } from "#app/infra/clock.ts";
import { freePort, startAppServer } from "#tests/support/app-server.ts";
import { processTreeCpuMs } from "./process-cpu.ts";

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "..");

const { values } = parseArgs({
	options: {
		db: { type: "string", default: "sqlite" },
		requests: { type: "string", default: "200" },
		warmup: { type: "string", default: "20" },
		cache: { type: "string", default: path.join(os.tmpdir(), "ribambelle-scale") },
		fresh: { type: "boolean", default: false },
	},
});
if (values.db !== "sqlite" && values.db !== "postgres") throw new Error("--db is sqlite or postgres");
const requests = Number(values.requests);
const warmup = Number(values.warmup);
const serverUrl = process.env.DATABASE_URL?.startsWith("postgres")
	? process.env.DATABASE_URL
	: "postgres://postgres@127.0.0.1:5432/postgres";

type Dataset = { name: "full" | "tenth"; scale: number; url: string; dataDir: string };

async function onServer<T>(statement: string, params: unknown[] = []): Promise<pg.QueryResult<T & pg.QueryResultRow>> {
	const client = new pg.Client({ connectionString: serverUrl });
	await client.connect();
	try {
		return await client.query<T & pg.QueryResultRow>(statement, params);
	} finally {
		await client.end();
	}
}

/** The dataset's database, generated unless the cache already holds it. */
async function prepare(name: Dataset["name"], scale: number): Promise<Dataset> {
	const dataDir = path.join(values.cache, `${values.db}-${name}`);
	const marker = path.join(dataDir, "generated.json");
	let url: string;
	if (values.db === "sqlite") {
		url = `sqlite:${path.join(dataDir, "scale.sqlite")}`;
		if (values.fresh) fs.rmSync(dataDir, { recursive: true, force: true });
	} else {
		const database = `ribambelle_scale_${name}`;
		const target = new URL(serverUrl);
		target.pathname = `/${database}`;
		url = target.toString();
		const exists = (await onServer("select 1 from pg_database where datname = $1", [database])).rowCount === 1;
		if (values.fresh || !exists || !fs.existsSync(marker)) {
			fs.rmSync(dataDir, { recursive: true, force: true });
			await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
			await onServer(`CREATE DATABASE "${database}"`);
		}
	}
	// A dataset generated before the generator wrote meals and messages is generated again.
	if (fs.existsSync(marker) && !("mealBookings" in (JSON.parse(fs.readFileSync(marker, "utf8")).counts ?? {}))) {
		fs.rmSync(dataDir, { recursive: true, force: true });
		if (values.db === "postgres") {
			const database = new URL(url).pathname.slice(1);
			await onServer(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
			await onServer(`CREATE DATABASE "${database}"`);
		}
	}
	fs.mkdirSync(dataDir, { recursive: true });
	if (!fs.existsSync(marker)) {
		console.log(`generating the ${name} dataset (scale ${scale}) on ${values.db}…`);
		const { stdout } = await run(
			process.execPath,
			["--import", "tsx", "scripts/db-generate.ts", "--scale", String(scale), "--json"],
			{ cwd: root, env: { ...process.env, ...serverEnv({ url, dataDir }) }, maxBuffer: 1 << 24 },
		);
		const summary = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as { seconds: number; counts: object };
		console.log(`  ${JSON.stringify(summary.counts)} in ${summary.seconds.toFixed(1)} s`);
		fs.writeFileSync(marker, JSON.stringify(summary));
	}
	return { name, scale, url, dataDir };
}

// One secret for the whole run: the sessions are signed with it in a child process.
const authSecret = randomBytes(32).toString("hex");
function serverEnv(dataset: { url: string; dataDir: string }) {
	return {
		APP_ENV: "test",
		DATA_DIR: dataset.dataDir,
		DATABASE_URL: dataset.url,
		AUTH_SECRET: authSecret,
		LOG_LEVEL: "warn",
		WEB_CONCURRENCY: "1",
	};
}

type Sessions = {
	groupId: string;
	childId: string;
	offerId: string;
	cookies: { admin: string; manager: string; parent: string };
};

type Page = { name: string; path: string; as: keyof Sessions["cookies"] };

function pagesOf(sessions: Sessions): Page[] {
	const staff = `/staff/${sessions.groupId}`;
	const offer = `${staff}/offers/${sessions.offerId}`;
	const child = `/children/${sessions.childId}`;
	const today = dateInBrussels();
	return [
		{ name: "staff home", path: staff, as: "admin" },
		{ name: "offers", path: `${staff}/offers`, as: "admin" },
		{ name: "offers page 3", path: `${staff}/offers?page=3`, as: "admin" },
		{ name: "offers open from today", path: `${staff}/offers?status=open&from=${today}`, as: "admin" },
		{ name: "offers (house manager)", path: `${staff}/offers`, as: "manager" },
		{ name: "registrations", path: `${offer}/registrations`, as: "admin" },
		{ name: "registrations waiting", path: `${offer}/registrations?status=waiting`, as: "admin" },
		{ name: "attendance", path: `${offer}/attendance`, as: "admin" },
		{ name: "dossiers", path: `${staff}/children`, as: "admin" },
		{ name: "dossiers page 3", path: `${staff}/children?page=3`, as: "admin" },
		{ name: "dossiers submitted", path: `${staff}/children?status=submitted`, as: "admin" },
		{ name: "dossiers (house manager)", path: `${staff}/children`, as: "manager" },
		{ name: "audit", path: `${staff}/audit`, as: "admin" },
		{ name: "audit area child", path: `${staff}/audit?area=child`, as: "admin" },
		{ name: "parent: children", path: "/children", as: "parent" },
		{ name: "parent: child", path: `${child}/general`, as: "parent" },
		{ name: "parent: camps", path: `${child}/camps`, as: "parent" },
		{ name: "parent: activities", path: `${child}/activities`, as: "parent" },
		{ name: "parent: me", path: "/me", as: "parent" },
		{ name: "kitchen (house manager)", path: `${staff}/meals`, as: "manager" },
		{ name: "menus", path: `${staff}/meals/menus`, as: "admin" },
		{ name: "inbox", path: `${staff}/messages`, as: "admin" },
		{ name: "inbox (house manager)", path: `${staff}/messages`, as: "manager" },
		{ name: "published documents", path: `${staff}/documents`, as: "admin" },
		{ name: "parent: meals", path: `${child}/meals`, as: "parent" },
		{ name: "parent: messages", path: "/messages", as: "parent" },
		{ name: "parent: documents", path: `${child}/documents`, as: "parent" },
	];
}

/** CPU milliseconds of the server per request of one page, requests one after another. */
async function measure(baseUrl: string, pid: number, page: Page, cookie: string) {
	const get = async () => {
		const response = await fetch(`${baseUrl}${page.path}`, {
			headers: { cookie, "accept-language": "fr-BE" },
			redirect: "manual",
		});
		const body = await response.text();
		if (response.status !== 200) throw new Error(`${page.path}: HTTP ${response.status}`);
		return body.length;
	};
	for (let index = 0; index < warmup; index++) await get();
	const before = processTreeCpuMs(pid);
	let bytes = 0;
	for (let index = 0; index < requests; index++) bytes = await get();
	return { cpuMs: (processTreeCpuMs(pid) - before) / requests, bytes };
}

async function measureDataset(dataset: Dataset) {
	const env = serverEnv(dataset);
	const { stdout } = await run(process.execPath, ["--import", "tsx", "bench/scale-sessions.ts"], {
		cwd: root,
		env: { ...process.env, ...env },
	});
	const sessions = JSON.parse(stdout.trim().split("\n").at(-1) ?? "{}") as Sessions;
	const port = await freePort();
	const app = await startAppServer({
		seed: false,
		port,
		dataDir: dataset.dataDir,
		env: { ...env, APP_URL: `http://127.0.0.1:${port}` },
	});
	const figures = new Map<string, { cpuMs: number; bytes: number }>();
	try {
		for (const page of pagesOf(sessions)) {
			figures.set(page.name, await measure(app.url, app.process.pid as number, page, sessions.cookies[page.as]));
		}
	} finally {
		await app.stop("SIGTERM", { keepData: true });
	}
	return figures;
}

const tenth = await prepare("tenth", 0.1);
const full = await prepare("full", 1);
console.log(`\nbench:scale on ${values.db}: ${requests} requests per page after ${warmup} to warm up, one at a time`);
const small = await measureDataset(tenth);
const large = await measureDataset(full);
console.log(
	`\n${"page".padEnd(26)} ${"tenth ms".padStart(9)} ${"full ms".padStart(9)} ${"ratio".padStart(6)} ${"full kB".padStart(8)}`,
);
let worst = 0;
for (const [name, figure] of large) {
	const smallFigure = small.get(name);
	if (!smallFigure) continue;
	const ratio = figure.cpuMs / smallFigure.cpuMs;
	worst = Math.max(worst, ratio);
	console.log(
		`${name.padEnd(26)} ${smallFigure.cpuMs.toFixed(2).padStart(9)} ${figure.cpuMs.toFixed(2).padStart(9)} ${ratio.toFixed(2).padStart(6)} ${(figure.bytes / 1000).toFixed(1).padStart(8)}`,
	);
}
console.log(`\nworst ratio full/tenth: ${worst.toFixed(2)} (target ≤ 2)`);
