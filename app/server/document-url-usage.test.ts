import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const appDir = path.resolve(import.meta.dirname, "..");
const helper = path.join(appDir, "server/document-url.ts");

/** `request.url`, `args.request.url`, `request["url"]`, and `{ url } = request`. */
const rawUrl = /\brequest\s*(?:\.\s*url\b|\[\s*["'`]url["'`]\s*\])|\{[^}]*\burl\b[^}]*\}\s*=\s*(?:\w+\.)?request\b/;

function sourceFiles(dir: string): string[] {
	return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const full = path.join(dir, entry.name);
		if (entry.isDirectory()) return sourceFiles(full);
		return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
	});
}

describe("the document URL of a request", () => {
	it("is read through documentUrl() everywhere in app/, never from request.url", () => {
		const offenders = sourceFiles(appDir)
			.filter((file) => file !== helper)
			.flatMap((file) =>
				fs
					.readFileSync(file, "utf8")
					.split("\n")
					.flatMap((line, index) =>
						rawUrl.test(line) ? [`${path.relative(appDir, file)}:${index + 1}: ${line.trim()}`] : [],
					),
			);
		// With JavaScript on, request.url is the data request (`/me.data?_routes=…`): a redirect,
		// a redirectTo or a link built from it leads to a 404. Use documentUrl()/documentPath().
		expect(offenders).toEqual([]);
	});

	it("would catch the forms the fault took", () => {
		for (const line of [
			"const url = new URL(request.url);",
			"new URL(args.request.url).searchParams",
			'const target = request["url"];',
			"const { url } = args.request;",
		]) {
			expect(rawUrl.test(line), line).toBe(true);
		}
		expect(rawUrl.test("const url = documentUrl(request);")).toBe(false);
	});
});
