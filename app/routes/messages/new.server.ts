import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { listChildrenOfGuardian } from "#app/domain/families/families.repository.server.ts";
import { messageHousesOfChild } from "#app/domain/messaging/message-houses.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { newMessageSchema } from "./+shared/message-forms.ts";
import { uploadedFiles } from "./+shared/uploaded-files.server.ts";
import type { Route } from "./+types/new";

/**
 * « Nouveau message »: the parent's children, and for the chosen one (`?child=`, or the only
 * child) the houses it belongs to, the possible recipients.
 */
export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const db = getDb();
	const children = await listChildrenOfGuardian(db, viewer.userId);
	const wanted = documentUrl(request).searchParams.get("child");
	const chosen = children.find((child) => child.id === wanted) ?? (children.length === 1 ? children[0] : undefined);
	return {
		children: children.map((child) => ({ id: child.id, name: `${child.first_name} ${child.last_name}`.trim() })),
		childId: chosen?.id ?? null,
		houses: chosen ? await messageHousesOfChild(db, chosen, dateInBrussels()) : [],
		constraints: { newMessage: formConstraint(newMessageSchema) },
	};
}

/** « Envoyer le message »: the files are checked by content, then the thread is opened. */
export async function action({ request, context }: Route.ActionArgs) {
	const viewer = await requireViewer(request, context);
	const formData = await readForm(request);
	return handleForm({
		request,
		formData,
		schema: newMessageSchema,
		run: async (values) => {
			const threadId = await startThread({
				db: getDb(),
				storage: getFileStorage(),
				actor: { userId: viewer.userId, ipAddress: requestInfo(context).ipAddress },
				childId: values.childId,
				houseId: values.houseId,
				subject: values.subject,
				body: values.body,
				files: await uploadedFiles(formData),
			});
			return redirectWithFlash(`/messages/${threadId}`, { message: "messages.new.sent" });
		},
	});
}
