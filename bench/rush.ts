/**
 * The opening-minute rush: N parents, each signed in with their own session, click
 * « S'inscrire » for the same camp at once, through real HTTP requests to the built
 * application (POST /children/:childId/camps, as the form without JavaScript sends it). Prints
 * throughput and latency, the outcomes, the invariants checked in the database (exit code 1
 * when one fails), and the ratio to a baseline measured in the same run: a bare node:http
 * server doing one SQLite insert per request, loaded the same way.
 *
 *   npm run build && npm run bench:rush [-- --parents 2000 --capacity 40 --waiting 10 --concurrency 2000]
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:rush
 *
 * With DATABASE_URL on PostgreSQL, a fresh database is created on that server and dropped at
 * the end; otherwise a SQLite file in a temporary directory.
 */
import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { closeDb } from "#app/db/db.server.ts";
import { freePort, startAppServer } from "#tests/support/app-server.ts";
import { checkInvariants } from "./rush-invariants.ts";
import { type Answer, fire, formatSummary, type PreparedRequest, summarise } from "./rush-load.ts";
import { createBenchDatabase, populate } from "./rush-setup.ts";

const { values } = parseArgs({
	options: {
		parents: { type: "string", default: "2000" },
		capacity: { type: "string", default: "40" },
		waiting: { type: "string", default: "10" },
		concurrency: { type: "string" },
	},
});
const parentCount = Number(values.parents);
const capacity = Number(values.capacity);
const waiting = Number(values.waiting);
const concurrency = values.concurrency ? Number(values.concurrency) : parentCount;

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

const database = await createBenchDatabase(process.env.DATABASE_URL);
const port = await freePort();
const serverEnv = {
	APP_ENV: "test",
	DATA_DIR: database.dataDir,
	DATABASE_URL: database.url,
	AUTH_SECRET: randomBytes(32).toString("hex"),
	APP_URL: `http://127.0.0.1:${port}`,
	LOG_LEVEL: "warn",
};
// The bench process writes the same database with the same secret as the server it starts.
Object.assign(process.env, serverEnv);
let failed = true;
try {
	console.log(
		`Rush: ${parentCount} parents on one camp of ${capacity} places + ${waiting} waiting; concurrency ${concurrency}; ${database.kind}; Node ${process.version}, ${os.cpus().length} CPUs.`,
	);
	const setupStarted = performance.now();
	const { offerId, parents } = await populate({ parents: parentCount, capacity, waiting, parallel: 10 });
	console.log(
		`setup: ${parents.length} parents, children and sessions in ${((performance.now() - setupStarted) / 1000).toFixed(1)} s`,
	);

	const app = await startAppServer({ seed: false, port, env: serverEnv });
	let rush: Awaited<ReturnType<typeof fire>>;
	try {
		const probe = await fetch(`${app.url}/children/${parents[0]?.childId}/camps`, {
			headers: { cookie: parents[0]?.cookie ?? "" },
			redirect: "manual",
		});
		if (probe.status !== 200) throw new Error(`a parent's session does not open « Stages » (HTTP ${probe.status})`);
		const requests: PreparedRequest[] = parents.map((parent) => ({
			url: `${app.url}/children/${parent.childId}/camps`,
			headers: {
				cookie: parent.cookie,
				origin: app.url,
				"content-type": "application/x-www-form-urlencoded",
			},
			body: new URLSearchParams({ intent: "register", offerId }).toString(),
		}));
		rush = await fire(requests, concurrency);
	} finally {
		const code = await app.stop();
		if (code !== 0) console.log(`server exited with ${code}:\n${app.output().slice(-2000)}`);
	}

	const succeeded = new Set(
		parents
			.filter((_, index) => outcomeOf(rush.answers[index] as Answer) === "success")
			.map((parent) => parent.childId),
	);
	const errors = rush.answers.filter((answer) => outcomeOf(answer) === "error");
	const { checks, statusByChild } = await checkInvariants({ offerId, parents, succeeded, errors: errors.length });
	const successStatus = (status: string) =>
		[...succeeded].filter((childId) => statusByChild.get(childId) === status).length;

	const baselineServer = await startBaseline(path.join(database.dataDir, "baseline.sqlite"));
	let baseline: Awaited<ReturnType<typeof fire>>;
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
		baseline = await fire(requests, concurrency);
	} finally {
		await baselineServer.stop();
	}

	const rushFigures = summarise(rush);
	const baselineFigures = summarise(baseline);
	console.log(formatSummary("rush", rushFigures));
	console.log(
		`outcomes   accepted ${successStatus("accepted") + successStatus("pending")}   waiting ${successStatus("waiting")}   refused-full (409) ${rush.answers.filter((answer) => answer.status === 409).length}   other errors ${errors.length}`,
	);
	if (errors.length > 0) {
		const kinds = new Map<string, number>();
		for (const answer of errors)
			kinds.set(answer.error ?? `HTTP ${answer.status}`, (kinds.get(answer.error ?? `HTTP ${answer.status}`) ?? 0) + 1);
		const latencies = errors.map((answer) => answer.latencyMs / 1000);
		console.log(
			`errors     ${[...kinds].map(([kind, count]) => `${kind} × ${count}`).join(", ")}, after ${Math.min(...latencies).toFixed(1)}–${Math.max(...latencies).toFixed(1)} s`,
		);
	}
	console.log(formatSummary("baseline", baselineFigures));
	const baselineErrors = baseline.answers.filter((answer) => answer.status !== 201).length;
	console.log(`           (bare node:http + one SQLite insert per request; ${baselineErrors} errors)`);
	console.log(
		`ratio rush/baseline: throughput ${(rushFigures.throughput / baselineFigures.throughput).toFixed(3)}, p50 latency ${(rushFigures.p50 / Math.max(baselineFigures.p50, 1)).toFixed(1)}x`,
	);
	console.log("invariants");
	for (const check of checks) console.log(`  ${check.pass ? "PASS" : "FAIL"}  ${check.name} (${check.detail})`);
	failed = checks.some((check) => !check.pass);
	console.log(failed ? "FAIL" : "PASS");
} finally {
	await closeDb();
	await database.remove();
}
process.exit(failed ? 1 : 0);
