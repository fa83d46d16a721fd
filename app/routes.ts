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
	route("staff/:groupId", "routes/staff/$groupId/layout.tsx", [
		index("routes/staff/$groupId/index.tsx"),
		route("houses", "routes/staff/$groupId/houses/index.tsx"),
		route("houses/:houseId", "routes/staff/$groupId/houses/$houseId.tsx"),
		route("staff", "routes/staff/$groupId/staff.tsx"),
		route("audit", "routes/staff/$groupId/audit/index.tsx"),
		route("audit/export", "routes/staff/$groupId/audit/export.ts"),
	]),
	route("operator", "routes/operator/index.tsx"),
	route("invitations/accept", "routes/invitations/accept.tsx"),
	route("sign-in", "routes/sign-in.tsx"),
	route("sign-up", "routes/sign-up.tsx"),
	route("sign-out", "routes/sign-out.ts"),
	route("check-mailbox", "routes/check-mailbox.tsx"),
	route("forgot-password", "routes/forgot-password.tsx"),
	route("reset-password", "routes/reset-password.tsx"),
	route("account", "routes/account/index.tsx"),
	route("account/confirm-email", "routes/account/confirm-email.tsx"),
	route("account/confirmed", "routes/account/confirmed.tsx"),
	route("dev/mailbox", "routes/dev/mailbox.tsx"),
] satisfies RouteConfig;
