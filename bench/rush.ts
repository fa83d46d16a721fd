/**
 * The opening-minute rush: N parents, each signed in with their own session, click
 * « S'inscrire » for the same camp at once, through real HTTP requests to the built
 * application (POST /children/:childId/camps, as the form without JavaScript sends it). Prints
 * throughput and latency, the server's CPU milliseconds per request (primary and workers, read
 * from /proc), the outcomes, the invariants checked in the database (exit code 1 when one
 * fails), and the ratios to a baseline measured in the same run: a bare node:http server doing
 * one SQLite insert per request, loaded the same way; and to the framework's floor, the same
 * server answering its public strings route the same way (decision 044).
 *
 * Two modes, each on a fresh database: `new` (every parent on a new connection, all at once)
 * and `keep-alive` (64 persistent connections, as behind a reverse proxy).
 *
 *   npm run build && npm run bench:rush [-- --parents 2000 --capacity 40 --waiting 10 --mode both --workers 2]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:rush
 *
 * With DATABASE_URL on PostgreSQL, a fresh database is created on that server and dropped at
 * the end; otherwise a SQLite file in a temporary directory. `--workers` sets the server's
 * WEB_CONCURRENCY (default: the number of cores, as in production).
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb } from "#app/db/db.server.ts";
import { freePort, startAppServer } from "#tests/support/app-server.ts";
import { frameworkFloorUrl } from "./framework-floor.ts";
import { processTreeCpuMs } from "./process-cpu.ts";
import { checkInvariants } from "./rush-invariants.ts";
import {
	type Answer,
	fire,
	formatSummary,
	type LoadMode,
	type LoadSummary,
	type PreparedRequest,
	summarise,
} from "./rush-load.ts";
import { createBenchDatabase, populate } from "./rush-setup.ts";

const { values } = parseArgs({
	options: {
		parents: { type: "string", default: "2000" },
		capacity: { type: "string", default: "40" },
		waiting: { type: "string", default: "10" },
		mode: { type: "string", default: "both" },
		connections: { type: "string", default: "64" },
		workers: { type: "string", default: String(os.availableParallelism()) },
		client: { type: "string", default: "document" },
	},
});
const parentCount = Number(values.parents);
const capacity = Number(values.capacity);
const waiting = Number(values.waiting);
const modes: LoadMode[] = [];
if (values.mode === "new" || values.mode === "both") modes.push({ kind: "new" });
if (values.mode === "keep-alive" || values.mode === "both")
	modes.push({ kind: "keep-alive", connections: Number(values.connections) });
if (modes.length === 0) throw new Error("--mode is new, keep-alive or both");
/**
 * `document`: the form posted by a browser without JavaScript, answered with the whole page;
 * `data`: the same form posted by the hydrated page (React Router's `.data` request), answered
 * with the action's data only, as phones with JavaScript send it.
 */
const client = values.client;
if (client !== "document" && client !== "data") throw new Error("--client is document or data");

async function startBaseline(file: string) {
	const child = spawn(process.execPath, [
		"--import",
		"tsx",
		path.join(import.meta.dirname, "bare-insert-server.ts"),
		file,
	]);
	const port = await new Promise<number>((resolve, reject) => {
		child.once("exit", (code) => reject(new Error(`baseline server exited with ${code}`)));
		child.stdout.once("data", (chunk: Buffer) => resolve((JSON.parse(chunk.toString()) as { port: number }).port));
	});
	return {
		url: `http://127.0.0.1:${port}/`,
		pid: child.pid as number,
		stop: () =>
			new Promise<void>((resolve) => {
				if (child.exitCode !== null) return resolve();
				child.once("exit", () => resolve());
				child.kill("SIGTERM");
			}),
	};
}

function outcomeOf(answer: Answer): "success" | "full" | "error" {
	if (answer.status >= 200 && answer.status < 400) return "success";
	return answer.status === 409 ? "full" : "error";
}

/** Fires the requests and reads the CPU time the server (and its workers) spent on them. */
async function measured(pid: number, requests: PreparedRequest[], mode: LoadMode) {
	const cpuBefore = processTreeCpuMs(pid);
	const result = await fire(requests, requests.length, mode);
	const cpuMsPerRequest = (processTreeCpuMs(pid) - cpuBefore) / requests.length;
	return { result, summary: summarise(result), cpuMsPerRequest };
}

function describeMode(mode: LoadMode): string {
	return mode.kind === "new"
		? "every parent on a new connection, all at once"
		: `${mode.connections} keep-alive connections`;
}

const cpu = (figure: number) => `${figure.toFixed(2)} ms CPU/request`;

/** One mode on a fresh database: set-up, the rush, the invariants, then the baseline. */
async function runMode(mode: LoadMode): Promise<boolean> {
	const database = await createBenchDatabase(process.env.DATABASE_URL);
	const port = await freePort();
	const serverEnv = {
		APP_ENV: "test",
		DATA_DIR: database.dataDir,
		DATABASE_URL: database.url,
		AUTH_SECRET: randomBytes(32).toString("hex"),
		APP_URL: `http://127.0.0.1:${port}`,
		LOG_LEVEL: "warn",
		WEB_CONCURRENCY: values.workers,
		...(process.env.NODE_CLUSTER_SCHED_POLICY
			? { NODE_CLUSTER_SCHED_POLICY: process.env.NODE_CLUSTER_SCHED_POLICY }
			: {}),
	};
	// The bench process writes the same database with the same secret as the server it starts.
	Object.assign(process.env, serverEnv);
	await closeDb();
	try {
		console.log(
			`\n## mode ${mode.kind}: ${describeMode(mode)}; ${values.workers} server worker(s); ${client} requests`,
		);
		const setupStarted = performance.now();
		const { offerId, parents } = await populate({ parents: parentCount, capacity, waiting, parallel: 10 });
		console.log(
			`setup: ${parents.length} parents, children and sessions in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
		);

		// SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/profiles" profiles the server and its workers.
		const nodeArgs = process.env.SERVER_NODE_ARGS?.split(/\s+/).filter(Boolean);
		const app = await startAppServer({ seed: false, port, env: serverEnv, nodeArgs });
		let rush: Awaited<ReturnType<typeof measured>>;
		let floor: Awaited<ReturnType<typeof measured>>;
		try {
			const probe = await fetch(`${app.url}/children/${parents[0]?.childId}/camps`, {
				headers: { cookie: parents[0]?.cookie ?? "" },
				redirect: "manual",
			});
			if (probe.status !== 200) throw new Error(`a parent's session does not open « Stages » (HTTP ${probe.status})`);
			const floorUrl = frameworkFloorUrl(app.url, await probe.text());
			const requests: PreparedRequest[] = parents.map((parent) => ({
				url: `${app.url}/children/${parent.childId}/camps${client === "data" ? ".data" : ""}`,
				headers: {
					cookie: parent.cookie,
					origin: app.url,
					"content-type": "application/x-www-form-urlencoded",
				},
				body: new URLSearchParams({ intent: "register", offerId }).toString(),
			}));
			rush = await measured(app.process.pid as number, requests, mode);
			// The framework's floor (decision 044): the same server's public strings route, as many
			// requests sent the same way, after the rush.
			floor = await measured(
				app.process.pid as number,
				parents.map(() => ({ url: floorUrl, headers: {} })),
				mode,
			);
		} finally {
			const code = await app.stop("SIGTERM", { keepData: true });
			if (code !== 0) console.log(`server exited with ${code}:\n${app.output().slice(-2000)}`);
		}

		const succeeded = new Set(
			parents
				.filter((_, index) => outcomeOf(rush.result.answers[index] as Answer) === "success")
				.map((parent) => parent.childId),
		);
		const errors = rush.result.answers.filter((answer) => outcomeOf(answer) === "error");
		const { checks, statusByChild } = await checkInvariants({ offerId, parents, succeeded, errors: errors.length });
		const successStatus = (status: string) =>
			[...succeeded].filter((childId) => statusByChild.get(childId) === status).length;

		const baselineServer = await startBaseline(path.join(database.dataDir, "baseline.sqlite"));
		let baseline: Awaited<ReturnType<typeof measured>>;
		try {
			const body = new URLSearchParams({ intent: "register", offerId }).toString();
			const requests = parents.map((parent) => ({
				url: baselineServer.url,
				headers: {
					cookie: parent.cookie,
					origin: baselineServer.url,
					"content-type": "application/x-www-form-urlencoded",
				},
				body,
			}));
			baseline = await measured(baselineServer.pid, requests, mode);
		} finally {
			await baselineServer.stop();
		}

		const line = (name: string, summary: LoadSummary, cpuMs: number) =>
			`${formatSummary(name, summary)}   ${cpu(cpuMs)}`;
		console.log(line("rush", rush.summary, rush.cpuMsPerRequest));
		console.log(
			`outcomes   accepted ${successStatus("accepted") + successStatus("pending")}   waiting ${successStatus("waiting")}   refused-full (409) ${rush.result.answers.filter((answer) => answer.status === 409).length}   other errors ${errors.length}`,
		);
		if (errors.length > 0) {
			const kinds = new Map<string, number>();
			for (const answer of errors)
				kinds.set(
					answer.error ?? `HTTP ${answer.status}`,
					(kinds.get(answer.error ?? `HTTP ${answer.status}`) ?? 0) + 1,
				);
			const latencies = errors.map((answer) => answer.latencyMs / 1000);
			console.log(
				`errors     ${[...kinds].map(([kind, count]) => `${kind} × ${count}`).join(", ")}, after ${Math.min(...latencies).toFixed(1)}–${Math.max(...latencies).toFixed(1)} s`,
			);
		}
		console.log(line("floor", floor.summary, floor.cpuMsPerRequest));
		console.log("           (the same server's public strings route: no session, database or rendering; decision 044)");
		console.log(line("baseline", baseline.summary, baseline.cpuMsPerRequest));
		const baselineErrors = baseline.result.answers.filter((answer) => answer.status !== 201).length;
		console.log(`           (bare node:http + one SQLite insert per request, one process; ${baselineErrors} errors)`);
		console.log(
			`ratio rush/baseline: throughput ${(rush.summary.throughput / baseline.summary.throughput).toFixed(3)}, p50 latency ${(rush.summary.p50 / Math.max(baseline.summary.p50, 1)).toFixed(1)}x, CPU per request ${(rush.cpuMsPerRequest / baseline.cpuMsPerRequest).toFixed(1)}x`,
		);
		console.log(
			`ratio rush/floor: CPU per request ${(rush.cpuMsPerRequest / floor.cpuMsPerRequest).toFixed(1)}x; floor/baseline ${(floor.cpuMsPerRequest / baseline.cpuMsPerRequest).toFixed(1)}x`,
		);
		console.log("invariants");
		for (const check of checks) console.log(`  ${check.pass ? "PASS" : "FAIL"}  ${check.name} (${check.detail})`);
		return checks.every((check) => check.pass);
	} finally {
		await closeDb();
		await database.remove();
	}
}

console.log(
	`Rush: ${parentCount} parents on one camp of ${capacity} places + ${waiting} waiting; ${process.env.DATABASE_URL?.startsWith("postgres") ? "postgres" : "sqlite"}; Node ${process.version}, ${os.cpus().length} CPUs.`,
);
let passed = true;
if (modes.length === 1) passed = await runMode(modes[0] as LoadMode);
else {
	// Each mode in a process of its own: configuration, database and auth are read once per process.
	for (const mode of modes) {
		const args = process.argv
			.slice(2)
			.filter((_, index, all) => all[index - 1] !== "--mode" && all[index] !== "--mode");
		const child = spawn(
			process.execPath,
			[...process.execArgv, process.argv[1] as string, ...args, "--mode", mode.kind],
			{
				stdio: ["ignore", "pipe", "inherit"],
			},
		);
		// Skip the child's own title line: it repeats this one.
		let first = true;
		child.stdout.on("data", (chunk: Buffer) => {
			const text = chunk.toString();
			process.stdout.write(first ? text.slice(text.indexOf("\n") + 1) : text);
			first = false;
		});
		const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
		passed = code === 0 && passed;
	}
}
if (modes.length > 1) console.log(passed ? "\nPASS" : "\nFAIL");
else console.log(passed ? "PASS" : "FAIL");
process.exit(passed ? 0 : 1);
