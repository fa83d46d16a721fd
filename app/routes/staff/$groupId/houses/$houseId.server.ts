import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requiredDocumentsSchema } from "#app/domain/documents/required-documents-input.ts";
import { setRequiredDocuments } from "#app/domain/documents/set-required-documents.server.ts";
import { listRequiredDocuments } from "#app/domain/documents/uploads.repository.server.ts";
import { archiveHouse, deleteHouse, houseInUse } from "#app/domain/groups/archive-house.server.ts";
import { houseInputServerSchema } from "#app/domain/groups/group-input.server.ts";
import { houseInputSchema } from "#app/domain/groups/group-input.ts";
import { findHouseForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { canEditHouse, staffPermissions } from "#app/domain/groups/permissions.ts";
import { updateHouse } from "#app/domain/groups/update-house.server.ts";
import { closeHouseDay, reopenHouseDay } from "#app/domain/meals/house-closed-days.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import { closedDaySchema } from "./+shared/closed-day-form.ts";
import type { Route } from "./+types/$houseId";

export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const house = await findHouseForStaff(getDb(), staff.access, params.houseId);
	if (!house) throw data(null, { status: 404 });
	const canArchive = staffPermissions(staff.access).archiveHousesAndPeriods;
	// Its closed days from today on (meals are not served then).
	const closedDays = await getDb()
		.selectFrom("house_closed_days")
		.select(["day", "reason"])
		.where("house_id", "=", house.id)
		.where("day", ">=", dateInBrussels())
		.orderBy("day")
		.limit(200)
		.execute();
	return {
		closedDays,
		/** « Documents demandés aux familles » (decision 037). */
		requiredDocuments: (await listRequiredDocuments(getDb(), [house.id])).map((required) => required.type),
		group: staff.group,
		house,
		canEdit: canEditHouse(staff.access, house.id),
		canArchive,
		/** Nothing attached: it may be deleted rather than archived (decision 024). */
		deletable: canArchive && !(await houseInUse(getDb(), house.id)),
		constraints: { house: formConstraint(houseInputSchema) },
	};
}

/** The archive buttons (group admins): each runs its use case and comes back with a message. */
const archiveIntents = {
	"archive-house": "houses.archive.done",
	"restore-house": "houses.archive.restored",
	"delete-house": "houses.archive.deleted",
} as const;

export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const formData = await readForm(request);
	const intent = formData.get("intent");
	if (intent === "close-day" || intent === "reopen-day") {
		const here = `/staff/${staff.group.id}/houses/${params.houseId}`;
		if (intent === "reopen-day") {
			const day = String(formData.get("day") ?? "");
			try {
				await reopenHouseDay({ db: getDb(), actor: staff.actor, houseId: params.houseId, day });
			} catch (error) {
				return throwAsErrorPage(error);
			}
			return redirectWithFlash(here, { message: "meals.closedDays.reopened" });
		}
		return handleForm({
			request,
			formData,
			schema: closedDaySchema,
			run: async (values) => {
				await closeHouseDay({ db: getDb(), actor: staff.actor, houseId: params.houseId, ...values });
				return redirectWithFlash(here, { message: "meals.closedDays.closed" });
			},
		});
	}
	if (intent === "required-documents") {
		return handleForm({
			request,
			formData,
			schema: requiredDocumentsSchema,
			run: async (values) => {
				await setRequiredDocuments({ db: getDb(), actor: staff.actor, houseId: params.houseId, types: values.types });
				return redirectWithFlash(`/staff/${staff.group.id}/houses/${params.houseId}`, {
					message: "uploads.required.saved",
				});
			},
		});
	}
	if (intent === "archive-house" || intent === "restore-house" || intent === "delete-house") {
		try {
			const options = { db: getDb(), actor: staff.actor, houseId: params.houseId };
			if (intent === "delete-house") {
				await deleteHouse(options);
				return redirectWithFlash(`/staff/${staff.group.id}/houses`, { message: archiveIntents[intent] });
			}
			await archiveHouse({ ...options, archived: intent === "archive-house" });
		} catch (error) {
			return throwAsErrorPage(error);
		}
		return redirectWithFlash(`/staff/${staff.group.id}/houses/${params.houseId}`, { message: archiveIntents[intent] });
	}
	return handleForm({
		request,
		formData,
		schema: houseInputServerSchema,
		run: async (values) => {
			await updateHouse({ db: getDb(), actor: staff.actor, houseId: params.houseId, input: values });
			return redirectWithFlash(`/staff/${staff.group.id}/houses/${params.houseId}`, { message: "houses.updated" });
		},
	});
}
