/**
 * The process: loads the application (through Vite in development, from the build
 * otherwise), serves static files, listens, and shuts down gracefully on SIGTERM/SIGINT:
 * stop accepting, let in-flight requests finish, then close the database.
 *
 * Outside development it runs `WEB_CONCURRENCY` worker processes (default: the number of
 * cores) that share the port through node:cluster; see docs/decisions/025-worker-processes.md.
 * `npm run build` compiles this file to `build/server.js`, which `npm start` runs.
 */
import cluster, { type Worker } from "node:cluster";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import express from "express";
import type { Application } from "./app/server/app.server.ts";
import { gatherWorkerMetrics, METRICS_ANSWER, METRICS_REQUEST } from "./app/server/cluster-metrics.ts";

const development = process.env.NODE_ENV === "development";
// Outside the Vite dev server, libraries (React above all) must run their production builds,
// whatever kind of installation this is (APP_ENV says that).
if (!development) process.env.NODE_ENV = "production";
// This file runs from the repository root as TypeScript (`npm run dev`) or compiled as
// build/server.js (`npm start`).
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.basename(here) === "build" ? path.dirname(here) : here;

type ApplicationModule = { createApplication(options: { development: boolean }): Promise<Application> };

async function loadApplication(app: express.Express): Promise<Application> {
	if (development) {
		const vite = await import("vite");
		const devServer = await vite.createServer({ server: { middlewareMode: true } });
		app.use(devServer.middlewares);
		const module = (await devServer.ssrLoadModule("./app/server/app.server.ts")) as ApplicationModule;
		return module.createApplication({ development });
	}
	const client = path.join(root, "build/client");
	const serverBuild = path.join(root, "build/server/index.js");
	if (!fs.existsSync(serverBuild) || !fs.existsSync(client)) {
		console.error("No build found in build/: run `npm run build` first (or `npm run dev` to develop).");
		process.exit(1);
	}
	app.use("/assets", express.static(path.join(client, "assets"), { immutable: true, maxAge: "1y", index: false }));
	// Files at the root of build/client (icons), by name, so other URLs skip the file system.
	const rootFiles = new Set(fs.readdirSync(client).filter((name) => fs.statSync(path.join(client, name)).isFile()));
	const rootStatic = express.static(client, { maxAge: "1h", index: false });
	app.use((request, response, next) =>
		rootFiles.has(request.path.slice(1)) ? rootStatic(request, response, next) : next(),
	);
	const module = (await import(serverBuild)) as ApplicationModule;
	return module.createApplication({ development });
}

async function main() {
	const app = express();
	app.disable("x-powered-by");
	app.use(compression());

	let application: Application;
	try {
		application = await loadApplication(app);
	} catch (error) {
		if (error instanceof Error && error.name === "ConfigError") {
			console.error(`Configuration error: ${error.message}`);
			process.exit(1);
		}
		throw error;
	}
	app.use(application.handler);

	const { config, log } = application;
	const server = http.createServer(app);
	// A deep accept queue: on a registration opening day thousands of parents connect within
	// the same second; Node's default (511) makes the kernel reset the connections beyond it.
	server.listen({ port: config.port, host: config.host, backlog: 4096 }, () => {
		const address = server.address();
		const port = typeof address === "object" && address ? address.port : config.port;
		log.info({ port, url: config.appUrl.origin, database: config.database.kind }, "listening");
	});

	let stopping = false;
	const stop = (signal: string) => {
		if (stopping) return;
		stopping = true;
		log.info({ signal }, "shutting down");
		const deadline = setTimeout(() => {
			log.warn("in-flight requests did not finish in time; closing connections");
			server.closeAllConnections();
		}, config.shutdownTimeoutMs);
		deadline.unref();
		// Keep-alive connections become idle as their last request finishes: close them as
		// soon as they do, rather than waiting for the keep-alive timeout.
		const sweeper = setInterval(() => server.closeIdleConnections(), 100);
		server.close(async () => {
			clearInterval(sweeper);
			await application.close();
			log.info("stopped");
			process.exit(0);
		});
		server.closeIdleConnections();
	};
	process.on("SIGTERM", () => stop("SIGTERM"));
	process.on("SIGINT", () => stop("SIGINT"));
}

/** A log line in the application's format (pino JSON), for the primary process. */
function logLine(level: "info" | "warn" | "error", fields: Record<string, unknown>, msg: string) {
	const levels = { info: 30, warn: 40, error: 50 };
	const line = { level: levels[level], time: new Date().toISOString(), service: "ribambelle", ...fields, msg };
	(level === "info" ? process.stdout : process.stderr).write(`${JSON.stringify(line)}\n`);
}

/** `WEB_CONCURRENCY` as a number of workers; the number of cores when unset. Exits on nonsense. */
function workerCount(): number {
	const raw = process.env.WEB_CONCURRENCY?.trim();
	if (!raw) return os.availableParallelism();
	const count = Number(raw);
	if (!Number.isInteger(count) || count < 1 || count > 64) {
		console.error(`Configuration error: WEB_CONCURRENCY must be a whole number from 1 to 64 (got "${raw}").`);
		process.exit(1);
	}
	return count;
}

/**
 * The primary process: starts one worker and waits until it listens (it migrates the database,
 * so the others never race to), then the others; restarts a worker that dies; on SIGTERM or
 * SIGINT asks every worker to stop gracefully and exits when they have. Serves no request.
 */
async function runPrimary(count: number) {
	const listening = new Set<Worker>();
	let stopping = false;
	const recentRestarts: number[] = [];

	const fork = () => {
		const worker = cluster.fork();
		worker.on("message", async (message: { type?: string; id?: string }) => {
			if (message?.type !== METRICS_REQUEST) return;
			const answer = await gatherWorkerMetrics([...listening]).then(
				(text) => ({ text }),
				(error: unknown) => {
					logLine("warn", { err: String(error) }, "metrics of the workers could not be gathered");
					return { error: String(error) };
				},
			);
			if (worker.isConnected()) worker.send({ type: METRICS_ANSWER, id: message.id, ...answer });
		});
		worker.once("listening", () => listening.add(worker));
		worker.once("exit", () => listening.delete(worker));
		return worker;
	};

	const first = fork();
	const firstCode = await new Promise<number | null>((resolve) => {
		first.once("listening", () => resolve(null));
		first.once("exit", (code) => resolve(code ?? 1));
	});
	// The first worker could not start (configuration error, no build…): it said why.
	if (firstCode !== null) process.exit(firstCode);
	for (let index = 1; index < count; index++) fork();
	logLine("info", { workers: count }, "workers started");

	const stop = (reason: string, exitCode = 0) => {
		if (stopping) return;
		stopping = true;
		logLine("info", { signal: reason }, "shutting down");
		const workers = Object.values(cluster.workers ?? {});
		if (workers.length === 0) process.exit(exitCode);
		for (const worker of workers) worker?.process.kill("SIGTERM");
		if (exitCode !== 0) process.exitCode = exitCode;
	};
	cluster.on("exit", (worker, code, signal) => {
		if (stopping) {
			if (Object.keys(cluster.workers ?? {}).length === 0) {
				logLine("info", {}, "stopped");
				process.exit(0);
			}
			return;
		}
		logLine("error", { worker: worker.process.pid, code, signal }, "worker died; starting another");
		const current = Date.now();
		recentRestarts.push(current);
		while ((recentRestarts[0] ?? current) < current - 60_000) recentRestarts.shift();
		// A worker that keeps dying will not be saved by more restarts: stop, so a supervisor sees it.
		if (recentRestarts.length > 5 * count) {
			logLine("error", {}, "workers keep dying; stopping");
			stop("restart-loop", 1);
			return;
		}
		fork();
	});

	process.on("SIGTERM", () => stop("SIGTERM"));
	process.on("SIGINT", () => stop("SIGINT"));
}

const workers = development ? 1 : workerCount();
if (workers > 1 && cluster.isPrimary) await runPrimary(workers);
else await main();
