import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { assignThread } from "#app/domain/messaging/assign-thread.server.ts";
import { listMessageTemplates } from "#app/domain/messaging/message-templates.server.ts";
import { readThread } from "#app/domain/messaging/read-thread.server.ts";
import { replyToThread } from "#app/domain/messaging/reply-to-thread.server.ts";
import { setThreadDone } from "#app/domain/messaging/set-thread-done.server.ts";
import { listThreadAssignees } from "#app/domain/messaging/staff-thread.server.ts";
import { isId } from "#app/infra/ids.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { messageIntents } from "../../../messages/+shared/message-choices.ts";
import { assignSchema, replySchema } from "../../../messages/+shared/message-forms.ts";
import { uploadedFiles } from "../../../messages/+shared/uploaded-files.server.ts";
import { requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/$threadId";

/**
 * A thread of one of the member's houses (404 otherwise), marked read by them; with the
 * colleagues it can be assigned to and the house's ready answers (`?template=` fills the reply).
 */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!isId(params.threadId)) throw data(null, { status: 404 });
	const db = getDb();
	try {
		const { thread, messages } = await readThread({
			db,
			viewer: { kind: "staff", access: staff.access },
			threadId: params.threadId,
		});
		const templates = await listMessageTemplates(db, staff.access, thread.house_id);
		const chosen = templates.find((template) => template.id === documentUrl(request).searchParams.get("template"));
		return {
			thread: {
				id: thread.id,
				subject: thread.subject,
				childName: `${thread.child_first_name} ${thread.child_last_name}`.trim(),
				houseId: thread.house_id,
				houseName: thread.house_name,
				assignedTo: thread.assigned_to_user_id,
				done: thread.done_at !== null,
			},
			messages,
			assignees: await listThreadAssignees(db, staff.access.groupId, thread.house_id),
			templates: templates.map((template) => ({ id: template.id, title: template.title })),
			replyDraft: chosen?.body ?? "",
			templateId: chosen?.id ?? "",
			viewerUserId: staff.viewer.userId,
			readOnly: staffPermissions(staff.access).readOnly,
			constraints: { reply: formConstraint(replySchema), note: formConstraint(replySchema) },
		};
	} catch (error) {
		return throwAsErrorPage(error);
	}
}

/** « Répondre », « Note interne », « Attribuer à », « Marquer comme traité » / « Rouvrir », by `intent`. */
export async function action({ request, context, params }: Route.ActionArgs) {
	const staff = await requireStaff(request, context, params.groupId);
	if (!isId(params.threadId)) throw data(null, { status: 404 });
	const threadId = params.threadId;
	const db = getDb();
	const formData = await readForm(request);
	const here = `/staff/${staff.group.id}/messages/${threadId}`;
	const base = { db, actor: staff.actor, access: staff.access, threadId };
	const intent = formData.get("intent");
	switch (intent) {
		case messageIntents.reply:
		case messageIntents.note:
			return handleForm({
				request,
				formData,
				schema: replySchema,
				run: async (values) => {
					await replyToThread({
						db,
						storage: getFileStorage(),
						actor: staff.actor,
						viewer: { kind: "staff", access: staff.access },
						threadId,
						body: values.body,
						internal: intent === messageIntents.note,
						files: intent === messageIntents.reply ? await uploadedFiles(formData) : [],
					});
					return redirectWithFlash(here, {
						message: intent === messageIntents.note ? "messages.inbox.noteAdded" : "messages.inbox.replied",
					});
				},
			});
		case messageIntents.assign:
			return handleForm({
				request,
				formData,
				schema: assignSchema,
				run: async (values) => {
					await assignThread({ ...base, assigneeUserId: values.assigneeUserId || null });
					return redirectWithFlash(here, { message: "messages.inbox.assigned" });
				},
			});
		case messageIntents.done:
		case messageIntents.reopen:
			try {
				await setThreadDone({ ...base, done: intent === messageIntents.done });
			} catch (error) {
				return throwAsErrorPage(error);
			}
			return redirectWithFlash(here, {
				message: intent === messageIntents.done ? "messages.inbox.markedDone" : "messages.inbox.reopened",
			});
		default:
			throw data(null, { status: 400 });
	}
}
