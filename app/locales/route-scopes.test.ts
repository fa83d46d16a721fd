import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import routes from "#app/routes.ts";
import { moduleGraph, type RouteEntry } from "#tests/support/module-graph.ts";
import { fr } from "./fr.ts";
import { errorPageScopes, scopesCover, shellScopes, valueAt } from "./scopes.ts";

const appDir = path.resolve(import.meta.dirname, "..");

const topLevel = new Set(Object.keys(fr));

/** Translation keys (or key prefixes of a template: `families.contacts.roles.`) written in `source`. */
function keysIn(source: string): string[] {
	const keys: string[] = [];
	// Comments name keys as examples, and a route's own declaration names scopes, not keys.
	const code = source
		.replace(/\/\*[\s\S]*?\*\//g, "")
		.replace(/(^|\s)\/\/.*$/gm, "$1")
		.replace(/translations:\s*\[[^\]]*\]/g, "");
	for (const match of code.matchAll(/["'`]([A-Za-z][A-Za-z0-9_]*(?:\.[A-Za-z0-9_]+)+)\.?(?=["'`]|\$\{)/g)) {
		const key = match[1] as string;
		if (topLevel.has(key.split(".")[0] as string)) keys.push(key);
	}
	return keys;
}

/**
 * Keys a server module sends as form messages: those on a line that builds field errors
 * (`fieldErrors`, `formError(…)`, `invalid(…)`) or a flash, or the key of such a helper's call.
 */
function messageKeysIn(source: string): string[] {
	const lines = source.split("\n").filter((line) => /fieldErrors|formError\(|invalid\(|message:/.test(line));
	return keysIn(lines.join("\n"));
}

/** `handle.translations` of a route module, read from its source. */
function declaredScopes(file: string): string[] {
	const source = fs.readFileSync(file, "utf8");
	if (/translations:\s*shellScopes/.test(source)) return [...shellScopes, ...errorPageScopes];
	const list = /translations:\s*\[([^\]]*)\]/.exec(source)?.[1] ?? "";
	return [...list.matchAll(/"([^"]+)"/g)].map((match) => match[1] as string);
}

type Finding = { route: string; missing: string[] };

function uncoveredKeys(): Finding[] {
	const findings: Finding[] = [];
	const walk = (entries: RouteEntry[], inherited: string[]) => {
		for (const entry of entries) {
			const file = path.join(appDir, entry.file);
			const declared = [...inherited, ...declaredScopes(file)];
			const isPage = /export default function/.test(fs.readFileSync(file, "utf8"));
			if (isPage) {
				const used = new Set<string>();
				for (const module of moduleGraph(file, false)) {
					for (const key of keysIn(fs.readFileSync(module, "utf8"))) used.add(key);
				}
				// What the route's loader and action hand to the page, and the form messages of the
				// use cases they call (`AppError` field errors).
				const server = file.replace(/\.tsx$/, ".server.ts");
				if (fs.existsSync(server)) for (const key of keysIn(fs.readFileSync(server, "utf8"))) used.add(key);
				for (const module of moduleGraph(server, true)) {
					// Shared schema modules count where the page imports them (above).
					if (!/\.server\.tsx?$/.test(module)) continue;
					for (const key of messageKeysIn(fs.readFileSync(module, "utf8"))) used.add(key);
				}
				const missing = [...used].filter((key) => !scopesCover(declared, key)).sort();
				if (missing.length > 0) findings.push({ route: entry.id ?? entry.file, missing });
			}
			walk(entry.children ?? [], declared);
		}
	};
	walk([{ file: "root.tsx", children: routes as RouteEntry[] }], []);
	return findings;
}

describe("translation scopes of the routes (decision 027)", () => {
	it("every key a page's code names lies in a scope that the page or its parents declare", () => {
		expect(uncoveredKeys()).toEqual([]);
	});

	it("every declared scope exists in the catalogue", () => {
		const declared: string[] = [];
		const walk = (entries: RouteEntry[]) => {
			for (const entry of entries) {
				declared.push(...declaredScopes(path.join(appDir, entry.file)));
				walk(entry.children ?? []);
			}
		};
		walk([{ file: "root.tsx", children: routes as RouteEntry[] }]);
		expect(declared.length).toBeGreaterThan(50);
		expect(declared.filter((scope) => valueAt(fr, scope.split(".")) === undefined)).toEqual([]);
	});

	it("would catch a page that renders a key of an undeclared scope", () => {
		const source = ['t("camps.card.placesLeft");', "t(`families.contacts.roles.$", "{role}`);", 'import "./app.css"'];
		expect(keysIn(source.join(""))).toEqual(["camps.card.placesLeft", "families.contacts.roles"]);
		expect(scopesCover(["camps.catalogue"], "camps.card.placesLeft")).toBe(false);
		expect(scopesCover(["camps"], "camps.card.placesLeft")).toBe(true);
	});
});
