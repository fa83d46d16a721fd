import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, Link } from "react-router";
import { documentUploadTypes } from "#app/domain/documents/document-uploads.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	FieldErrors,
	FormAlert,
	type FormConstraint,
	SelectField,
	SubmitButton,
	TextAreaField,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { MissingDocumentsWarning } from "../../../+shared/uploads/missing-documents.tsx";
import { UploadStatus } from "../../../+shared/uploads/upload-status.tsx";
import type { Route } from "./+types/uploads";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"uploads.types",
		"uploads.status",
		"uploads.parent",
		"uploads.form",
		"uploads.missing",
		"messages.attachments",
	],
};

export { action, loader } from "./uploads.server.ts";

/** What the file input accepts: the types kept after the checks (the server decides by content). */
const fileAccept = "image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.heic,.pdf";

/** « Envoyer un document »: the house, the type, one file and a note. */
function UploadForm({
	houses,
	constraint,
	lastResult,
}: {
	houses: { id: string; name: string }[];
	constraint: FormConstraint;
	lastResult: SubmissionResult<string[]> | undefined;
}) {
	const { t } = useT();
	const [form, fields] = useAppForm({
		id: "upload-document",
		constraint,
		schema: () => import("#app/domain/documents/upload-input.ts").then((m) => m.uploadDocumentSchema),
		lastResult,
		defaultValue: { houseId: houses.length === 1 ? houses[0]?.id : "" },
	});
	const fileErrors = form.allErrors.file;
	return (
		<Form method="post" encType="multipart/form-data" {...getFormProps(form)} className="max-w-2xl space-y-4">
			<FormAlert errors={form.errors} />
			<SelectField
				meta={fields.houseId}
				label={t("uploads.form.house")}
				hint={t("uploads.form.houseHint")}
				placeholder={houses.length > 1 ? t("uploads.form.housePlaceholder") : undefined}
				options={houses.map((house) => ({ value: house.id, label: house.name }))}
				required
			/>
			<SelectField
				meta={fields.type}
				label={t("uploads.form.type")}
				placeholder={t("uploads.form.typePlaceholder")}
				options={documentUploadTypes.map((type) => ({ value: type, label: t(`uploads.types.${type}`) }))}
				required
			/>
			<div>
				<label htmlFor="upload-file" className="text-sm font-semibold text-stone-800">
					{t("uploads.form.file")}
					<span aria-hidden="true" className="text-red-800">
						{" "}
						*
					</span>
				</label>
				<p id="upload-file-hint" className="mt-0.5 text-sm text-stone-600">
					{t("uploads.form.fileHint")}
				</p>
				<input
					id="upload-file"
					type="file"
					name="file"
					accept={fileAccept}
					required
					aria-describedby={fileErrors?.length ? "upload-file-hint upload-file-errors" : "upload-file-hint"}
					aria-invalid={fileErrors?.length ? true : undefined}
					className="mt-1 block w-full text-base text-stone-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-stone-400 file:bg-white file:px-4 file:font-semibold"
				/>
				<FieldErrors id="upload-file-errors" errors={fileErrors} />
			</div>
			<TextAreaField meta={fields.note} label={t("uploads.form.note")} hint={t("uploads.form.noteHint")} />
			<SubmitButton>{t("uploads.form.submit")}</SubmitButton>
		</Form>
	);
}

/** Whether a newer document of the same type went to the same house (the list is newest first). */
function resentAfter(uploads: { type: string; houseId: string; status: string }[], index: number): boolean {
	const refused = uploads[index];
	return uploads
		.slice(0, index)
		.some((newer) => newer.type === refused?.type && newer.houseId === refused?.houseId && newer.status !== "refused");
}

/**
 * « Mes documents envoyés »: send a document to one of the child's houses (a type, a note, one
 * file), and follow each one sent — en attente, accepté, refusé with the house's reason — and
 * download it again.
 */
export default function ChildUploads({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { child, houses, uploads, missing } = loaderData;
	const title = t("uploads.parent.title");
	return (
		<>
			<title>{`${title} · ${child.firstName} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/children/${child.id}/documents`} className="text-brand-800 underline">
					← {t("uploads.parent.back")}
				</Link>
			</p>
			<h2 className="text-xl font-bold text-stone-900">{title}</h2>
			<p className="mb-4 max-w-3xl text-stone-700">{t("uploads.parent.lead", { childName: child.firstName })}</p>
			<MissingDocumentsWarning missing={missing} />
			<div className="space-y-6">
				<Section title={t("uploads.parent.formTitle")}>
					{houses.length === 0 ? (
						<p className="text-stone-700">{t("uploads.parent.noHouse", { childName: child.firstName })}</p>
					) : (
						// A new key once a document is sent: the form starts empty again for the next one.
						<UploadForm
							key={uploads[0]?.id ?? "first"}
							houses={houses}
							constraint={loaderData.constraints.upload}
							lastResult={actionData?.result}
						/>
					)}
				</Section>
				<Section title={t("uploads.parent.listTitle")}>
					{uploads.length === 0 ? (
						<p className="text-stone-700">{t("uploads.parent.empty", { childName: child.firstName })}</p>
					) : (
						<ul className="divide-y divide-stone-200">
							{uploads.map((upload, index) => (
								<li key={upload.id} className="py-3">
									<div className="flex flex-wrap items-center gap-x-3 gap-y-1">
										<span className="font-semibold text-stone-900">{t(`uploads.types.${upload.type}`)}</span>
										<UploadStatus status={upload.status} />
									</div>
									<p className="text-sm text-stone-700">
										{t("uploads.parent.sentOn", {
											date: formatDayOf(upload.createdAt, language),
											houseName: upload.houseName,
											name: upload.senderName,
										})}
									</p>
									{upload.note ? (
										<p className="mt-1 whitespace-pre-line text-sm text-stone-800">
											{t("uploads.parent.note", { note: upload.note })}
										</p>
									) : null}
									{upload.status === "refused" && upload.refusalReason ? (
										<p className="mt-1 rounded-md border border-red-200 bg-red-50 p-2 text-sm text-red-900">
											{t("uploads.parent.refusedBecause", { reason: upload.refusalReason })}
											{resentAfter(uploads, index) ? null : ` ${t("uploads.parent.sendAgain")}`}
										</p>
									) : null}
									<a
										href={`/children/${child.id}/documents/uploads/${upload.id}/file`}
										className="mt-1 inline-flex min-h-11 max-w-full items-center break-all font-medium text-brand-800 underline"
									>
										{t("uploads.parent.downloadNamed", { name: upload.fileName })}
									</a>
								</li>
							))}
						</ul>
					)}
				</Section>
			</div>
		</>
	);
}
