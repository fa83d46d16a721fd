import { getDb } from "#app/db/db.server.ts";
import { listHousesForStaff } from "#app/domain/groups/groups.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import {
	createMessageTemplate,
	deleteMessageTemplate,
	listMessageTemplates,
} from "#app/domain/messaging/message-templates.server.ts";
import {
	countUnreadThreadsByHouse,
	listThreads,
	type ThreadFilter,
} from "#app/domain/messaging/messaging.repository.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { messageIntents } from "../../../messages/+shared/message-choices.ts";
import { deleteTemplateSchema, templateSchema } from "../../../messages/+shared/message-forms.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/index";

const filters: readonly ThreadFilter[] = ["all", "unread", "mine", "done"];

/**
 * The inbox of one house (`?house=`, else the member's first house): open threads, or unread,
 * assigned to me, done; paged (decision 028). Only the houses the member sees are offered, and
 * of those only the ones in use: an archived house is no longer offered nor opened by default,
 * but `?house=` still opens its threads for the history (decision 031).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const db = getDb();
	const search = documentUrl(request).searchParams;
	const visible = await listHousesForStaff(db, staff.access);
	const houses = visible.filter((candidate) => candidate.archived_at === null);
	const house = visible.find((candidate) => candidate.id === search.get("house")) ?? houses[0];
	const filter = filters.find((candidate) => candidate === search.get("filter")) ?? "all";
	const page = pageFrom(search);
	const viewer = { kind: "staff" as const, access: staff.access };
	const unreadByHouse = await countUnreadThreadsByHouse(
		db,
		viewer,
		houses.map((candidate) => candidate.id),
	);
	return {
		houses: houses.map((candidate) => ({
			id: candidate.id,
			name: candidate.name,
			unread: unreadByHouse.get(candidate.id) ?? 0,
		})),
		houseId: house?.id ?? null,
		archivedHouse: house?.archived_at ? house.name : null,
		filter,
		...(house
			? await listThreads(db, viewer, { houseId: house.id, filter, page })
			: { threads: [], page, hasNext: false }),
		templates: house ? await listMessageTemplates(db, staff.access, house.id) : [],
		permissions: staffPermissions(staff.access),
		constraints: { template: formConstraint(templateSchema) },
	};
}

/** The ready answers of the house: « Enregistrer la réponse type », « Supprimer ». */
export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	const formData = await readForm(request);
	const back = `/staff/${staff.group.id}/messages${documentUrl(request).search}`;
	if (formData.get("intent") === messageIntents.deleteTemplate) {
		return handleForm({
			request,
			formData,
			schema: deleteTemplateSchema,
			run: async (values) => {
				await deleteMessageTemplate({ db: getDb(), access: staff.access, templateId: values.templateId });
				return redirectWithFlash(back, { message: "messages.inbox.templates.deleted" });
			},
		});
	}
	return handleForm({
		request,
		formData,
		schema: templateSchema,
		run: async (values) => {
			await createMessageTemplate({
				db: getDb(),
				access: staff.access,
				houseId: values.houseId || null,
				title: values.title,
				body: values.body,
			});
			return redirectWithFlash(back, { message: "messages.inbox.templates.saved" });
		},
	});
}
