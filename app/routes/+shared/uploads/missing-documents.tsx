import { Link } from "react-router";
import type { MissingDocument } from "#app/domain/documents/document-uploads.ts";
import { useT } from "#app/ui/i18n.tsx";

/**
 * The required documents a child still lacks, each with its house and « à envoyer » or « en
 * attente de validation » (decision 037). With `uploadPath`, a link to the page that sends them.
 */
export function MissingDocumentList({ missing, uploadPath }: { missing: MissingDocument[]; uploadPath?: string }) {
	const { t } = useT();
	if (missing.length === 0) return null;
	return (
		<div>
			<ul className="list-disc space-y-0.5 pl-5">
				{missing.map((document) => (
					<li key={`${document.houseId}:${document.type}`}>
						{t("uploads.missing.item", {
							type: t(`uploads.types.${document.type}`),
							houseName: document.houseName,
						})}{" "}
						— <span className="font-semibold">{t(`uploads.missing.${document.state}`)}</span>
					</li>
				))}
			</ul>
			{uploadPath ? (
				<Link to={uploadPath} className="mt-2 inline-flex min-h-11 items-center warning-link">
					{t("uploads.missing.send")}
				</Link>
			) : null}
		</div>
	);
}

/** The guide's warning box, for the documents: what the houses ask for and is not accepted yet. */
export function MissingDocumentsWarning({ missing, uploadPath }: { missing: MissingDocument[]; uploadPath?: string }) {
	const { t } = useT();
	if (missing.length === 0) return null;
	return (
		<div role="status" className="mb-6 rounded-md border border-amber-300 bg-amber-50 p-4 text-amber-950">
			<p className="font-semibold">{t("uploads.missing.title")}</p>
			<p className="mt-1 text-sm">{t("uploads.missing.lead")}</p>
			<div className="mt-2">
				<MissingDocumentList missing={missing} uploadPath={uploadPath} />
			</div>
		</div>
	);
}
