import { describe, expect, it } from "vitest";
import { documentPath, documentPathname, documentUrl } from "./document-url.ts";

const at = (path: string) => ({ url: `http://127.0.0.1:3000${path}` });

describe("documentUrl", () => {
	it.each([
		// What react-router 7.18's singleFetchUrl builds (trailing-slash aware) → what the user sees.
		["/staff/g1/offers/o1/registrations.data", "/staff/g1/offers/o1/registrations"],
		["/staff/g1/offers/o1/registrations.data?status=waiting", "/staff/g1/offers/o1/registrations?status=waiting"],
		["/me.data?_routes=root%2Croutes%2Fme", "/me"],
		["/children/c1/general.data?_routes=root,routes/children/$childId/layout&x=1", "/children/c1/general?x=1"],
		["/_.data", "/"],
		["/_.data?_routes=root", "/"],
		["/staff/_.data", "/staff/"],
		// Without v8_trailingSlashAwareDataRequests the index is named /_root.data.
		["/_root.data", "/"],
		// An index route's form posts to ?index; a valued index parameter is the page's own.
		["/staff/g1.data?index", "/staff/g1"],
		["/staff/g1?index", "/staff/g1"],
		["/staff/g1.data?index&tab=x", "/staff/g1?tab=x"],
		["/search?index=3", "/search?index=3"],
		["/search?index=3&index", "/search?index=3"],
	])("%s is seen as %s", (requested, seen) => {
		expect(documentPath(at(requested))).toBe(seen);
	});

	it("leaves a document request as it is, encoding included", () => {
		expect(documentPath(at("/staff/g1/audit?q=a%20b&from=2026-01-01"))).toBe("/staff/g1/audit?q=a%20b&from=2026-01-01");
		expect(documentPath(at("/children"))).toBe("/children");
	});

	it("keeps the origin and does not touch the request", () => {
		const request = new Request("http://127.0.0.1:3000/me.data?_routes=root");
		const url = documentUrl(request);
		expect(url.origin).toBe("http://127.0.0.1:3000");
		expect(url.href).toBe("http://127.0.0.1:3000/me");
		expect(request.url).toBe("http://127.0.0.1:3000/me.data?_routes=root");
	});
});

describe("documentPathname", () => {
	it.each([
		["/me.data", "/me"],
		["/staff/_.data", "/staff/"],
		["/_.data", "/"],
		["/_root.data", "/"],
		["/me", "/me"],
		["/assets/app-1234.js", "/assets/app-1234.js"],
	])("%s → %s", (requested, seen) => {
		expect(documentPathname(requested)).toBe(seen);
	});
});
