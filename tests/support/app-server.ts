/**
 * Starts the built application as a real process on a free port, on a fresh SQLite database
 * in its own data directory, and stops it afterwards.
 */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

export type AppServer = {
	url: string;
	dataDir: string;
	process: ChildProcess;
	/** Everything the server printed so far (JSON log lines). */
	output(): string;
	/** Waits for a printed line containing `fragment` (log lines are written as responses finish). */
	waitForLine(fragment: string): Promise<string>;
	/** Stops the process; its data directory is removed unless `keepData` (to restart on it). */
	stop(signal?: NodeJS.Signals, options?: { keepData?: boolean }): Promise<number | null>;
};

export async function freePort(): Promise<number> {
	const server = net.createServer();
	await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
	const address = server.address();
	await new Promise((resolve) => server.close(resolve));
	if (typeof address !== "object" || !address) throw new Error("no free port");
	return address.port;
}

async function waitUntilHealthy(url: string, child: ChildProcess, output: () => string): Promise<void> {
	const deadline = Date.now() + 30_000;
	while (Date.now() < deadline) {
		if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}:\n${output()}`);
		try {
			if ((await fetch(`${url}/healthz`)).ok) return;
		} catch {
			// not listening yet
		}
		await new Promise((resolve) => setTimeout(resolve, 50));
	}
	throw new Error(`server did not start:\n${output()}`);
}

export async function startAppServer(
	options: {
		seed?: boolean;
		env?: Record<string, string>;
		port?: number;
		/** Start on an existing data directory (after a crash, say) instead of a fresh one. */
		dataDir?: string;
		/** Options for node itself (`--cpu-prof`, say); the worker processes inherit them. */
		nodeArgs?: string[];
	} = {},
): Promise<AppServer> {
	if (!fs.existsSync(path.join(root, "build/server.js")) || !fs.existsSync(path.join(root, "build/server/index.js"))) {
		throw new Error("build/ is missing: run `npm run build` before the e2e tests");
	}
	const port = options.port ?? (await freePort());
	const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-e2e-"));
	const env: NodeJS.ProcessEnv = {
		PATH: process.env.PATH,
		HOME: process.env.HOME,
		APP_ENV: "test",
		DATA_DIR: dataDir,
		HOST: "127.0.0.1",
		PORT: String(port),
		APP_URL: `http://127.0.0.1:${port}`,
		LOG_LEVEL: "info",
		...options.env,
	};
	if (options.seed !== false && !options.dataDir) {
		await run(process.execPath, ["--import", "tsx", "scripts/db-seed.ts"], { cwd: root, env });
	}
	// What `npm start` runs: the compiled server, with its worker processes.
	const child = spawn(process.execPath, [...(options.nodeArgs ?? []), "build/server.js"], { cwd: root, env });
	let output = "";
	child.stdout.on("data", (chunk: Buffer) => {
		output += chunk.toString();
	});
	child.stderr.on("data", (chunk: Buffer) => {
		output += chunk.toString();
	});

	const url = `http://127.0.0.1:${port}`;
	await waitUntilHealthy(url, child, () => output);

	return {
		url,
		dataDir,
		process: child,
		output: () => output,
		async waitForLine(fragment) {
			for (let attempt = 0; attempt < 100; attempt++) {
				const line = output.split("\n").find((candidate) => candidate.includes(fragment));
				if (line) return line;
				await new Promise((resolve) => setTimeout(resolve, 20));
			}
			throw new Error(`no line containing ${fragment} in:\n${output}`);
		},
		async stop(signal = "SIGTERM", stopOptions = {}) {
			if (child.exitCode !== null) return child.exitCode;
			const exited = new Promise<number | null>((resolve) =>
				child.once("exit", (code, exitSignal) => resolve(code ?? (exitSignal ? -1 : null))),
			);
			child.kill(signal);
			const code = await exited;
			if (!stopOptions.keepData) fs.rmSync(dataDir, { recursive: true, force: true });
			return code;
		},
	};
}
