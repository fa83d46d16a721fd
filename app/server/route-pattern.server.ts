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

/** Returns a function giving the route pattern of a pathname, or `undefined` if none matches. */
export function createRoutePatternMatcher(build: ServerBuild): (pathname: string) => string | undefined {
	const tree = routeTree(build);
	// matchRoutes ranks every branch on each call; recent answers are kept (bounded).
	const recent = new Map<string, string | undefined>();
	return (pathname) => {
		if (recent.has(pathname)) return recent.get(pathname);
		const matches = matchRoutes(tree, pathname);
		const pattern = matches
			? `/${matches
					.map((match) => match.route.path)
					.filter((segment): segment is string => Boolean(segment))
					.join("/")}`.replace(/\/+/g, "/")
			: undefined;
		if (recent.size >= 2000) recent.clear();
		recent.set(pathname, pattern);
		return pattern;
	};
}
