/**
 * Child link codes: the single-use code a group hands to a guardian so they can attach a child
 * to their account. 10 characters from an alphabet without look-alikes (no 0/O, no 1/I/L),
 * shown in two groups of five (`ABCDE-FGH23`) and typed in any case.
 *
 * Pure, for client and server; generation lives in `child-code.server.ts` (node:crypto).
 */
export const CHILD_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
export const CHILD_CODE_LENGTH = 10;

const GROUP_LENGTH = CHILD_CODE_LENGTH / 2;
const wellFormed = new RegExp(`^[${CHILD_CODE_ALPHABET}]{${CHILD_CODE_LENGTH}}$`);

/**
 * Upper-cases what a user typed and removes spaces and dashes; does not validate. Look-alikes
 * (O, 0, 1, I, L) are left as typed: none is in the alphabet, so there is nothing to map them
 * to, and `isWellFormedChildCode` rejects them.
 */
export function normalizeChildCode(input: string): string {
	return input.toUpperCase().replace(/[\s\-\u2010-\u2015]/g, "");
}

/** Whether a normalized code has the right length and only characters of the alphabet. */
export function isWellFormedChildCode(normalized: string): boolean {
	return wellFormed.test(normalized);
}

/** `XXXXX-XXXXX` for display; anything that is not a well-formed code is returned unchanged. */
export function formatChildCode(normalized: string): string {
	if (!isWellFormedChildCode(normalized)) return normalized;
	return `${normalized.slice(0, GROUP_LENGTH)}-${normalized.slice(GROUP_LENGTH)}`;
}
