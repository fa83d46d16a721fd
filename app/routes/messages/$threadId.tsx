import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { FormAlert, SubmitButton, TextAreaField, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { AttachmentInput } from "./+shared/attachment-input.tsx";
import { ThreadMessages } from "./+shared/thread-view.tsx";
import type { Route } from "./+types/$threadId";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["messages.thread", "messages.new", "messages.validation", "messages.attachments"],
};

export { action, loader } from "./$threadId.server.ts";

/** A thread as the parent sees it: the messages, « Lu » once staff read them, and « Répondre ». */
export default function MessageThread({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { thread, messages, readByStaffAt, viewerUserId } = loaderData;
	const [form, fields] = useAppForm({
		id: `reply-${messages.length}`,
		constraint: loaderData.constraints.reply,
		schema: () => import("./+shared/message-forms.ts").then((m) => m.replySchema),
		lastResult: actionData?.result,
	});
	return (
		<>
			<title>{`${thread.subject} · ${t("messages.thread.title")} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to="/messages" className="text-brand-800 underline">
					← {t("messages.thread.back")}
				</Link>
			</p>
			<h1 className="text-2xl font-bold text-stone-900 break-words">{thread.subject}</h1>
			<p className="mb-4 text-stone-700">
				{t("messages.thread.about", { child: thread.childName, house: thread.houseName })}
			</p>
			<ThreadMessages
				messages={messages}
				side="guardian"
				viewerUserId={viewerUserId}
				readByStaffAt={readByStaffAt}
				fileBase={`/messages/${thread.id}/files`}
				houseName={thread.houseName}
			/>
			<Section title={t("messages.thread.reply")} className="mt-6 max-w-2xl">
				<Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-4">
					<FormAlert errors={form.errors} />
					<TextAreaField meta={fields.body} label={t("messages.thread.replyLabel")} rows={5} required />
					<AttachmentInput errors={fields.attachments?.errors} />
					<SubmitButton>{t("messages.thread.send")}</SubmitButton>
				</Form>
			</Section>
		</>
	);
}
