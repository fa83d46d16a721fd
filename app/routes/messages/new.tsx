import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	Field,
	FieldErrors,
	FormAlert,
	inputClass,
	SelectField,
	SubmitButton,
	TextAreaField,
	useAppForm,
} from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { AttachmentInput } from "./+shared/attachment-input.tsx";
import type { Route } from "./+types/new";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["messages.new", "messages.validation", "messages.attachments"],
};

export { action, loader } from "./new.server.ts";

/**
 * « Nouveau message » (guide §9): choose the child, then the recipient — a house where the child
 * is enrolled or registered — write, attach up to 2 files, « Envoyer le message ».
 */
export default function NewMessage({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { children, childId, houses } = loaderData;
	const [form, fields] = useAppForm({
		id: "new-message",
		constraint: loaderData.constraints.newMessage,
		schema: () => import("./+shared/message-forms.ts").then((m) => m.newMessageSchema),
		lastResult: actionData?.result,
		defaultValue: { childId: childId ?? "", houseId: houses.length === 1 ? houses[0]?.id : "" },
	});
	const title = t("messages.new.title");
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to="/messages" className="text-brand-800 underline">
					← {t("messages.new.back")}
				</Link>
			</p>
			<PageHeader title={title} lead={t("messages.new.lead")} />
			{children.length === 0 ? (
				<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
					{t("messages.new.noChild")}
				</p>
			) : (
				<div className="max-w-2xl space-y-6">
					{children.length > 1 ? (
						<Section title={t("messages.new.stepChild")}>
							<Form method="get" className="flex flex-wrap items-end gap-3">
								<div className="min-w-56 flex-1">
									<label htmlFor="choose-child" className="text-sm font-semibold text-stone-800">
										{t("messages.new.child")}
									</label>
									<select id="choose-child" name="child" defaultValue={childId ?? ""} className={`mt-1 ${inputClass}`}>
										<option value="">{t("messages.new.childPlaceholder")}</option>
										{children.map((child) => (
											<option key={child.id} value={child.id}>
												{child.name}
											</option>
										))}
									</select>
								</div>
								<SubmitButton variant="secondary">{t("messages.new.chooseChild")}</SubmitButton>
							</Form>
						</Section>
					) : null}
					{childId ? (
						<Section title={t("messages.new.stepMessage")}>
							{houses.length === 0 ? (
								<p className="text-stone-700">{t("messages.new.noHouse")}</p>
							) : (
								<Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="space-y-4">
									<FormAlert errors={form.errors} />
									<input type="hidden" name={fields.childId.name} value={childId} />
									<FieldErrors errors={fields.childId.errors} />
									<SelectField
										meta={fields.houseId}
										label={t("messages.new.house")}
										hint={t("messages.new.houseHint")}
										placeholder={houses.length > 1 ? t("messages.new.housePlaceholder") : undefined}
										options={houses.map((house) => ({ value: house.id, label: house.name }))}
										required
									/>
									<Field meta={fields.subject} label={t("messages.new.subject")} required />
									<TextAreaField meta={fields.body} label={t("messages.new.body")} rows={6} required />
									<AttachmentInput errors={fields.attachments?.errors} />
									<div className="flex flex-wrap items-center gap-4">
										<SubmitButton>{t("messages.new.submit")}</SubmitButton>
										<Link to="/messages" className="font-semibold text-brand-800 underline">
											{t("messages.new.cancel")}
										</Link>
									</div>
								</Form>
							)}
						</Section>
					) : null}
				</div>
			)}
		</>
	);
}
