import { describe, expect, it } from "vitest";
import { sharedLoaderRead } from "./loader-reads.server.ts";

function counter() {
	let calls = 0;
	return {
		read: async () => ++calls,
		get calls() {
			return calls;
		},
	};
}

const get = () => new Request("http://localhost/children/1/camps");
const post = () => new Request("http://localhost/children/1/camps", { method: "POST", body: "intent=register" });

describe("sharedLoaderRead", () => {
	it("reads once for every loader of one request", async () => {
		const context = {};
		const reads = counter();
		const results = await Promise.all([
			sharedLoaderRead({ request: get(), context }, "child:1", reads.read),
			sharedLoaderRead({ request: get(), context }, "child:1", reads.read),
		]);
		expect(results).toEqual([1, 1]);
		expect(reads.calls).toBe(1);
	});

	it("keeps keys and requests apart", async () => {
		const reads = counter();
		const context = {};
		await sharedLoaderRead({ request: get(), context }, "child:1", reads.read);
		await sharedLoaderRead({ request: get(), context }, "child:2", reads.read);
		await sharedLoaderRead({ request: get(), context: {} }, "child:1", reads.read);
		expect(reads.calls).toBe(3);
	});

	it("never shares with an action, which may change what the loaders then read", async () => {
		const context = {};
		const reads = counter();
		expect(await sharedLoaderRead({ request: post(), context }, "child:1", reads.read)).toBe(1);
		expect(await sharedLoaderRead({ request: post(), context }, "child:1", reads.read)).toBe(2);
		// The loaders that follow the action get a GET request and read afresh.
		expect(await sharedLoaderRead({ request: get(), context }, "child:1", reads.read)).toBe(3);
	});

	it("hands the same refusal to every loader", async () => {
		const context = {};
		let calls = 0;
		const refuse = async () => {
			calls++;
			throw new Response(null, { status: 404 });
		};
		const outcomes = await Promise.allSettled([
			sharedLoaderRead({ request: get(), context }, "child:9", refuse),
			sharedLoaderRead({ request: get(), context }, "child:9", refuse),
		]);
		expect(outcomes.map((outcome) => outcome.status)).toEqual(["rejected", "rejected"]);
		expect(calls).toBe(1);
	});
});
