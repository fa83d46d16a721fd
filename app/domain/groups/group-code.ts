/**
 * Group codes are what parents type to find their group ("code groupe"): letters only, and
 * the case does not matter. We store them upper-case so uniqueness holds regardless of case.
 */
export const GROUP_CODE_MIN_LENGTH = 3;
export const GROUP_CODE_MAX_LENGTH = 20;

/** Upper-cases and trims what a user typed; does not validate. */
export function normalizeGroupCode(input: string): string {
	return input.trim().toUpperCase();
}

export function isValidGroupCode(input: string): boolean {
	const code = normalizeGroupCode(input);
	return code.length >= GROUP_CODE_MIN_LENGTH && code.length <= GROUP_CODE_MAX_LENGTH && /^[A-Z]+$/.test(code);
}
