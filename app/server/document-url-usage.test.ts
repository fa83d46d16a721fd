import path from "node:path";
import { describe, expect, it } from "vitest";
import { appDir, linesMatching } from "#tests/support/source-files.ts";

const helper = path.join(appDir, "server/document-url.ts");

/** `request.url`, `args.request.url`, `request["url"]`, and `{ url } = request`. */
const rawUrl = /\brequest\s*(?:\.\s*url\b|\[\s*["'`]url["'`]\s*\])|\{[^}]*\burl\b[^}]*\}\s*=\s*(?:\w+\.)?request\b/;

describe("the document URL of a request", () => {
	it("is read through documentUrl() everywhere in app/, never from request.url", () => {
		const offenders = linesMatching(rawUrl, [helper]);
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
