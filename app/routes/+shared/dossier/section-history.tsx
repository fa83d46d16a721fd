import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";

type Change = {
	id: string;
	by_staff: boolean;
	fields: string[];
	created_at: string;
	first_name: string | null;
	last_name: string | null;
};

/** Who changed this section and when (several guardians and staff share a dossier). */
export function SectionHistory({ history }: { history: Change[] }) {
	const { t, language } = useT();
	return (
		<details className="mt-6 panel p-4 text-sm">
			<summary className="cursor-pointer font-semibold text-stone-900">{t("families.dossier.history")}</summary>
			{history.length === 0 ? (
				<p className="mt-2 text-stone-600">{t("families.dossier.historyEmpty")}</p>
			) : (
				<ul className="mt-2 space-y-2">
					{history.map((change) => {
						const who = `${change.first_name ?? ""} ${change.last_name ?? ""}`.trim() || t("families.dossier.someone");
						const date = formatDateTime(change.created_at, language);
						const fields = change.fields
							.map((field) => t(`families.dossier.fieldNames.${field}` as never, { defaultValue: field }))
							.join(", ");
						return (
							<li key={change.id} className="border-l-2 border-stone-300 pl-3">
								<p className="font-medium text-stone-800">
									{change.by_staff
										? t("families.dossier.historyByStaff", { who, date })
										: t("families.dossier.historyEntry", { who, date })}
								</p>
								<p className="text-stone-600">{t("families.dossier.historyFields", { fields })}</p>
							</li>
						);
					})}
				</ul>
			)}
		</details>
	);
}
