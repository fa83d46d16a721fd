import { Form } from "react-router";
import { useT } from "#app/ui/i18n.tsx";

/** A remove button for one entry of a dossier list (allergy, medication, contact). */
export function RemoveEntryButton({ intent, entryId, label }: { intent: string; entryId: string; label: string }) {
	const { t } = useT();
	return (
		<Form method="post">
			<input type="hidden" name="intent" value={intent} />
			<input type="hidden" name="entryId" value={entryId} />
			<button
				type="submit"
				aria-label={label}
				className="min-h-11 rounded-md border border-red-300 px-3 text-sm font-semibold text-red-800 hover:bg-red-50"
			>
				{t("families.remove")}
			</button>
		</Form>
	);
}
