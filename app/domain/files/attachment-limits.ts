/** Largest file a parent or staff member may attach: 10 MB. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Files one message may carry (the guide: « jusqu'à 2 pièces jointes »). */
export const MAX_FILES_PER_MESSAGE = 2;
/** All of one message's files together: 20 MB. */
export const MAX_MESSAGE_BYTES = 20 * 1024 * 1024;
/** Longest side of a kept image, in pixels: enough for a scanned page, far below a phone's 4000+. */
export const MAX_IMAGE_SIDE = 2560;

/** Why a set of files is refused before any of them is read, or undefined when it may go on. */
export type AttachmentSetProblem = "tooMany" | "totalTooLarge";

/** Checks the count and the total size of one message's files (sizes in bytes). */
export function checkAttachmentSet(sizes: readonly number[]): AttachmentSetProblem | undefined {
	if (sizes.length > MAX_FILES_PER_MESSAGE) return "tooMany";
	if (sizes.reduce((sum, size) => sum + size, 0) > MAX_MESSAGE_BYTES) return "totalTooLarge";
	return undefined;
}
