import type { DocumentUploadStatus } from "#app/db/schema.ts";
import { useT } from "#app/ui/i18n.tsx";

const tones: Record<DocumentUploadStatus, string> = {
	pending: "border-amber-300 bg-amber-50 text-amber-950",
	accepted: "border-brand-200 bg-brand-50 text-brand-900",
	refused: "border-red-300 bg-red-50 text-red-900",
};

/** « En attente » · « Accepté » · « Refusé », in words (never by colour alone). */
export function UploadStatus({ status }: { status: DocumentUploadStatus }) {
	const { t } = useT();
	return (
		<span className={`inline-flex rounded-full border px-2.5 py-0.5 text-sm font-semibold ${tones[status]}`}>
			{t(`uploads.status.${status}`)}
		</span>
	);
}
