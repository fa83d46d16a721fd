import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	FormAlert,
	inputClass,
	ReplyErrors,
	replyFor,
	SubmitButton,
	TextAreaField,
	useAppForm,
} from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { AttachmentInput } from "../../../messages/+shared/attachment-input.tsx";
import { messageIntents } from "../../../messages/+shared/message-choices.ts";
import { ThreadMessages } from "../../../messages/+shared/thread-view.tsx";
import type { Route } from "./+types/$threadId";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["messages.inbox", "messages.thread", "messages.new", "messages.validation", "messages.attachments"],
};

export { action, loader } from "./$threadId.server.ts";

/** A family's thread for staff: messages and internal notes, reply, note, assign, done. */
export default function StaffThread({ loaderData, actionData, params }: Route.ComponentProps) {
	const { t } = useT();
	const { thread, messages, assignees, templates, replyDraft, templateId, viewerUserId, readOnly } = loaderData;
	const base = `/staff/${params.groupId}/messages`;
	const [replyForm, replyFields] = useAppForm({
		// A chosen ready answer or a new message starts a fresh form.
		id: `staff-reply-${messages.length}-${templateId}`,
		constraint: loaderData.constraints.reply,
		schema: () => import("../../../messages/+shared/message-forms.ts").then((m) => m.replySchema),
		lastResult: replyFor(actionData?.result, messageIntents.reply),
		defaultValue: { body: replyDraft },
	});
	const [noteForm, noteFields] = useAppForm({
		id: `staff-note-${messages.length}`,
		constraint: loaderData.constraints.note,
		schema: () => import("../../../messages/+shared/message-forms.ts").then((m) => m.replySchema),
		lastResult: replyFor(actionData?.result, messageIntents.note),
	});
	return (
		<>
			<title>{`${thread.subject} · ${t("messages.inbox.title")} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`${base}?house=${thread.houseId}`} className="text-brand-800 underline">
					← {t("messages.inbox.back")}
				</Link>
			</p>
			<h1 className="text-2xl font-bold break-words text-stone-900">{thread.subject}</h1>
			<p className="mb-4 text-stone-700">
				{t("messages.inbox.family", { child: thread.childName })} — {thread.houseName}
				{thread.done ? ` · ${t("messages.inbox.done")}` : ""}
			</p>
			{readOnly ? null : (
				<div className="mb-6 flex flex-wrap items-end gap-4">
					<Form method="post" className="flex flex-wrap items-end gap-2">
						<input type="hidden" name="intent" value={messageIntents.assign} />
						<div>
							<label htmlFor="assignee" className="text-sm font-semibold text-stone-800">
								{t("messages.inbox.assign")}
							</label>
							<select
								id="assignee"
								name="assigneeUserId"
								defaultValue={thread.assignedTo ?? ""}
								className={`mt-1 ${inputClass}`}
							>
								<option value="">{t("messages.inbox.nobody")}</option>
								{assignees.map((assignee) => (
									<option key={assignee.id} value={assignee.id}>
										{assignee.name}
									</option>
								))}
							</select>
						</div>
						<SubmitButton variant="secondary" intent={messageIntents.assign}>
							{t("messages.inbox.assignSubmit")}
						</SubmitButton>
						<ReplyErrors result={actionData?.result} intent={messageIntents.assign} />
					</Form>
					<Form method="post">
						<input type="hidden" name="intent" value={thread.done ? messageIntents.reopen : messageIntents.done} />
						<SubmitButton variant="secondary" intent={thread.done ? messageIntents.reopen : messageIntents.done}>
							{thread.done ? t("messages.inbox.reopen") : t("messages.inbox.markDone")}
						</SubmitButton>
					</Form>
				</div>
			)}
			<ThreadMessages
				messages={messages}
				side="staff"
				viewerUserId={viewerUserId}
				readByStaffAt={null}
				fileBase={`${base}/${thread.id}/files`}
				houseName={thread.houseName}
			/>
			{readOnly ? (
				<p className="mt-6 text-stone-700">{t("messages.inbox.readOnly")}</p>
			) : (
				<div className="mt-6 grid max-w-5xl gap-6 lg:grid-cols-2">
					<Section title={t("messages.inbox.reply")}>
						{templates.length > 0 ? (
							<p className="mb-3 flex flex-wrap gap-x-4 gap-y-1 text-sm">
								<span className="font-semibold text-stone-800">{t("messages.inbox.templates.title")} :</span>
								{templates.map((template) => (
									<Link key={template.id} to={`?template=${template.id}`} className="text-brand-800 underline">
										{t("messages.inbox.templates.use", { title: template.title })}
									</Link>
								))}
							</p>
						) : null}
						<Form
							method="post"
							encType="multipart/form-data"
							{...getFormProps(replyForm)}
							className="space-y-4"
							key={replyDraft}
						>
							<input type="hidden" name="intent" value={messageIntents.reply} />
							<FormAlert errors={replyForm.errors} />
							<TextAreaField meta={replyFields.body} label={t("messages.inbox.replyLabel")} rows={5} required />
							<AttachmentInput errors={replyFields.attachments?.errors} />
							<SubmitButton intent={messageIntents.reply}>{t("messages.inbox.send")}</SubmitButton>
						</Form>
					</Section>
					<Section title={t("messages.inbox.note")} className="border-amber-300 bg-amber-50">
						<Form method="post" {...getFormProps(noteForm)} className="space-y-4">
							<input type="hidden" name="intent" value={messageIntents.note} />
							<p className="text-sm text-stone-700">{t("messages.inbox.noteHint")}</p>
							<FormAlert errors={noteForm.errors} />
							<TextAreaField meta={noteFields.body} label={t("messages.inbox.note")} rows={3} required />
							<SubmitButton variant="secondary" intent={messageIntents.note}>
								{t("messages.inbox.noteSubmit")}
							</SubmitButton>
						</Form>
					</Section>
				</div>
			)}
		</>
	);
}
