import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { expectsTaxCertificate } from "#app/domain/billing/read-certificates.server.ts";
import { parentProfileServerSchema } from "#app/domain/families/dossier-input.server.ts";
import { parentProfileSchema } from "#app/domain/families/dossier-input.ts";
import { findParentProfile } from "#app/domain/families/families.repository.server.ts";
import { formatNationalNumber } from "#app/domain/families/national-number.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { saveParentProfile } from "#app/domain/families/save-parent-profile.server.ts";
import { messageMailIntent } from "#app/domain/messaging/message-mail-choices.ts";
import { messageMailSchema } from "#app/domain/messaging/message-mail-input.ts";
import { setMessageMail } from "#app/domain/messaging/set-message-mail.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import type { Route } from "./+types/me";

export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const db = getDb();
	const profile = await findParentProfile(db, viewer.userId);
	if (!profile) throw new Response(null, { status: 404 });
	const { national_number: nationalNumber, ...rest } = profile;
	// The notice that a tax certificate will need the number, only while it is missing.
	const certificateExpected = !nationalNumber && (await expectsTaxCertificate(db, viewer.userId));
	return {
		profile: {
			...rest,
			// Formatted here, not in the page: the numbering tables stay on the server (decision 027).
			mobile_phone_shown: profile.mobile_phone ? formatPhone(profile.mobile_phone) : "",
			national_number_shown: nationalNumber ? formatNationalNumber(nationalNumber) : "",
		},
		certificateExpected,
		constraints: { profile: formConstraint(parentProfileSchema), messageMail: formConstraint(messageMailSchema) },
	};
}

/** « Sauvegarder mes données personnelles », or « Enregistrer ce choix » of the message mails. */
export async function action({ request, context }: Route.ActionArgs) {
	const viewer = await requireViewer(request, context);
	const formData = await readForm(request);
	if (formData.get("intent") === messageMailIntent) {
		return handleForm({
			request,
			formData,
			schema: messageMailSchema,
			run: async (values) => {
				await setMessageMail({ db: getDb(), userId: viewer.userId, input: values });
				return redirectWithFlash("/me", { message: "families.profile.messageMail.saved" });
			},
		});
	}
	return handleForm({
		request,
		formData,
		schema: parentProfileServerSchema,
		run: async (values) => {
			await saveParentProfile({
				db: getDb(),
				actor: { userId: viewer.userId, ipAddress: requestInfo(context).ipAddress },
				input: values,
			});
			return redirectWithFlash("/me", { message: "families.profile.saved" });
		},
	});
}
