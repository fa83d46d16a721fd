import { describe, expect, it } from "vitest";
import { loader as homeLoader } from "#app/routes/home.server.ts";
import { action as languageAction } from "#app/routes/language.ts";
import { createTestGroup, createTestHouse } from "#tests/factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

describe("public shell routes", () => {
	it("home lists every group with its houses, to anyone", async () => {
		const group = await createTestGroup({ name: "Commune de Test" });
		await createTestHouse(group.id, { name: "Crèche Test", kind: "creche" });
		const { value } = await callRoute(homeLoader as never, { url: "/" });
		const { groups } = value as Awaited<ReturnType<typeof homeLoader>>;
		const listed = groups.find((candidate) => candidate.id === group.id);
		expect(listed?.houses.map((house) => house.name)).toEqual(["Crèche Test"]);
	});

	it("language: stores the choice in a cookie and returns to the same page", async () => {
		const { value } = await callRoute(languageAction as never, {
			url: "/language",
			form: { language: "nl", redirectTo: "/children?tab=1" },
		});
		const response = value as Response;
		expect(response.status).toBe(302);
		expect(response.headers.get("Location")).toBe("/children?tab=1");
		expect(response.headers.get("Set-Cookie")).toMatch(/^lng=.+; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/);
	});

	it("language: never redirects to another site", async () => {
		const { value } = await callRoute(languageAction as never, {
			url: "/language",
			form: { language: "de", redirectTo: "//evil.example/phish" },
		});
		expect((value as Response).headers.get("Location")).toBe("/");
	});

	it("language: an unknown language is a 400, not a 500", async () => {
		const { value, thrown } = await callRoute(languageAction as never, {
			url: "/language",
			form: { language: "xx" },
		});
		expect(thrown).toBe(true);
		expect(statusOf(value)).toBe(400);
	});
});
