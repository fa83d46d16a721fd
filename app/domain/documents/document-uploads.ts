import type { DocumentUploadStatus, DocumentUploadType } from "#app/db/schema.ts";

/** The types a parent chooses from, in the order the form offers them. */
export const documentUploadTypes = [
	"medical_certificate",
	"mutuality_form",
	"income_proof",
	"other",
] as const satisfies readonly DocumentUploadType[];

/** What a house may require of every child (« autre » says nothing a house could ask for). */
export const requirableDocumentTypes = [
	"medical_certificate",
	"mutuality_form",
	"income_proof",
] as const satisfies readonly DocumentUploadType[];

export const documentUploadStatuses = [
	"pending",
	"accepted",
	"refused",
] as const satisfies readonly DocumentUploadStatus[];

/** The parent's note and the house's reason for a refusal, in characters. */
export const MAX_UPLOAD_NOTE_LENGTH = 500;
export const MAX_REFUSAL_REASON_LENGTH = 500;

export function isDocumentUploadType(value: unknown): value is DocumentUploadType {
	return (documentUploadTypes as readonly unknown[]).includes(value);
}

/**
 * A required document the child does not have yet: `missing` (nothing sent, or only refused
 * files) or `pending` (sent, waiting for the house: still missing, shown « en attente de
 * validation »). Decision 037.
 */
export type MissingDocument = {
	houseId: string;
	houseName: string;
	type: DocumentUploadType;
	state: "missing" | "pending";
};

/**
 * The required documents of the child's houses that no accepted upload to that house covers.
 * A document accepted by one house does not count for another: each house checks its own.
 */
export function missingRequiredDocuments(
	required: readonly { houseId: string; houseName: string; type: DocumentUploadType }[],
	uploads: readonly { houseId: string; type: DocumentUploadType; status: DocumentUploadStatus }[],
): MissingDocument[] {
	const stateOf = (houseId: string, type: DocumentUploadType) => {
		const sent = uploads.filter((upload) => upload.houseId === houseId && upload.type === type);
		if (sent.some((upload) => upload.status === "accepted")) return undefined;
		return sent.some((upload) => upload.status === "pending") ? ("pending" as const) : ("missing" as const);
	};
	return required.flatMap((requirement) => {
		const state = stateOf(requirement.houseId, requirement.type);
		return state ? [{ ...requirement, state }] : [];
	});
}
