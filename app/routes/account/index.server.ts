import { data, redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { changeEmailSchema, changePasswordSchema } from "#app/domain/accounts/account-input.ts";
import { findCredentialPasswordHash, listSessionsOfUser } from "#app/domain/accounts/accounts.repository.server.ts";
import { changePassword } from "#app/domain/accounts/change-password.server.ts";
import { deviceName } from "#app/domain/accounts/device-name.server.ts";
import { requestEmailChange } from "#app/domain/accounts/request-email-change.server.ts";
import { revokeSessions } from "#app/domain/accounts/revoke-sessions.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { now } from "#app/infra/clock.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/index";

export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const db = getDb();
	const sessions = await listSessionsOfUser(db, viewer.userId, now());
	return {
		email: viewer.email,
		username: viewer.username,
		hasPassword: (await findCredentialPasswordHash(db, viewer.userId)) !== null,
		sessions: sessions.map((session) => ({
			id: session.id,
			current: session.token === viewer.sessionToken,
			// Null when unknown: the page leaves the address out rather than print « Adresse · ».
			ipAddress: session.ip_address?.trim() || null,
			device: deviceName(session.user_agent),
			createdAt: session.created_at,
			lastUsedAt: session.updated_at,
		})),
		constraints: {
			changePassword: formConstraint(changePasswordSchema),
			changeEmail: formConstraint(changeEmailSchema),
		},
	};
}

export async function action({ request, context }: Route.ActionArgs) {
	const viewer = await requireViewer(request, context);
	const { ipAddress } = requestInfo(context);
	const db = getDb();
	const formData = await readForm(request);
	const intent = formData.get("intent");

	if (intent === "change-password") {
		return handleForm({
			request,
			formData,
			schema: changePasswordSchema,
			hideFields: ["currentPassword", "password", "confirmPassword"],
			run: async (values) => {
				await changePassword({ db, viewer, input: values, ipAddress });
				return redirectWithFlash("/account", { message: "account.password.changed" });
			},
		});
	}
	if (intent === "change-email") {
		return handleForm({
			request,
			formData,
			schema: changeEmailSchema,
			hideFields: ["currentPassword"],
			run: async (values) => {
				await requestEmailChange({ db, viewer, input: values, ipAddress });
				return redirect("/check-mailbox?for=email-change");
			},
		});
	}
	if (intent === "revoke-session" || intent === "revoke-all") {
		const which = intent === "revoke-all" ? "all" : String(formData.get("sessionId") ?? "");
		try {
			const { signedOutHere } = await revokeSessions({ db, viewer, which, ipAddress });
			return signedOutHere
				? redirectWithFlash("/sign-in", { message: "account.sessions.signedOutEverywhere" })
				: redirectWithFlash("/account", { message: "account.sessions.revoked" });
		} catch (error) {
			return throwAsErrorPage(error);
		}
	}
	throw data(null, { status: 400 });
}
