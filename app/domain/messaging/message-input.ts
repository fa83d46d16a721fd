/** Longest subject, in characters. */
export const MAX_SUBJECT_LENGTH = 150;
/** Longest message, in characters: a long letter, not a document (attach those). */
export const MAX_BODY_LENGTH = 5000;
/** Characters of a message quoted in the notification mail. */
export const EXCERPT_LENGTH = 140;

/**
 * The beginning of a message for a notification mail: whitespace folded, at most
 * `EXCERPT_LENGTH` characters, cut at a word with « … » when longer.
 */
export function excerptOf(body: string): string {
	const flat = body.replace(/\s+/g, " ").trim();
	if (flat.length <= EXCERPT_LENGTH) return flat;
	const cut = flat.slice(0, EXCERPT_LENGTH);
	const lastSpace = cut.lastIndexOf(" ");
	return `${(lastSpace > EXCERPT_LENGTH / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}
