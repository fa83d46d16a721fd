import { index, type RouteConfig, route } from "@react-router/dev/routes";

/** The URL tree. Files under app/routes mirror it. */
export default [
	index("routes/home.tsx"),
	route("language", "routes/language.ts"),
	route("children", "routes/children/index.tsx"),
	route("children/:childId", "routes/children/$childId/layout.tsx"),
	route("me", "routes/me.tsx"),
	route("messages", "routes/messages.tsx"),
	route("staff", "routes/staff/index.tsx"),
] satisfies RouteConfig;
