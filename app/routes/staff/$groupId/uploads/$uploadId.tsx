import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import { reviewIntents } from "#app/domain/documents/review-choices.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { FormAlert, ReplyErrors, replyFor, SubmitButton, TextAreaField, useAppForm } from "#app/ui/form.tsx";
import { formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { UploadStatus } from "../../../+shared/uploads/upload-status.tsx";
import type { Route } from "./+types/$uploadId";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["uploads.types", "uploads.status", "uploads.review"],
};

export { action, loader } from "./$uploadId.server.ts";

/** One family's document: open it, then « Accepter » or « Refuser » with a reason. */
export default function StaffUpload({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { groupId, upload } = loaderData;
	const [refuseForm, refuseFields] = useAppForm({
		id: "refuse-upload",
		constraint: loaderData.constraints.refuse,
		schema: () => import("#app/domain/documents/review-input.ts").then((m) => m.refuseUploadSchema),
		lastResult: replyFor(actionData?.result, reviewIntents.refuse),
	});
	const title = t("uploads.review.title", { type: t(`uploads.types.${upload.type}`), childName: upload.childName });
	const fileHref = `/staff/${groupId}/uploads/${upload.id}/file`;
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${groupId}/uploads?house=${upload.houseId}`} className="text-brand-800 underline">
					← {t("uploads.review.back")}
				</Link>
			</p>
			<PageHeader title={title} />
			<div className="max-w-3xl space-y-6">
				<Section title={t("uploads.review.file")}>
					<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
						<dt className="font-semibold text-stone-700">{t("uploads.review.state")}</dt>
						<dd>
							<UploadStatus status={upload.status} />
							{upload.decidedAt ? (
								<span className="ml-2 text-sm text-stone-700">
									{t("uploads.review.decidedOn", { date: formatDayOf(upload.decidedAt, language) })}
								</span>
							) : null}
						</dd>
						<dt className="font-semibold text-stone-700">{t("uploads.review.house")}</dt>
						<dd>{upload.houseName}</dd>
						<dt className="font-semibold text-stone-700">{t("uploads.review.sentBy")}</dt>
						<dd>{upload.senderName}</dd>
						<dt className="font-semibold text-stone-700">{t("uploads.review.sentOn")}</dt>
						<dd>{formatDayOf(upload.createdAt, language)}</dd>
						<dt className="font-semibold text-stone-700">{t("uploads.review.note")}</dt>
						<dd className="whitespace-pre-line">{upload.note || t("uploads.review.noNote")}</dd>
					</dl>
					{upload.status === "refused" && upload.refusalReason ? (
						<p className="mt-3 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900">
							{t("uploads.review.reasonShown", { reason: upload.refusalReason })}
						</p>
					) : null}
					<div className="mt-4 flex flex-wrap items-center gap-4">
						<a
							href={fileHref}
							className="inline-flex min-h-11 max-w-full items-center break-all rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100"
						>
							{upload.fileName} ({t("uploads.review.size", { size: upload.sizeKb })})
						</a>
						<Link
							to={`/staff/${groupId}/children/${upload.childId}`}
							className="inline-flex min-h-11 items-center font-semibold text-brand-800 underline"
						>
							{t("uploads.review.dossier")}
						</Link>
					</div>
				</Section>
				{upload.status === "pending" ? (
					<Section title={t("uploads.review.decide")}>
						<div className="grid gap-6 md:grid-cols-2">
							<Form method="post" className="space-y-3">
								<input type="hidden" name="intent" value={reviewIntents.accept} />
								<ReplyErrors result={actionData?.result} intent={reviewIntents.accept} />
								<SubmitButton intent={reviewIntents.accept}>{t("uploads.review.accept")}</SubmitButton>
							</Form>
							<Form method="post" {...getFormProps(refuseForm)} className="space-y-3">
								<input type="hidden" name="intent" value={reviewIntents.refuse} />
								<FormAlert errors={refuseForm.errors} />
								<TextAreaField
									meta={refuseFields.reason}
									label={t("uploads.review.reason")}
									hint={t("uploads.review.reasonHint")}
									required
								/>
								<SubmitButton intent={reviewIntents.refuse} variant="danger">
									{t("uploads.review.refuse")}
								</SubmitButton>
							</Form>
						</div>
					</Section>
				) : null}
			</div>
		</>
	);
}
