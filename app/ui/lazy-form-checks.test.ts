import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import routes from "#app/routes.ts";
import { moduleGraph, type RouteEntry } from "#tests/support/module-graph.ts";

const appDir = path.resolve(import.meta.dirname, "..");

/** A runtime import of zod or of Conform's zod adapter (`import type` is erased). */
const zodImport = /(?:^|\n)\s*(?:import|export)\s(?!type\s)[^;]*?from\s+"(?:zod(?:\/[^"]*)?|@conform-to\/zod[^"]*)"/;

/** Every page module of the route tree, with the root layout. */
function pageModules(entries: RouteEntry[], found: string[] = []): string[] {
	for (const entry of entries) {
		if (/\.tsx$/.test(entry.file)) found.push(path.join(appDir, entry.file));
		if (entry.children) pageModules(entry.children, found);
	}
	return found;
}

describe("zod stays out of the JavaScript a page loads (decision 042)", () => {
	it("no page, nor any module it imports, imports zod: form schemas load on first focus", () => {
		const offenders: string[] = [];
		for (const page of pageModules([{ file: "root.tsx" }, { file: "entry.client.tsx" }, ...(routes as RouteEntry[])])) {
			for (const module of moduleGraph(page, false)) {
				if (zodImport.test(fs.readFileSync(module, "utf8"))) {
					offenders.push(`${path.relative(appDir, page)} → ${path.relative(appDir, module)}`);
				}
			}
		}
		expect(offenders).toEqual([]);
	});
});
