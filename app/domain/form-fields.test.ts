import { describe, expect, it } from "vitest";
import type { z } from "zod";
import * as accountInput from "./accounts/account-input.ts";
import * as dossierInputServer from "./families/dossier-input.server.ts";
import * as dossierInput from "./families/dossier-input.ts";
import * as staffDossierInput from "./families/staff-dossier-input.ts";
import * as groupInputServer from "./groups/group-input.server.ts";
import * as groupInput from "./groups/group-input.ts";
import * as staffInput from "./groups/staff-input.ts";
import * as offerInput from "./offers/offer-input.ts";

type Def = {
	type: string;
	checks?: { _zod: { def: { when?: unknown } } }[];
	in?: z.ZodType;
	out?: z.ZodType;
	innerType?: z.ZodType;
	shape?: Record<string, z.ZodType>;
};

/**
 * Object-level checks (cross-field rules) of a schema that run only when every field parsed:
 * those hide their message until the user fixed every other mistake.
 */
function checksSkippedAfterOtherErrors(schema: z.ZodType, where: string): string[] {
	const def = schema._zod.def as unknown as Def;
	const found: string[] = [];
	if (def.type === "object") {
		(def.checks ?? []).forEach((check, index) => {
			if (check._zod.def.when === undefined) found.push(`${where} check #${index + 1}`);
		});
		for (const [name, field] of Object.entries(def.shape ?? {})) {
			found.push(...checksSkippedAfterOtherErrors(field, `${where}.${name}`));
		}
	}
	for (const inner of [def.in, def.out, def.innerType]) {
		if (inner) found.push(...checksSkippedAfterOtherErrors(inner, where));
	}
	return found;
}

const modules = {
	accountInput,
	dossierInput,
	dossierInputServer,
	staffDossierInput,
	groupInput,
	groupInputServer,
	staffInput,
	offerInput,
};

function isSchema(value: unknown): value is z.ZodType {
	return typeof value === "object" && value !== null && "_zod" in value;
}

function messages(result: z.ZodSafeParseResult<unknown>): Record<string, string[]> {
	const found: Record<string, string[]> = {};
	for (const issue of result.error?.issues ?? []) {
		const field = String(issue.path[0]);
		found[field] = [...(found[field] ?? []), issue.message];
	}
	return found;
}

describe("form schemas report every mistake at once", () => {
	it("run each cross-field rule as soon as its own fields parsed (every exported schema)", () => {
		const schemas = Object.entries(modules).flatMap(([module, exports]) =>
			Object.entries(exports).flatMap(([name, value]) =>
				isSchema(value) ? [[`${module}.${name}`, value] as const] : [],
			),
		);
		expect(schemas.length).toBeGreaterThan(10);
		expect(schemas.flatMap(([name, schema]) => checksSkippedAfterOtherErrors(schema, name))).toEqual([]);
	});

	it("« Mes données »: the postal code is refused together with the missing street", () => {
		const result = dossierInputServer.parentProfileServerSchema.safeParse({
			lastName: "Forius",
			firstName: "Anne",
			houseNumber: "6",
			postalCode: "48",
			locality: "Limbourg",
			mobilePhone: "0470",
		});
		expect(messages(result)).toEqual({
			street: ["validation.required"],
			postalCode: ["validation.postalCode"],
			mobilePhone: ["validation.phone"],
		});
	});

	it("general data: postal code and national-number mismatch come with a missing name", () => {
		const result = dossierInput.generalDataSchema.safeParse({
			nationalNumber: "20.08.22-246.84",
			birthDate: "2020-08-23",
			postalCode: "ABCDEFGH",
		});
		expect(messages(result)).toEqual({
			lastName: ["validation.required"],
			birthDate: ["families.nationalNumber.birthDateMismatch"],
			postalCode: ["validation.postalCode"],
		});
	});

	it("a house manager's missing houses come with a wrong e-mail; a password mismatch with a missing name", () => {
		expect(messages(staffInput.inviteStaffSchema.safeParse({ email: "nope", role: "house_manager" }))).toEqual({
			email: ["validation.email"],
			houseIds: ["staff.houses.required"],
		});
		const account = staffInput.invitationAccountSchema.safeParse({
			token: "t",
			username: "anne",
			lastName: "Forius",
			password: "Un mot de passe 1!",
			confirmPassword: "Autre chose",
		});
		expect(messages(account)).toEqual({
			firstName: ["validation.required"],
			confirmPassword: ["auth.password.mismatch"],
		});
	});

	it("would have caught a cross-field rule without `when`", () => {
		const bare = dossierInput.parentProfileSchema.superRefine(() => undefined);
		expect(checksSkippedAfterOtherErrors(bare, "bare")).toEqual(["bare check #2"]);
	});
});

describe("house and group contact details", () => {
	const house = { name: "Les Lutins", kind: "creche", address: "Rue 1", locality: "Limbourg" };

	it("refuses a postal code that is not Belgian and a phone that is not a number", () => {
		const result = groupInputServer.houseInputServerSchema.safeParse({
			...house,
			postalCode: "ABCDEFGH",
			phone: "ABCDEFGH",
		});
		expect(messages(result)).toEqual({ postalCode: ["validation.postalCode"], phone: ["validation.phone"] });
		const group = groupInputServer.groupInputServerSchema.safeParse({ name: "G", code: "ABC", contactPhone: "12" });
		expect(messages(group)).toEqual({ contactPhone: ["validation.phone"] });
	});

	it("keeps a valid phone the way it is shown", () => {
		const result = groupInputServer.houseInputServerSchema.safeParse({
			...house,
			postalCode: "4830",
			phone: "087/76.04.10",
		});
		expect(result.success && result.data.phone).toBe("087 76 04 10");
	});
});

describe("phone numbers are checked on the server only (decision 027)", () => {
	it("the browser's schemas take any short text; the server's refuse it with validation.phone", () => {
		const contact = { name: "Anne", relation: "Tante", role: "pickup", phone: "0470", phoneAlt: "12" };
		expect(dossierInput.contactSchema.safeParse(contact).success).toBe(true);
		expect(messages(dossierInputServer.contactServerSchema.safeParse(contact))).toEqual({
			phone: ["validation.phone"],
			phoneAlt: ["validation.phone"],
		});
		expect(messages(dossierInputServer.medicalDataServerSchema.safeParse({ doctorPhone: "abc" }))).toEqual({
			doctorPhone: ["validation.phone"],
		});
	});

	it("the server stores E.164 and the browser's schema checks the length as before", () => {
		const contact = { name: "Anne", relation: "Tante", role: "pickup", phone: "0470/12.34.56" };
		const parsed = dossierInputServer.contactServerSchema.safeParse(contact);
		expect(parsed.success && parsed.data.phone).toBe("+32470123456");
		expect(messages(dossierInput.contactSchema.safeParse({ ...contact, phone: "1".repeat(41) }))).toEqual({
			phone: ["validation.tooLong"],
		});
	});
});
