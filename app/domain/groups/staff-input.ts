import { z } from "zod";
import { staffRoles } from "#app/db/schema.ts";
import { newPassword } from "../accounts/account-input.ts";
import { text, whenParsed } from "../form-fields.ts";

/**
 * House managers and readers work in given houses (they see only those houses' children,
 * decision 013); group admins work in all of them.
 */
const needsHouses = (values: { role: string; houseIds: string[] }) =>
	values.role === "admin" || values.houseIds.length > 0;

/** Inviting someone to a group's staff, or changing a member's role. */
export const staffRoleSchema = z
	.object({
		role: z.enum(staffRoles, "validation.required"),
		/** Houses of a house manager or reader (checkboxes: absent, one, or several). */
		houseIds: z.array(z.string()).default([]),
	})
	.refine(needsHouses, {
		path: ["houseIds"],
		message: "staff.houses.required",
		...whenParsed("role", "houseIds"),
	});

export const inviteStaffSchema = z
	.object({
		email: text().trim().min(1, "validation.required").max(254, "validation.tooLong").pipe(z.email("validation.email")),
		role: z.enum(staffRoles, "validation.required"),
		houseIds: z.array(z.string()).default([]),
	})
	.refine(needsHouses, {
		path: ["houseIds"],
		message: "staff.houses.required",
		...whenParsed("role", "houseIds"),
	});
export type InviteStaffInput = z.input<typeof inviteStaffSchema>;

/** The account created from an invitation: the address is the invited one, already proven. */
export const invitationAccountSchema = z
	.object({
		token: text("staff.invitation.invalid"),
		username: text()
			.trim()
			.min(3, "auth.username.tooShort")
			.max(30, "auth.username.tooLong")
			.regex(/^[a-zA-Z0-9._-]+$/, "auth.username.format"),
		firstName: text().trim().min(1, "validation.required").max(80, "validation.tooLong"),
		lastName: text().trim().min(1, "validation.required").max(80, "validation.tooLong"),
		password: newPassword,
		confirmPassword: text(),
	})
	.refine((values) => values.password === values.confirmPassword, {
		path: ["confirmPassword"],
		message: "auth.password.mismatch",
		...whenParsed("password", "confirmPassword"),
	});
