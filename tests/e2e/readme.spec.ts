/**
 * The README's start command on a fresh machine: `npm run demo` seeds a new embedded database
 * without any configuration (no SMTP, no secrets) before it starts the server. The e2e
 * harness seeds with APP_ENV=test, so this runs the demo script's own steps, as written.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

describe("README", () => {
	it("`npm run demo` seeds a fresh embedded database with nothing configured", async () => {
		const scripts = JSON.parse(fs.readFileSync(path.join(root, "package.json"), "utf8")).scripts as Record<
			string,
			string
		>;
		// The build is done by the test command already, and starting the server is tested elsewhere.
		const steps = scripts.demo
			?.split("&&")
			.map((step) => step.trim())
			.filter((step) => step !== "npm run build" && !step.endsWith("npm start"));
		expect(steps?.length).toBeGreaterThan(0);
		const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-readme-"));
		try {
			const { stdout } = await run("sh", ["-c", steps?.join(" && ") ?? ""], {
				cwd: root,
				env: { PATH: process.env.PATH, HOME: process.env.HOME, DATA_DIR: dataDir },
			});
			expect(stdout).toContain("Demo data created");
			expect(fs.existsSync(path.join(dataDir, "ribambelle.sqlite"))).toBe(true);
		} finally {
			fs.rmSync(dataDir, { recursive: true, force: true });
		}
	}, 120_000);

	it("`npm start` without a build says what to do in one line", async () => {
		// The start script looks for build/ beside its own folder: a copy in an empty tree has none.
		const tree = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-nobuild-"));
		try {
			fs.mkdirSync(path.join(tree, "scripts"));
			fs.copyFileSync(path.join(root, "scripts/start.mjs"), path.join(tree, "scripts/start.mjs"));
			const failure = await run(process.execPath, [path.join(tree, "scripts/start.mjs")], {
				env: { PATH: process.env.PATH },
			}).then(
				() => null,
				(error: { code: number; stdout: string; stderr: string }) => error,
			);
			expect(failure?.code).toBe(1);
			expect(failure?.stdout).toBe("");
			expect(failure?.stderr.trim().split("\n")).toEqual([
				"No build found in build/: run `npm run build` first (or `npm run dev` to develop).",
			]);
		} finally {
			fs.rmSync(tree, { recursive: true, force: true });
		}
	});
});
