import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { changeStaffMember } from "#app/domain/groups/change-staff-member.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { listPendingInvitations } from "#app/domain/groups/invitations.server.ts";
import { inviteStaff } from "#app/domain/groups/invite-staff.server.ts";
import { removeStaffMember } from "#app/domain/groups/remove-staff-member.server.ts";
import { revokeInvitation } from "#app/domain/groups/revoke-invitation.server.ts";
import { listStaffOfGroup } from "#app/domain/groups/staff.repository.server.ts";
import { inviteStaffSchema, staffRoleSchema } from "#app/domain/groups/staff-input.ts";
import { nowIso } from "#app/infra/clock.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireGroupAdmin, requireStaff } from "../+shared/staff-context.server.ts";
import type { Route } from "./+types/staff";

const membershipSchema = z.object({ membershipId: z.string().min(1).max(64) });

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	return {
		group: staff.group,
		viewerUserId: staff.viewer.userId,
		members: await listStaffOfGroup(db, staff.group.id),
		invitations: await listPendingInvitations(db, staff.group.id, nowIso()),
		houses: (await listHousesForStaff(db, staff.access)).map((house) => ({ id: house.id, name: house.name })),
		constraints: { invite: formConstraint(inviteStaffSchema), member: formConstraint(staffRoleSchema) },
	};
}

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const formData = await readForm(request);
	const intent = formData.get("intent");
	const back = `/staff/${staff.group.id}/staff`;

	if (intent === "invite") {
		return handleForm({
			request,
			formData,
			schema: inviteStaffSchema,
			run: async (values) => {
				await inviteStaff({
					db,
					actor: staff.actor,
					groupId: staff.group.id,
					input: values,
					language: requestInfo(context).language,
				});
				return redirectWithFlash(back, { message: "staff.invite.sent", values: { email: values.email } });
			},
		});
	}
	if (intent === "change-role") {
		return handleForm({
			request,
			formData,
			schema: staffRoleSchema,
			run: async (values) => {
				await changeStaffMember({
					db,
					actor: staff.actor,
					membershipId: String(formData.get("membershipId") ?? ""),
					input: values,
				});
				return redirectWithFlash(back, { message: "staff.roleChanged" });
			},
		});
	}
	if (intent === "remove") {
		// Removing the last admin is refused under that member's form.
		return handleForm({
			request,
			formData,
			schema: membershipSchema,
			run: async ({ membershipId }) => {
				await removeStaffMember({ db, actor: staff.actor, membershipId });
				return redirectWithFlash(back, { message: "staff.removed" });
			},
		});
	}
	if (intent === "revoke-invitation") {
		try {
			await revokeInvitation({ db, actor: staff.actor, invitationId: String(formData.get("invitationId") ?? "") });
		} catch (error) {
			return throwAsErrorPage(error);
		}
		return redirectWithFlash(back, { message: "staff.invite.revoked" });
	}
	throw data(null, { status: 400 });
}
