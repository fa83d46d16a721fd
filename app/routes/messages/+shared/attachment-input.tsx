import { MAX_FILES_PER_MESSAGE } from "#app/domain/files/attachment-limits.ts";
import { FieldErrors } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";

/** What the file inputs accept: the types kept after the checks (the server decides by content). */
const attachmentAccept = "image/jpeg,image/png,image/webp,image/heic,image/heif,application/pdf,.heic,.pdf";

/** Up to 2 files; the browser's choice is only a hint, the server checks each by content. */
export function AttachmentInput({ errors }: { errors?: string[] }) {
	const { t } = useT();
	return (
		<div>
			<label htmlFor="attachments" className="text-sm font-semibold text-stone-800">
				{t("messages.new.attachments")}
			</label>
			<p id="attachments-hint" className="mt-0.5 text-sm text-stone-600">
				{t("messages.new.attachmentsHint", { count: MAX_FILES_PER_MESSAGE })}
			</p>
			<input
				id="attachments"
				type="file"
				name="attachments"
				multiple
				accept={attachmentAccept}
				aria-describedby={errors?.length ? "attachments-hint attachments-errors" : "attachments-hint"}
				aria-invalid={errors?.length ? true : undefined}
				className="mt-1 block w-full text-base text-stone-900 file:mr-3 file:min-h-11 file:rounded-md file:border file:border-stone-400 file:bg-white file:px-4 file:font-semibold"
			/>
			<FieldErrors id="attachments-errors" errors={errors} />
		</div>
	);
}
