import { Link } from "react-router";
import { useT } from "#app/ui/i18n.tsx";

const sections = ["general", "supplementary", "medical", "contacts"] as const;

type Missing = Partial<Record<string, string[]>>;
type MissingProps = { missing: Missing; basePath: string; childName: string };

function SectionLink({ basePath, section }: { basePath: string; section: (typeof sections)[number] }) {
	const { t } = useT();
	return (
		<Link to={`${basePath}/${section}`} className="warning-link">
			{t(`nav.child.${section}`)}
		</Link>
	);
}

function presentSections(missing: Missing) {
	return sections.flatMap((section) => {
		const fields = missing[section] ?? [];
		return fields.length > 0 ? [{ section, fields }] : [];
	});
}

/**
 * On a card, instead of « S'inscrire » while the dossier misses mandatory data: the sections
 * that miss something, how much, each a link to the page where it is filled in.
 */
export function MissingDossierLinks({ missing, basePath, childName }: MissingProps) {
	const { t } = useT();
	return (
		<div className="warning-box">
			<p className="font-semibold">{t("camps.register.missingTitle", { childName })}</p>
			<ul className="mt-1 list-disc space-y-0.5 pl-5">
				{presentSections(missing).map(({ section, fields }) => (
					<li key={section}>
						<SectionLink basePath={basePath} section={section} />
						{` — ${t("families.children.incomplete", { count: fields.length })}`}
					</li>
				))}
			</ul>
		</div>
	);
}

/**
 * Above the list, once: every missing datum, by section (the guide's warning). Folded on
 * arrival so the catalogue stays in sight; each card also says which sections to complete.
 */
export function MissingDossierPanel({ missing, basePath, childName }: MissingProps) {
	const { t } = useT();
	const present = presentSections(missing);
	if (present.length === 0) return null;
	const count = present.reduce((sum, { fields }) => sum + fields.length, 0);
	return (
		<details className="group mb-6 rounded-lg border border-amber-300 bg-amber-50 text-amber-950">
			<summary className="flex min-h-11 cursor-pointer list-none items-center justify-between gap-3 p-4">
				<span>
					<span className="block font-semibold">{t("camps.catalogue.missingTitle", { childName })}</span>
					<span className="text-sm">{t("families.children.incomplete", { count })}</span>
				</span>
				<span aria-hidden="true" className="text-xl transition-transform group-open:rotate-180">
					▾
				</span>
			</summary>
			<div className="border-t border-amber-200 p-4 pt-3">
				<p className="text-sm">{t("camps.catalogue.missingLead")}</p>
				<div className="mt-3 grid gap-3 sm:grid-cols-2">
					{present.map(({ section, fields }) => (
						<div key={section}>
							<SectionLink basePath={basePath} section={section} />
							<ul className="mt-1 list-disc space-y-0.5 pl-5 text-sm">
								{fields.map((field) => (
									<li key={field}>{t(`families.dossier.missing.${field as "lastName"}`)}</li>
								))}
							</ul>
						</div>
					))}
				</div>
			</div>
		</details>
	);
}
