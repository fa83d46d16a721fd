/**
 * The application's own source files, for tests that enforce a rule over all of `app/`
 * (one way to read a form, one way to read the document URL…).
 */
import fs from "node:fs";
import path from "node:path";

export const appDir = path.resolve(import.meta.dirname, "../../app");

/** Every `.ts`/`.tsx` file under `dir`, test files excluded. */
export function sourceFiles(dir = appDir): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

/** `file:line: text` for every line of `app/` (outside `except`) that matches `pattern`. */
export function linesMatching(pattern: RegExp, except: string[] = []): string[] {
	return sourceFiles()
		.filter((file) => !except.includes(file))
		.flatMap((file) =>
			fs
				.readFileSync(file, "utf8")
				.split("\n")
				.flatMap((line, index) =>
					pattern.test(line) ? [`${path.relative(appDir, file)}:${index + 1}: ${line.trim()}`] : [],
				),
		);
}
