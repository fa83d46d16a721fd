import fs from "node:fs";
import path from "node:path";

const appDir = path.resolve(import.meta.dirname, "../../app");

/** An entry of app/routes.ts: a module (relative to app/) and its child routes. */
export type RouteEntry = { file: string; id?: string; children?: RouteEntry[] };

/**
 * The app modules `file` imports, recursively: with `server` false, those a browser loads (no
 * `.server` module, no `import type`, no dynamic `import()`); with `server` true, those a loader
 * or action runs. Translation catalogues (app/locales/) are left out.
 */
export function moduleGraph(file: string, server: boolean, seen = new Set<string>()): Set<string> {
	if (seen.has(file) || !fs.existsSync(file)) return seen;
	seen.add(file);
	const source = fs.readFileSync(file, "utf8");
	for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"|import\s+"([^"]+)"/g)) {
		const specifier = (match[1] ?? match[2]) as string;
		let target: string | null = null;
		if (specifier.startsWith("#app/")) target = path.join(appDir, specifier.slice(5));
		else if (specifier.startsWith(".")) target = path.resolve(path.dirname(file), specifier);
		if (!target || !/\.tsx?$/.test(target) || target.includes(`${path.sep}locales${path.sep}`)) continue;
		if (!server && /\.server\.tsx?$/.test(target)) continue;
		// Type-only imports never reach the browser.
		if (/^\s*(?:import|export)\s+type\s/.test(match[0].trimStart())) continue;
		moduleGraph(target, server, seen);
	}
	return seen;
}
