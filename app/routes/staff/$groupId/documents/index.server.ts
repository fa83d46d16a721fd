import { getDb } from "#app/db/db.server.ts";
import { listPublicationsOfHouse } from "#app/domain/documents/published-documents.repository.server.ts";
import { withdrawPublication } from "#app/domain/documents/withdraw-publication.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import { withdrawSchema } from "./+shared/publication-forms.ts";
import type { Route } from "./+types/index";

/**
 * « Documents publiés » of one house (`?house=`, else the member's first house; only the
 * houses the member sees are offered), newest first, paged (decision 028), each with its
 * families and how many opened it. Readers read; they publish and withdraw nothing.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const db = getDb();
	const search = documentUrl(request).searchParams;
	const houses = await listHousesForStaff(db, staff.access);
	const house = houses.find((candidate) => candidate.id === search.get("house")) ?? houses[0];
	const page = pageFrom(search);
	const list = house
		? await listPublicationsOfHouse(db, { groupId: staff.group.id, houseId: house.id, page })
		: { rows: [], page, hasMore: false };
	return {
		houses: houses.map((candidate) => ({ id: candidate.id, name: candidate.name })),
		houseId: house?.id ?? null,
		publications: list.rows,
		page: list.page,
		hasNext: list.hasMore,
		permissions: staffPermissions(staff.access),
	};
}

/** « Retirer »: the publication disappears for the families; back to the same page of the list. */
export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	return handleForm({
		request,
		schema: withdrawSchema,
		run: async (values) => {
			await withdrawPublication({
				db: getDb(),
				actor: staff.actor,
				access: staff.access,
				publicationId: values.publicationId,
			});
			const back = `/staff/${staff.group.id}/documents${documentUrl(request).search}`;
			return redirectWithFlash(back, { message: "documents.staff.withdrawn" });
		},
	});
}
