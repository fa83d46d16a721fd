import type { Database } from "#app/db/db.server.ts";
import { publishDocument } from "#app/domain/documents/publish-document.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { dateInBrussels, withClock } from "#app/infra/clock.ts";
import { drawLetterhead, drawText, pdfColors, renderPdf } from "#app/infra/pdf/pdf.server.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { findDemoNino } from "./seed-demo-child.server.ts";

/** A house's leaflet as staff would upload it: a title and a few paragraphs on one A4 page. */
function leaflet(options: { groupName: string; title: string; paragraphs: string[] }): Promise<Buffer> {
	return renderPdf(
		(doc) => {
			const left = doc.page.margins.left;
			const width = doc.page.width - left - doc.page.margins.right;
			doc.y = drawLetterhead(doc, left, width, options.groupName) + 24;
			doc.fillColor(pdfColors.text).fontSize(20);
			drawText(doc, options.title, left, doc.y, { weight: "bold", width });
			doc.moveDown(0.8).fontSize(11);
			for (const paragraph of options.paragraphs) {
				drawText(doc, paragraph, left, doc.y, { width });
				doc.moveDown(0.6);
			}
		},
		{ title: options.title, language: "fr-BE" },
	);
}

/**
 * Documents published for the demo, through the real use case: the crèche's rules for every
 * family of the crèche (by its manager, marc.creche) and « Ce qu'il faut apporter » for last
 * summer's « Plaine d'été » (by the group's admin, in June, before the camp). Nino has both
 * besides his invoices and confirmations; the crèche's rules are still unread. Idempotent:
 * nothing is added once Nino has a published document.
 */
export async function seedDemoDocuments(
	db: Database,
	options: { adminId: string; houseManagerId: string; groupId: string },
): Promise<string[]> {
	const nino = await findDemoNino(db, options.groupId);
	const group = await db.selectFrom("groups").select("name").where("id", "=", options.groupId).executeTakeFirst();
	const creche = await findHouseByName(db, options.groupId, "Crèche Les Petits Lutins");
	const manager = await findStaffAccess(db, options.houseManagerId, options.groupId);
	const admin = await findStaffAccess(db, options.adminId, options.groupId);
	if (!nino || !group || !creche || !manager || !admin) return [];
	const existing = await db
		.selectFrom("published_document_recipients")
		.select("id")
		.where("child_id", "=", nino.id)
		.executeTakeFirst();
	if (existing) return [];
	const storage = getFileStorage();
	const created: string[] = [];
	const year = Number(dateInBrussels().slice(0, 4)) - 1;
	const camp = await db
		.selectFrom("offers")
		.select("id")
		.where("group_id", "=", options.groupId)
		.where("title", "=", `Plaine d'été ${year}`)
		.executeTakeFirst();
	if (camp) {
		await withClock(`${year}-06-20T09:00:00Z`, async () =>
			publishDocument({
				db,
				storage,
				actor: { userId: options.adminId, ipAddress: "127.0.0.1" },
				access: admin,
				audience: { kind: "offer", offerId: camp.id, status: "accepted" },
				input: {
					title: "Ce qu'il faut apporter",
					titleNl: "Wat mee te brengen",
					titleDe: "Was mitzubringen ist",
					titleEn: "What to bring",
					description: "La liste pour la semaine de plaine : à glisser dans le sac le lundi matin.",
				},
				file: {
					name: "ce-qu-il-faut-apporter.pdf",
					content: await leaflet({
						groupName: group.name,
						title: "Ce qu'il faut apporter",
						paragraphs: [
							"Chaque jour : un pique-nique et deux collations, une gourde d'eau, une casquette et de la crème solaire.",
							"Dans le sac, marqués au nom de l'enfant : des vêtements de rechange, un K-way et des chaussures qui ne craignent rien.",
							"Le mercredi, sortie à la piscine : maillot, essuie et bonnet de bain.",
							"Merci de laisser jeux électroniques et objets de valeur à la maison.",
						],
					}),
				},
			}),
		);
		created.push(`published « Ce qu'il faut apporter » for the Plaine d'été ${year}`);
	}
	await publishDocument({
		db,
		storage,
		actor: { userId: options.houseManagerId, ipAddress: "127.0.0.1" },
		access: manager,
		audience: { kind: "house", houseId: creche.id },
		input: {
			title: "Règlement d'ordre intérieur",
			titleNl: "Huishoudelijk reglement",
			titleDe: "Hausordnung",
			titleEn: "House rules",
			description: "Horaires, absences, maladies, repas : les règles de la crèche.",
		},
		file: {
			name: "reglement-ordre-interieur.pdf",
			content: await leaflet({
				groupName: group.name,
				title: "Règlement d'ordre intérieur — Crèche Les Petits Lutins",
				paragraphs: [
					"1. Horaires. La crèche accueille les enfants du lundi au vendredi de 7 h à 18 h 30. Merci de prévenir si vous arrivez après 18 h.",
					"2. Absences. Toute absence est signalée la veille, ou le jour même avant 9 h, par message ou par téléphone.",
					"3. Maladie. Un enfant fiévreux (38,5 °C ou plus) ou contagieux ne peut pas être accueilli. Un certificat médical est demandé après trois jours d'absence.",
					"4. Repas. Les repas sont préparés sur place ; les allergies sont indiquées dans les données médicales du dossier.",
					"5. Qui vient chercher l'enfant. Seules les personnes renseignées dans les contacts du dossier peuvent venir chercher l'enfant, sur présentation d'une pièce d'identité.",
				],
			}),
		},
	});
	created.push("published « Règlement d'ordre intérieur » for the crèche's families");
	return created;
}
