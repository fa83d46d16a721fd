import path from "node:path";
import { describe, expect, it } from "vitest";
import { appDir, linesMatching } from "#tests/support/source-files.ts";
import { formLimits, formShapeProblem, isFormMediaType, isSafeFieldName, readForm } from "./form-body.server.ts";

function form(body: string): FormData {
	const data = new FormData();
	for (const [name, value] of new URLSearchParams(body)) data.append(name, value);
	return data;
}

function post(body: string, type = "application/x-www-form-urlencoded"): Request {
	return new Request("http://localhost/x", { method: "POST", headers: { "content-type": type }, body });
}

async function statusOf(promise: Promise<unknown>): Promise<number | "read"> {
	try {
		await promise;
		return "read";
	} catch (error) {
		return (error as { init?: { status: number } }).init?.status ?? -1;
	}
}

describe("form bounds", () => {
	it("accepts the names our forms use", () => {
		for (const name of ["email", "intent", "houseIds", "rows[0].name", "rows[99]", "a.b.c.d", "todos[]"]) {
			expect(isSafeFieldName(name), name).toBe(true);
		}
		expect(formShapeProblem(form("firstName=Al&houseIds=a&houseIds=b&rows[3].name=x"))).toBeNull();
	});

	it.each([
		["a sparse index", "x[999999999]"],
		["an index past the bound", `x[${formLimits.maxIndex + 1}]`],
		["a deep name", `${"a.".repeat(10_000)}a`],
		["nested indexes", "a[0][0][0][0][0]"],
		["a long name", "a".repeat(formLimits.maxNameLength + 1)],
		["a prototype segment", "__proto__.polluted"],
		["a constructor segment", "a.constructor.prototype"],
		["an empty segment", "a..b"],
		["an unclosed bracket", "a[0"],
		["a bracket key", "a[b]"],
		["an empty name", ""],
	])("refuses %s", (_kind, name) => {
		expect(isSafeFieldName(name)).toBe(false);
	});

	it("refuses a NUL character in a value (PostgreSQL refuses it in text)", () => {
		expect(formShapeProblem(form("email=a%00b"))).toBe("nulCharacter");
	});

	it("refuses too many entries, in one linear pass", () => {
		expect(formShapeProblem(form("a=1&".repeat(50_000)))).toBe("tooManyEntries");
		expect(formShapeProblem(form("a=1&".repeat(formLimits.maxEntries)))).toBeNull();
	});

	it("knows the media types of a form", () => {
		expect(isFormMediaType("application/x-www-form-urlencoded;charset=UTF-8")).toBe(true);
		expect(isFormMediaType("multipart/form-data; boundary=x")).toBe(true);
		for (const type of ["application/json", "text/plain", "application/xml", "", null, undefined]) {
			expect(isFormMediaType(type)).toBe(false);
		}
	});
});

describe("readForm", () => {
	it("reads a form and drops Conform's reserved intent fields", async () => {
		const formData = await readForm(post('a=1&__intent__={"type":"reset","payload":{}}&__state__=x'));
		expect([...formData.keys()]).toEqual(["a"]);
	});

	it("answers 415 for what is not a form and 400 for an unreadable or unbounded one", async () => {
		expect(await statusOf(readForm(post('{"a":1}', "application/json")))).toBe(415);
		expect(await statusOf(readForm(post("--x\r\nbroken", "multipart/form-data; boundary=x")))).toBe(400);
		expect(await statusOf(readForm(post("x[999999999]=1")))).toBe(400);
		expect(await statusOf(readForm(post("a=1&".repeat(50_000))))).toBe(400);
	});

	it("answers 400 for a form that sends its intent twice, whose reply no form could claim", async () => {
		expect(formShapeProblem(form("intent=merge&targetFileNumber=999&intent=merge"))).toBe("repeatedIntent");
		expect(await statusOf(readForm(post("intent=merge&targetFileNumber=999&intent=merge")))).toBe(400);
		expect(formShapeProblem(form("intent=merge&targetFileNumber=999"))).toBeNull();
	});

	it("is the only way app/ reads a request body", () => {
		// request.formData(), .text(), .json(), .arrayBuffer(), .blob() outside the reader
		// would skip the bounds: every action goes through readForm (or handleForm).
		const direct = /\brequest\s*\.\s*(?:formData|text|json|arrayBuffer|blob)\s*\(/;
		expect(linesMatching(direct, [path.join(appDir, "server/form-body.server.ts")])).toEqual([]);
		expect(direct.test("const form = await args.request.formData();")).toBe(true);
	});
});
