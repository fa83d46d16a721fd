import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const appDir = path.resolve(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

describe("the phone numbering tables stay on the server (decision 027)", () => {
	it("no component module and no shared schema module imports families/phone.ts", () => {
		// Components (.tsx) and the plain schema modules end up in the browser bundle; loaders
		// format phones instead, and the `.server.ts` schemas check them.
		const offenders = sourceFiles(appDir)
			.filter((file) => file.endsWith(".tsx") || /-input\.ts$|form-fields\.ts$/.test(file))
			.filter((file) => /from "[^"]*families\/phone\.ts"|from "\.\/phone\.ts"/.test(fs.readFileSync(file, "utf8")))
			.map((file) => path.relative(appDir, file));
		expect(offenders).toEqual([]);
	});
});
