/**
 * Belgian national register numbers (NN / RN) and BIS numbers: 11 digits `YYMMDDSSSCC`, the
 * birth date, a sequence number (odd for men, even for women) and a check number.
 *
 * - The check number is 97 minus the first 9 digits modulo 97; for people born from 2000 on, it
 *   is computed on the same digits preceded by a "2". That is how the century is told apart.
 * - BIS numbers (people not in the national register) add 20 to the month when the sex was
 *   unknown at allocation, 40 when it was known.
 * - A month or day of 00 means that part of the birth date is unknown.
 *
 * Pure and safe for client code: forms may validate as the user types.
 */
import { dateInBrussels } from "#app/infra/clock.ts";

export type ParsedNationalNumber = {
	ok: true;
	/** The 11 digits, without separators. */
	digits: string;
	/** `YYYY-MM-DD`, or null when the month or the day is unknown (00). */
	birthDate: string | null;
	/** Null for a BIS number allocated without knowing the sex. */
	sex: "F" | "M" | null;
	bis: boolean;
};

export type InvalidNationalNumber = { ok: false; reason: "format" | "checksum" | "date" };

export type ParseNationalNumberOptions = {
	/** `YYYY-MM-DD`: nobody can be born after it. Defaults to today in Brussels. */
	today?: string;
};

/** Strips the separators people type or copy (spaces, dots, dashes); leaves anything else. */
export function normalizeNationalNumber(input: string): string {
	return input.replace(/[\s.\-\u2010-\u2015]/g, "");
}

type BirthDate = {
	/** Null when partly unknown. */
	exact: string | null;
	/** The first day the birth could have been, to compare with today. */
	earliest: string;
};

function pad(value: number, length = 2): string {
	return String(value).padStart(length, "0");
}

function birthDateOf(year: number, month: number, day: number): BirthDate | undefined {
	if (month === 0) return day <= 31 ? { exact: null, earliest: `${pad(year, 4)}-01-01` } : undefined;
	const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day > daysInMonth) return undefined;
	const earliest = `${pad(year, 4)}-${pad(month)}-${pad(Math.max(day, 1))}`;
	return { exact: day === 0 ? null : earliest, earliest };
}

function checkNumber(base: number): number {
	return 97 - (base % 97);
}

export function parseNationalNumber(
	input: string,
	options: ParseNationalNumberOptions = {},
): ParsedNationalNumber | InvalidNationalNumber {
	const digits = normalizeNationalNumber(input);
	if (!/^\d{11}$/.test(digits)) return { ok: false, reason: "format" };
	const sequence = Number(digits.slice(6, 9));
	// Sequences run from 001 to 998: 000 and 999 are never allocated (and "000…" is a filler).
	if (sequence === 0 || sequence === 999) return { ok: false, reason: "format" };

	const base = Number(digits.slice(0, 9));
	const check = Number(digits.slice(9));
	const centuries: number[] = [];
	if (checkNumber(base) === check) centuries.push(1900);
	if (checkNumber(2_000_000_000 + base) === check) centuries.push(2000);
	if (centuries.length === 0) return { ok: false, reason: "checksum" };

	const rawMonth = Number(digits.slice(2, 4));
	const bis = rawMonth >= 20;
	const sexKnown = !bis || rawMonth >= 40;
	const month = rawMonth % 20;
	const day = Number(digits.slice(4, 6));
	if (rawMonth >= 60 || month > 12) return { ok: false, reason: "date" };

	const today = options.today ?? dateInBrussels();
	const year = Number(digits.slice(0, 2));
	const candidates = centuries
		.map((century) => birthDateOf(century + year, month, day))
		.filter((candidate) => candidate !== undefined);
	// 2·10⁹ is not a multiple of 97, so both centuries never match at once today; should the
	// rule ever allow it, the birth that has already happened wins.
	const birth = candidates.find((candidate) => candidate.earliest <= today);
	if (!birth) return { ok: false, reason: "date" };

	return {
		ok: true,
		digits,
		birthDate: birth.exact,
		sex: sexKnown ? (sequence % 2 === 1 ? "M" : "F") : null,
		bis,
	};
}

/** `YY.MM.DD-SSS.CC`, the way the number is printed on an identity card; other input unchanged. */
export function formatNationalNumber(digits: string): string {
	const match = /^(\d{2})(\d{2})(\d{2})(\d{3})(\d{2})$/.exec(normalizeNationalNumber(digits));
	if (!match) return digits;
	const [, year, month, day, sequence, check] = match;
	return `${year}.${month}.${day}-${sequence}.${check}`;
}
