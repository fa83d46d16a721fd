import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { readThread } from "#app/domain/messaging/read-thread.server.ts";
import { replyToThread } from "#app/domain/messaging/reply-to-thread.server.ts";
import { isId } from "#app/infra/ids.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { requestInfo } from "#app/server/request-info.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { replySchema } from "./+shared/message-forms.ts";
import { uploadedFiles } from "./+shared/uploaded-files.server.ts";
import type { Route } from "./+types/$threadId";

/** One thread about the parent's child: 404 for anyone but a current guardian of the child. */
export async function loader({ request, context, params }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	if (!isId(params.threadId)) throw data(null, { status: 404 });
	try {
		const { thread, messages, readByStaffAt } = await readThread({
			db: getDb(),
			viewer: { kind: "guardian", userId: viewer.userId },
			threadId: params.threadId,
		});
		return {
			thread: {
				id: thread.id,
				subject: thread.subject,
				childName: `${thread.child_first_name} ${thread.child_last_name}`.trim(),
				houseName: thread.house_name,
			},
			messages,
			readByStaffAt,
			viewerUserId: viewer.userId,
			constraints: { reply: formConstraint(replySchema) },
		};
	} catch (error) {
		return throwAsErrorPage(error);
	}
}

/** « Répondre », with up to 2 files. */
export async function action({ request, context, params }: Route.ActionArgs) {
	const viewer = await requireViewer(request, context);
	if (!isId(params.threadId)) throw data(null, { status: 404 });
	const threadId = params.threadId;
	const formData = await readForm(request);
	return handleForm({
		request,
		formData,
		schema: replySchema,
		run: async (values) => {
			await replyToThread({
				db: getDb(),
				storage: getFileStorage(),
				actor: { userId: viewer.userId, ipAddress: requestInfo(context).ipAddress },
				viewer: { kind: "guardian", userId: viewer.userId },
				threadId,
				body: values.body,
				files: await uploadedFiles(formData),
			});
			return redirectWithFlash(`/messages/${threadId}`, { message: "messages.thread.replied" });
		},
	});
}
