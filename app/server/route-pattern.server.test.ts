import { matchRoutes, type ServerBuild } from "react-router";
import { describe, expect, it } from "vitest";
import { createRoutePatternMatcher } from "./route-pattern.server.ts";

type Manifest = Record<string, { id: string; parentId?: string; path?: string; index?: boolean }>;

// A slice of the real table, with the shapes that could confuse a cache by shape: a static
// segment beside a dynamic one (`children/add` and `children/:childId`), nested dynamic
// segments, a file-like static segment, and an index route.
const manifest: Manifest = {
	root: { id: "root", path: "" },
	home: { id: "home", parentId: "root", index: true },
	children: { id: "children", parentId: "root", path: "children" },
	add: { id: "add", parentId: "root", path: "children/add" },
	addCode: { id: "addCode", parentId: "root", path: "children/add/code" },
	child: { id: "child", parentId: "root", path: "children/:childId" },
	childIndex: { id: "childIndex", parentId: "child", index: true },
	camps: { id: "camps", parentId: "child", path: "camps" },
	confirmation: {
		id: "confirmation",
		parentId: "root",
		path: "children/:childId/registrations/:registrationId/confirmation.pdf",
	},
	staffOffer: { id: "staffOffer", parentId: "root", path: "staff/:groupId/offers/:offerId" },
	feed: { id: "feed", parentId: "root", path: "calendar/:feed" },
};

const build = { routes: manifest } as unknown as ServerBuild;

/** What React Router itself says, without any cache. */
function patternByReactRouter(pathname: string): string | undefined {
	const nodes = new Map<string, { id: string; path?: string; index?: boolean; children: unknown[] }>();
	for (const route of Object.values(manifest)) nodes.set(route.id, { ...route, children: [] });
	const roots: unknown[] = [];
	for (const route of Object.values(manifest)) {
		const node = nodes.get(route.id);
		if (route.parentId) nodes.get(route.parentId)?.children.push(node);
		else roots.push(node);
	}
	const matches = matchRoutes(roots as Parameters<typeof matchRoutes>[0], pathname);
	if (!matches) return undefined;
	return `/${matches
		.map((match) => match.route.path)
		.filter(Boolean)
		.join("/")}`.replace(/\/+/g, "/");
}

describe("createRoutePatternMatcher", () => {
	const paths = [
		"/",
		"/children",
		"/children/add",
		"/CHILDREN/Add",
		"/children/%61dd",
		"/children/add/code",
		"/children/0190f3a0-aaaa-7bbb-8ccc-000000000001",
		"/children/0190f3a0-aaaa-7bbb-8ccc-000000000001/camps",
		"/children/0190f3a0-aaaa-7bbb-8ccc-000000000002/camps",
		"/children/code/camps",
		"/children/x/registrations/y/confirmation.pdf",
		"/children/x/registrations/y/confirmation.ics",
		"/staff/g/offers/o",
		"/staff/offers/offers/offers",
		"/calendar/abc.ics",
		"/nowhere",
		"/children/x/unknown",
		"/children//camps",
	];

	it("gives the pattern React Router gives, for every shape, asked twice", () => {
		const patternOf = createRoutePatternMatcher(build);
		for (const pathname of [...paths, ...paths]) {
			expect(patternOf(pathname), pathname).toBe(patternByReactRouter(pathname));
		}
	});

	it("labels every child's « Stages » with one pattern", () => {
		const patternOf = createRoutePatternMatcher(build);
		expect(patternOf("/children/a/camps")).toBe("/children/:childId/camps");
		expect(patternOf("/children/b/camps")).toBe("/children/:childId/camps");
		expect(patternOf("/children/add")).toBe("/children/add");
		expect(patternOf("/children/x/registrations/y/confirmation.pdf")).toBe(
			"/children/:childId/registrations/:registrationId/confirmation.pdf",
		);
		expect(patternOf("/children/x/nothing-here")).toBeUndefined();
	});
});
