import { commonPasswordList } from "./common-passwords.ts";

const commonPasswords = new Set(commonPasswordList.split("\n"));

/**
 * True when the password is a common one, or a common one dressed up with digits and symbols
 * around it ("Password123!", "!Azerty2024"), or contains the user's own name or address.
 */
export function isWeakPassword(password: string, personal: string[] = []): boolean {
	const lower = password.toLowerCase();
	if (commonPasswords.has(lower)) return true;
	const core = lower.replace(/^[^a-z]+/, "").replace(/[^a-z]+$/, "");
	if (core.length >= 4 && commonPasswords.has(core)) return true;
	return personal.some((value) => {
		const word = value.toLowerCase().split("@")[0] ?? "";
		return word.length >= 4 && lower.includes(word);
	});
}
