import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { AppError, isAppError } from "#app/domain/app-error.ts";
import {
	listPublicationChildren,
	listPublicationOffers,
	type PublicationAudience,
	publicationFamilies,
} from "#app/domain/documents/publication-audience.server.ts";
import { publishDocument } from "#app/domain/documents/publish-document.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { pluralKey } from "#app/infra/intl.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import { publishSchema } from "./+shared/publication-forms.ts";
import type { Route } from "./+types/publish";

type AudienceFields = {
	audience?: string | null;
	houseId?: string | null;
	offerId?: string | null;
	status?: string | null;
	childId?: string | null;
};

/** The audience the fields describe within the chosen house, when complete. */
function audienceOf(fields: AudienceFields): PublicationAudience | null {
	const { audience, houseId, offerId, childId } = fields;
	const status = fields.status === "accepted" || fields.status === "waiting" ? fields.status : "all";
	if (audience === "offer" && isId(offerId ?? undefined)) return { kind: "offer", offerId: offerId as string, status };
	if (!isId(houseId ?? undefined)) return null;
	if (audience === "house") return { kind: "house", houseId: houseId as string };
	if (audience === "family" && isId(childId ?? undefined))
		return { kind: "family", houseId: houseId as string, childId: childId as string };
	return null;
}

/**
 * « Publier un document » for one house (`?house=`, else the member's first): the house's
 * offers and children to choose from and — once an audience is chosen (« Compter les
 * familles », a GET) — how many families it reaches, before the document can be given.
 * A house, offer or child outside the member's houses is 404; read-only members get 403.
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const db = getDb();
	const search = documentUrl(request).searchParams;
	const houses = await listHousesForStaff(db, staff.access);
	const wanted = search.get("house");
	const house = wanted ? houses.find((candidate) => candidate.id === wanted) : houses[0];
	if (!house) throw data(null, { status: 404 });
	if (staffPermissions(staff.access).readOnly) throw data(null, { status: 403 });
	const today = dateInBrussels();
	const audience = audienceOf({
		audience: search.get("audience"),
		houseId: house.id,
		offerId: search.get("offerId"),
		status: search.get("status"),
		childId: search.get("childId"),
	});
	let count: number | null = null;
	if (audience) {
		try {
			const families = await publicationFamilies(db, staff.access, audience, today);
			if (families.houseId !== house.id) throw data(null, { status: 404 });
			count = families.childIds.length;
		} catch (error) {
			if (!isAppError(error)) throw error;
			throw data(null, { status: error.status });
		}
	}
	const children = await listPublicationChildren(db, staff.access, house.id, today);
	return {
		houses: houses.map((candidate) => ({ id: candidate.id, name: candidate.name })),
		house: { id: house.id, name: house.name },
		offers: await listPublicationOffers(db, staff.access, house.id, today),
		children: children.map((child) => ({
			id: child.id,
			name: `${child.last_name} ${child.first_name}`.trim(),
			fileNumber: child.file_number,
		})),
		audience: {
			kind: search.get("audience") ?? "house",
			offerId: search.get("offerId") ?? "",
			status: search.get("status") ?? "all",
			childId: search.get("childId") ?? "",
		},
		count,
		constraints: { publish: formConstraint(publishSchema) },
	};
}

/** « Publier le document »: the file is checked by content, then one row per family; back to the list. */
export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const formData = await readForm(request);
	return handleForm({
		request,
		formData,
		schema: publishSchema,
		run: async (values) => {
			const audience = audienceOf(values);
			if (!audience) throw data(null, { status: 404 });
			// The form has one file input: a second file is refused, not dropped unseen.
			if (formData.getAll("file").length > 1) {
				throw new AppError("VALIDATION", { fieldErrors: { file: ["documents.publish.oneFile"] } });
			}
			const file = formData.get("file");
			const chosen = file instanceof File && (file.size > 0 || file.name !== "") ? file : undefined;
			const { houseId, reached } = await publishDocument({
				db: getDb(),
				storage: getFileStorage(),
				actor: staff.actor,
				access: staff.access,
				audience,
				input: values,
				file: chosen ? { name: chosen.name, content: Buffer.from(await chosen.arrayBuffer()) } : undefined,
			});
			return redirectWithFlash(`/staff/${staff.group.id}/documents?house=${houseId}`, {
				message: pluralKey("documents.publish.published", reached, getLanguage(context)),
				values: { count: String(reached) },
			});
		},
	});
}
