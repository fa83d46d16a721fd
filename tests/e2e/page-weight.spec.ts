/**
 * The light-page targets of issue 15 §5, on the built server with demo data: every parent page
 * carries at most 150 kB of gzip JavaScript, « Stages » at most 30 kB of HTML, and no page loads
 * zod before a form's field is focused (decision 042). Sizes, not times: they do not vary from
 * run to run. `npm run bench:weight` prints the same measures.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { measureParentPages, type PageWeight, readAsset } from "#tests/support/page-weight.ts";

let app: AppServer;
let weights: PageWeight[];

beforeAll(async () => {
	app = await startAppServer();
	weights = await measureParentPages(app.url);
});

afterAll(async () => {
	await app?.stop();
});

describe("parent pages stay light", () => {
	it("carries at most 150 kB of gzip JavaScript on every parent page", () => {
		const heavy = weights
			.filter((weight) => weight.javascriptGzip > 150_000)
			.map((weight) => `${weight.page}: ${weight.javascriptGzip} bytes`);
		expect(heavy).toEqual([]);
	});

	it("sends « Stages » in at most 30 kB of HTML", () => {
		const camps = weights.find((weight) => weight.page === "/children/:childId/camps");
		expect(camps?.html).toBeLessThanOrEqual(30_000);
	});

	it("loads no zod with a page: it comes when a form's field is first focused", () => {
		const withZod = weights.flatMap((weight) =>
			weight.scripts
				.filter((script) => readAsset(script).includes("ZodError"))
				.map((script) => `${weight.page}: ${script}`),
		);
		expect(withZod).toEqual([]);
	});
});
