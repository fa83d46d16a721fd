import type { DossierField } from "#app/domain/families/dossier-fields.ts";
import { replyFor } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { MissingData } from "./missing-data.tsx";
import { SectionHistory } from "./section-history.tsx";

/** The frame of a dossier section: title, the missing-data warning, the forms, the history. */
export function SectionPage({
	title,
	lead,
	missing,
	history,
	canEdit,
	children,
}: {
	title: string;
	lead?: string;
	missing: DossierField[];
	history: React.ComponentProps<typeof SectionHistory>["history"];
	canEdit: boolean;
	children: React.ReactNode;
}) {
	const { t } = useT();
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<h2 className="mb-2 text-xl font-bold text-stone-900">{title}</h2>
			{lead ? <p className="mb-4 text-stone-700">{lead}</p> : null}
			<MissingData missing={missing} />
			{canEdit ? null : (
				<p className="mb-4 rounded-md border border-stone-300 bg-stone-50 p-3 text-sm">
					{t("families.dossier.readOnly")}
				</p>
			)}
			{children}
			<SectionHistory history={history} />
		</>
	);
}

/** Which form of a section the last answer belongs to (forms are told apart by `intent`, « save » by default). */
export function resultFor<Result extends { initialValue?: unknown } | undefined>(result: Result, intent: string) {
	return replyFor(result, intent, { defaultIntent: "save" });
}
