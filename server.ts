/**
 * The process: loads the application (through Vite in development, from the build
 * otherwise), serves static files, listens, and shuts down gracefully on SIGTERM/SIGINT:
 * stop accepting, let in-flight requests finish, then close the database.
 */
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import compression from "compression";
import express from "express";
import type { Application } from "./app/server/app.server.ts";

const development = process.env.NODE_ENV === "development";
// Outside the Vite dev server, libraries (React above all) must run their production builds,
// whatever kind of installation this is (APP_ENV says that).
if (!development) process.env.NODE_ENV = "production";
const root = path.dirname(fileURLToPath(import.meta.url));

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

await main();
