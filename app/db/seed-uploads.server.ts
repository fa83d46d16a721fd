import type { Database } from "#app/db/db.server.ts";
import { decideUpload } from "#app/domain/documents/decide-upload.server.ts";
import { setRequiredDocuments } from "#app/domain/documents/set-required-documents.server.ts";
import { uploadDocument } from "#app/domain/documents/upload-document.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { renderPdf } from "#app/infra/pdf/pdf.server.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { findDemoNino } from "./seed-demo-child.server.ts";

/** A one-page PDF standing in for a scanned paper, so the demo's downloads open. */
function samplePdf(title: string, lines: string[]): Promise<Buffer> {
	return renderPdf((doc) => {
		doc.fontSize(18).text(title);
		doc.moveDown();
		doc.fontSize(11);
		for (const line of lines) doc.text(line);
	});
}

/**
 * Documents for the demo, through the real use cases: the crèche asks every child for a medical
 * certificate; Nino's parent sent the mutuality form, which the crèche's manager accepted, and a
 * medical certificate still waiting, so Nino's dossier shows it « en attente de validation ».
 * Idempotent: nothing is added once Nino has an upload.
 */
export async function seedDemoUploads(
	db: Database,
	options: { parentId: string; houseManagerId: string; groupId: string },
): Promise<string[]> {
	const creche = await findHouseByName(db, options.groupId, "Crèche Les Petits Lutins");
	const nino = await findDemoNino(db, options.groupId);
	const access = await findStaffAccess(db, options.houseManagerId, options.groupId);
	if (!creche || !nino || !access) return [];
	const existing = await db
		.selectFrom("document_uploads")
		.select("id")
		.where("child_id", "=", nino.id)
		.executeTakeFirst();
	if (existing) return [];
	const manager = { userId: options.houseManagerId, ipAddress: "127.0.0.1", access };
	await setRequiredDocuments({ db, actor: manager, houseId: creche.id, types: ["medical_certificate"] });
	const parent = { userId: options.parentId, ipAddress: "127.0.0.1" };
	const storage = getFileStorage();
	const mutuality = await uploadDocument({
		db,
		storage,
		actor: parent,
		childId: nino.id,
		houseId: creche.id,
		type: "mutuality_form",
		note: "",
		file: {
			name: "attestation-mutuelle.pdf",
			content: await samplePdf("Attestation de la mutualité", ["Enfant : Nino Forius", "Exemple de démonstration"]),
		},
	});
	await decideUpload({ db, actor: manager, uploadId: mutuality, decision: "accept" });
	await uploadDocument({
		db,
		storage,
		actor: parent,
		childId: nino.id,
		houseId: creche.id,
		type: "medical_certificate",
		note: "Certificat d'aptitude à la vie en collectivité, valable un an.",
		file: {
			name: "certificat-medical.pdf",
			content: await samplePdf("Certificat médical", ["Enfant : Nino Forius", "Exemple de démonstration"]),
		},
	});
	return ["demo documents (the crèche asks a medical certificate; Nino: 1 accepted, 1 pending)"];
}
