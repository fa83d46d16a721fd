import { data, redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { findUserByEmail } from "#app/domain/accounts/accounts.repository.server.ts";
import { getAuth } from "#app/domain/accounts/auth.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { isAppError } from "#app/domain/app-error.ts";
import { acceptInvitation } from "#app/domain/groups/accept-invitation.server.ts";
import { findUsableInvitation } from "#app/domain/groups/invitations.server.ts";
import { invitationAccountSchema } from "#app/domain/groups/staff-input.ts";
import { nowIso } from "#app/infra/clock.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/accept";

export async function loader({ request, context }: Route.LoaderArgs) {
	const token = documentUrl(request).searchParams.get("token") ?? "";
	const db = getDb();
	const invitation = await findUsableInvitation(db, token, nowIso());
	// The page holds the account form's hook whatever the state.
	const constraints = { account: formConstraint(invitationAccountSchema) };
	if (!invitation) return { state: "invalid" as const, constraints };
	const viewer = await getViewer(request, context);
	return {
		state: "valid" as const,
		token,
		groupName: invitation.group_name,
		role: invitation.role,
		email: invitation.email,
		viewer: viewer ? { name: viewer.name, email: viewer.email } : null,
		// Only the addressee may accept: anyone else is told so, and is offered no button.
		forSomeoneElse: viewer !== null && viewer.email.toLowerCase() !== invitation.email.toLowerCase(),
		accountExists: !viewer && (await findUserByEmail(db, invitation.email)) !== undefined,
		constraints,
	};
}

/** Joins as the signed-in person, or creates the account (and signs in with it). */
export async function action({ request, context }: Route.ActionArgs) {
	const { language, ipAddress } = requestInfo(context);
	const viewer = await getViewer(request, context);
	const db = getDb();
	if (viewer) {
		const formData = await readForm(request);
		try {
			const { groupId } = await acceptInvitation({
				db,
				token: String(formData.get("token") ?? ""),
				viewerUserId: viewer.userId,
				language,
				ipAddress,
			});
			return redirectWithFlash(`/staff/${groupId}`, { message: "staff.invitation.welcome" });
		} catch (error) {
			if (isAppError(error, "NOT_FOUND")) return redirect("/invitations/accept");
			if (isAppError(error, "FORBIDDEN") || isAppError(error, "CONFLICT")) {
				const refused = isAppError(error, "CONFLICT")
					? ("staff.invitation.alreadyMember" as const)
					: ("staff.invitation.wrongAccount" as const);
				return data({ refused }, { status: error.status });
			}
			return throwAsErrorPage(error);
		}
	}
	return handleForm({
		request,
		schema: invitationAccountSchema,
		hideFields: ["password", "confirmPassword"],
		run: async (values) => {
			const { groupId, email } = await acceptInvitation({
				db,
				token: values.token,
				viewerUserId: null,
				newAccount: values,
				language,
				ipAddress,
			});
			const { headers } = await getAuth().api.signInEmail({
				body: { email, password: values.password },
				headers: request.headers,
				returnHeaders: true,
			});
			return redirectWithFlash(`/staff/${groupId}`, { message: "staff.invitation.welcome" }, headers);
		},
	});
}
