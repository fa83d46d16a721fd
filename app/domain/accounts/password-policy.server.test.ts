import { describe, expect, it } from "vitest";
import { isWeakPassword } from "./password-policy.server.ts";
import { unmetPasswordRules } from "./password-rules.ts";

describe("password rules", () => {
	it("lists what is missing, in the order shown to the user", () => {
		expect(unmetPasswordRules("")).toEqual(["length", "upper", "lower", "digit", "special"]);
		expect(unmetPasswordRules("abcdefgh")).toEqual(["upper", "digit", "special"]);
		expect(unmetPasswordRules("Tartine9(")).toEqual([]);
	});

	it("only counts the special characters of the requirements box", () => {
		expect(unmetPasswordRules("Tartine9-")).toEqual(["special"]);
		for (const special of "#$^+=!*()@%&") expect(unmetPasswordRules(`Tartine9${special}`)).toEqual([]);
	});
});

describe("weak passwords", () => {
	it.each(["P@ssw0rd", "Password123!", "!Azerty2024", "Qwerty1!", "Bonjour2026!"])("refuses %s", (password) => {
		expect(isWeakPassword(password)).toBe(true);
	});

	it("refuses a password built on the user's own name or address", () => {
		expect(isWeakPassword("Sylvie2026!!", ["sylvie", "s.popelin@example.be"])).toBe(true);
		expect(isWeakPassword("Popelin#7kk", ["Sylvie", "popelin@example.be"])).toBe(true);
	});

	it("accepts an uncommon one", () => {
		expect(isWeakPassword("Girafe-Violette-42!", ["anthony", "anthony@example.be"])).toBe(false);
	});
});
