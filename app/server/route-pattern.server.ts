import { matchRoutes, type RouteObject, type ServerBuild } from "react-router";

type RouteNode = RouteObject & { id: string };

/**
 * Turns the flat route manifest of a server build into a tree that `matchRoutes` accepts, so
 * metrics can be labelled by route pattern ("/children/:childId/camps") instead of by URL.
 */
function routeTree(build: ServerBuild): RouteNode[] {
	const nodes = new Map<string, RouteNode & { children: RouteNode[] }>();
	for (const route of Object.values(build.routes)) {
		if (!route) continue;
		nodes.set(route.id, {
			id: route.id,
			path: route.path,
			index: route.index,
			caseSensitive: route.caseSensitive,
			children: [],
		} as RouteNode & { children: RouteNode[] });
	}
	const roots: RouteNode[] = [];
	for (const route of Object.values(build.routes)) {
		if (!route) continue;
		const node = nodes.get(route.id);
		const parent = route.parentId ? nodes.get(route.parentId) : undefined;
		if (!node) continue;
		if (parent) parent.children.push(node);
		else roots.push(node);
	}
	return roots;
}

/** Every static segment of the route table, lower-cased (no route is case-sensitive). */
function staticSegments(build: ServerBuild): Set<string> {
	const segments = new Set<string>();
	for (const route of Object.values(build.routes)) {
		for (const segment of route?.path?.split("/") ?? []) {
			if (segment && !segment.startsWith(":") && segment !== "*") segments.add(segment.toLowerCase());
		}
	}
	return segments;
}

/**
 * Returns a function giving the route pattern of a pathname, or `undefined` if none matches.
 *
 * `matchRoutes` flattens and ranks the whole tree on each call, so answers are cached by the
 * pathname's shape: a segment that equals no static segment of any route can only match a
 * dynamic one, whatever its value, so it is replaced by `:` before the lookup. Every child's
 * « Stages » then shares one entry, and the cache stays as small as the route table.
 */
export function createRoutePatternMatcher(build: ServerBuild): (pathname: string) => string | undefined {
	const tree = routeTree(build);
	const statics = staticSegments(build);
	const byShape = new Map<string, string | undefined>();
	const shapeOf = (pathname: string) =>
		pathname
			.split("/")
			.map((segment) => (segment === "" || statics.has(decodedLowerCase(segment)) ? segment : ":"))
			.join("/");
	return (pathname) => {
		const shape = shapeOf(pathname);
		if (byShape.has(shape)) return byShape.get(shape);
		const matches = matchRoutes(tree, shape);
		const pattern = matches
			? `/${matches
					.map((match) => match.route.path)
					.filter((segment): segment is string => Boolean(segment))
					.join("/")}`.replace(/\/+/g, "/")
			: undefined;
		// Bounded against robots that try many combinations of static words.
		if (byShape.size >= 2000) byShape.clear();
		byShape.set(shape, pattern);
		return pattern;
	};
}

function decodedLowerCase(segment: string): string {
	try {
		return decodeURIComponent(segment).toLowerCase();
	} catch {
		return segment.toLowerCase();
	}
}
