/**
 * The account forms' fields and rules, shared by the browser (checks as the user types) and
 * the server (the check that counts). Messages are i18n keys shown next to the field.
 */
import { z } from "zod";
import { text } from "../form-fields.ts";
import { PASSWORD_MAX_LENGTH, passwordRules } from "./password-rules.ts";

export const USERNAME_MIN_LENGTH = 3;
export const USERNAME_MAX_LENGTH = 30;
export const usernamePattern = /^[a-zA-Z0-9._-]+$/;

const email = text()
	.trim()
	.min(1, "validation.required")
	.max(254, "validation.tooLong")
	.pipe(z.email("validation.email"));

const username = text()
	.trim()
	.min(1, "validation.required")
	.min(USERNAME_MIN_LENGTH, "auth.username.tooShort")
	.max(USERNAME_MAX_LENGTH, "auth.username.tooLong")
	.regex(usernamePattern, "auth.username.format");

const personName = text().trim().min(1, "validation.required").max(80, "validation.tooLong");

/** A new password: every rule of the requirements box, each reported separately. */
export const newPassword = text()
	.min(1, "validation.required")
	.max(PASSWORD_MAX_LENGTH, "auth.password.tooLong")
	.superRefine((value, context) => {
		if (value.length === 0) return;
		for (const rule of passwordRules) {
			if (!rule.test(value)) context.addIssue({ code: "custom", message: `auth.password.rules.${rule.id}` });
		}
	});

// Checked even when other fields are wrong, as long as both passwords were typed.
const passwordsMatch = [
	(values: { password: string; confirmPassword: string }) => values.password === values.confirmPassword,
	{
		path: ["confirmPassword"],
		message: "auth.password.mismatch",
		when: (payload: { value: unknown }) => {
			const values = payload.value as { password?: unknown; confirmPassword?: unknown };
			return typeof values.password === "string" && typeof values.confirmPassword === "string";
		},
	},
] satisfies [unknown, { path: PropertyKey[]; message: string; when: unknown }];

export const signUpSchema = z
	.object({
		username,
		email,
		firstName: personName,
		lastName: personName,
		password: newPassword,
		confirmPassword: text().min(1, "validation.required"),
	})
	.refine(...passwordsMatch);
export type SignUpInput = z.input<typeof signUpSchema>;

export const signInSchema = z.object({
	identifier: text().trim().min(1, "validation.required").max(254, "validation.tooLong"),
	password: text().min(1, "validation.required").max(PASSWORD_MAX_LENGTH, "auth.password.tooLong"),
	rememberMe: z.boolean().default(false),
});
export type SignInInput = z.input<typeof signInSchema>;

export const emailOnlySchema = z.object({ email });

export const resendSchema = z.object({
	identifier: text().trim().min(1, "validation.required").max(254, "validation.tooLong"),
});

export const resetPasswordSchema = z
	.object({
		token: text("auth.reset.invalidToken").min(1, "auth.reset.invalidToken").max(200, "auth.reset.invalidToken"),
		password: newPassword,
		confirmPassword: text().min(1, "validation.required"),
	})
	.refine(...passwordsMatch);

export const changePasswordSchema = z
	.object({
		currentPassword: text().min(1, "validation.required").max(PASSWORD_MAX_LENGTH, "auth.password.tooLong"),
		password: newPassword,
		confirmPassword: text().min(1, "validation.required"),
	})
	.refine(...passwordsMatch);

export const changeEmailSchema = z.object({
	newEmail: email,
	currentPassword: text().max(PASSWORD_MAX_LENGTH, "auth.password.tooLong").optional(),
});

/** What a user types as "Nom d'utilisateur ou email": an e-mail when it has an @. */
export function identifierKind(identifier: string): "email" | "username" {
	return identifier.includes("@") ? "email" : "username";
}
