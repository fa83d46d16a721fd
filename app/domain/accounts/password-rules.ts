/**
 * The password requirements shown next to the field, checked as the user types and again on
 * the server (where common passwords are refused as well, see password-policy.server.ts).
 */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
export const PASSWORD_SPECIAL_CHARACTERS = "#$^+=!*()@%&";

export const passwordRules = [
	{ id: "length", test: (password: string) => password.length >= PASSWORD_MIN_LENGTH },
	{ id: "upper", test: (password: string) => /[A-Z]/.test(password) },
	{ id: "lower", test: (password: string) => /[a-z]/.test(password) },
	{ id: "digit", test: (password: string) => /[0-9]/.test(password) },
	{
		id: "special",
		test: (password: string) => [...password].some((character) => PASSWORD_SPECIAL_CHARACTERS.includes(character)),
	},
] as const;

export type PasswordRuleId = (typeof passwordRules)[number]["id"];

export function unmetPasswordRules(password: string): PasswordRuleId[] {
	return passwordRules.filter((rule) => !rule.test(password)).map((rule) => rule.id);
}
