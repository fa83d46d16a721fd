import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { endEnrolment } from "#app/domain/families/end-enrolment.server.ts";
import { enrolChild } from "#app/domain/families/enrol-child.server.ts";
import { endEnrolmentSchema, enrolChildSchema } from "#app/domain/families/enrolment-input.ts";
import { isCurrentEnrolment } from "#app/domain/families/enrolment-rules.ts";
import {
	findHousesByIds,
	listEnrolmentsOfChild,
	listHousesByRegistration,
} from "#app/domain/families/enrolments.repository.server.ts";
import { listHousesOfGroup } from "#app/domain/offers/registration-documents.repository.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { staffDossier } from "../../../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/houses";

/**
 * « Maisons » of a child's dossier: its enrolments (dated by group admins) and the houses its
 * registrations tie it to for now. Everyone who sees the child sees this; group admins enrol.
 */
export async function loader(args: Route.LoaderArgs) {
	const dossier = await staffDossier(args);
	const { child } = dossier;
	const db = getDb();
	const today = dateInBrussels();
	const [enrolments, byRegistration, groupHouses] = await Promise.all([
		listEnrolmentsOfChild(db, child.id),
		listHousesByRegistration(db, child.id, today),
		dossier.canManageGroup ? listHousesOfGroup(db, child.group_id) : [],
	]);
	const registrationHouses = await findHousesByIds(
		db,
		child.group_id,
		byRegistration.map((row) => row.house_id),
	);
	return {
		childId: child.id,
		canEnrol: dossier.canManageGroup && child.status !== "merged",
		enrolments: enrolments.map((enrolment) => ({
			id: enrolment.id,
			houseName: enrolment.house_name,
			houseKind: enrolment.house_kind,
			startsOn: enrolment.starts_on,
			endsOn: enrolment.ends_on,
			current: isCurrentEnrolment(enrolment, today),
		})),
		byRegistration: registrationHouses.map((house) => ({
			id: house.id,
			name: house.name,
			kind: house.kind,
			lastDay: byRegistration.find((row) => row.house_id === house.id)?.last_day ?? null,
		})),
		// An archived house takes no new enrolment (decision 024).
		houses: groupHouses
			.filter((house) => house.archived_at === null)
			.map((house) => ({ id: house.id, name: house.name })),
		today,
		constraints: { enrol: formConstraint(enrolChildSchema), endEnrolment: formConstraint(endEnrolmentSchema) },
	};
}

export async function action(args: Route.ActionArgs) {
	const dossier = await staffDossier(args);
	// Enrolling opens a dossier to a house's staff: group admins only (decision 013).
	if (!dossier.canManageGroup || !dossier.canEdit || dossier.actor.viewer.kind !== "staff") {
		throw data(null, { status: 403 });
	}
	const actor = { ...dossier.actor, access: dossier.actor.viewer.access };
	const db = getDb();
	const childId = dossier.child.id;
	const here = `${dossier.basePath}/houses`;
	const { request } = args;
	const formData = await readForm(request);
	switch (String(formData.get("intent") ?? "")) {
		case "enrol":
			return handleForm({
				request,
				formData,
				schema: enrolChildSchema,
				run: async (values) => {
					await enrolChild({ db, actor, childId, input: values });
					return redirectWithFlash(here, { message: "families.enrolments.enrolled" });
				},
			});
		case "end-enrolment":
			return handleForm({
				request,
				formData,
				schema: endEnrolmentSchema,
				run: async (values) => {
					await endEnrolment({ db, actor, childId, input: values });
					return redirectWithFlash(here, { message: "families.enrolments.endDone" });
				},
			});
		default:
			throw data(null, { status: 400 });
	}
}
