import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CodaFormatError, type CodaStatement, parseCoda, parseCodaFile } from "./coda.ts";

const fixtures = path.resolve(import.meta.dirname, "../../../tests/fixtures/coda");
// Built field by field from the Febelfin CODA 2.6 layout (see tests/fixtures/coda/README.md).
const statementText = readFileSync(path.join(fixtures, "two-payments-and-a-fee.cod"), "latin1");
const lines = statementText.split("\r\n");

const movement = {
	entryDate: "2026-12-01",
	valueDate: "2026-12-01",
	counterpartyName: null,
	counterpartyAccount: null,
	transactionCode: "00150000",
};

const expected: CodaStatement = {
	bankIdentification: "539",
	account: "BE68539007547034",
	currency: "EUR",
	statementNumber: "012",
	statementDate: "2026-12-01",
	oldBalanceCents: 100_000,
	newBalanceCents: 116_525,
	movements: [
		{
			...movement,
			sequence: "0001",
			detailNumber: "0000",
			amountCents: 4275,
			structuredCommunication: "123456789002",
			communication: "",
			counterpartyName: "FORIUS ALAIN",
			counterpartyAccount: "BE71096123456769",
			bankReference: "ABC0001 TR",
		},
		{
			...movement,
			sequence: "0002",
			detailNumber: "0000",
			amountCents: 1500,
			structuredCommunication: null,
			communication:
				"Paiement stage ete semaine 1 pour Nino Forius et Lea Forius, garderie comprise; merci pour tout et a bientot a la plaine",
			counterpartyName: "DUPONT MARIE",
			counterpartyAccount: "BE68539007547034",
			bankReference: "ABC0002 TR",
		},
		{
			...movement,
			sequence: "0003",
			detailNumber: "0000",
			amountCents: -250,
			structuredCommunication: null,
			communication: "FRAIS DE GESTION",
			bankReference: "FEE0003",
			transactionCode: "08037000",
		},
		{
			...movement,
			sequence: "0004",
			detailNumber: "0000",
			amountCents: 10_000,
			structuredCommunication: null,
			communication: "2 VIREMENTS",
			bankReference: "GLOB0004",
			transactionCode: "20150000",
			details: [
				{
					...movement,
					sequence: "0004",
					detailNumber: "0001",
					amountCents: 6000,
					structuredCommunication: "123456789103",
					communication: "",
					bankReference: "GLOB0004",
					transactionCode: "60150000",
				},
				{
					...movement,
					sequence: "0004",
					detailNumber: "0002",
					amountCents: 4000,
					structuredCommunication: "123456789204",
					communication: "",
					bankReference: "GLOB0004",
					transactionCode: "60150000",
				},
			],
		},
		{
			...movement,
			sequence: "0005",
			detailNumber: "0000",
			amountCents: 1000,
			valueDate: "",
			structuredCommunication: null,
			communication: "123456789003",
			bankReference: "ABC0005 TR",
		},
	],
};

function formatErrorOf(text: string): CodaFormatError {
	try {
		parseCodaFile(text);
	} catch (error) {
		expect(error).toBeInstanceOf(CodaFormatError);
		return error as CodaFormatError;
	}
	throw new Error("the file was accepted");
}

const withLine = (index: number, replace: (line: string) => string) =>
	lines.map((line, at) => (at === index ? replace(line) : line)).join("\n");
const at = (line: string, position: number, value: string) =>
	line.slice(0, position - 1) + value + line.slice(position - 1 + value.length);

describe("CODA statement", () => {
	it("reads every field of a statement (CRLF, no final newline)", () => {
		expect(parseCoda(statementText)).toEqual(expected);
	});

	it("reads LF files and several statements in one file", () => {
		expect(parseCoda(`${lines.join("\n")}\n`)).toEqual(expected);
		const statements = parseCodaFile(`${statementText}\r\n${statementText}\r\n`);
		expect(statements).toHaveLength(2);
		expect(() => parseCoda(`${statementText}\n${statementText}`)).toThrow(/2 statements, not one/);
	});

	it("refuses records that are not 128 characters", () => {
		const error = formatErrorOf(withLine(3, (line) => line.slice(0, 127)));
		expect(error.line).toBe(4);
		expect(error.message).toMatch(/128 characters/);
		expect(formatErrorOf(withLine(2, (line) => `${line} `)).line).toBe(3);
	});

	it("refuses unknown record types", () => {
		expect(formatErrorOf(withLine(9, (line) => at(line, 1, "7"))).message).toMatch(/unknown record type "7"/);
		expect(formatErrorOf(withLine(9, (line) => at(line, 2, "5"))).message).toMatch(/unknown information record/);
		expect(formatErrorOf(withLine(3, (line) => at(line, 2, "4"))).message).toMatch(/unknown movement record "24"/);
	});

	it("refuses a trailer whose record count or totals disagree", () => {
		const trailer = lines.length - 1;
		const count = formatErrorOf(withLine(trailer, (line) => at(line, 17, "000015")));
		expect(count.line).toBe(lines.length);
		expect(count.message).toMatch(/counts 15 records, the statement has 14/);
		expect(formatErrorOf(withLine(trailer, (line) => at(line, 38, "000000000167760"))).message).toMatch(
			/totals .* disagree/,
		);
		expect(formatErrorOf(withLine(trailer, (line) => at(line, 23, "000000000002400"))).message).toMatch(
			/totals .* disagree/,
		);
	});

	it("refuses balances that do not add up", () => {
		const error = formatErrorOf(withLine(14, (line) => at(line, 43, "000000001165260")));
		expect(error.line).toBe(15);
		expect(error.message).toMatch(/is not the new balance/);
	});

	it("refuses records out of place, a missing trailer, an empty file and other versions", () => {
		expect(formatErrorOf(lines.slice(1).join("\n")).message).toMatch(/before the header/);
		expect(formatErrorOf([lines[0], ...lines.slice(2)].join("\n")).message).toMatch(/before the old balance/);
		expect(formatErrorOf(lines.slice(0, -1).join("\n")).message).toMatch(/ends before the trailer/);
		expect(formatErrorOf("").message).toMatch(/no CODA statement/);
		expect(formatErrorOf(withLine(0, (line) => at(line, 128, "1"))).message).toMatch(/version "1"/);
		expect(formatErrorOf(withLine(4, (line) => at(line, 3, "0009"))).message).toMatch(/does not continue/);
		expect(formatErrorOf(withLine(2, (line) => at(line, 33, "00000000000427A0"))).message).toMatch(/15 digits/);
		expect(formatErrorOf(withLine(2, (line) => at(line, 47, "1"))).message).toMatch(/fraction of a cent/);
		expect(formatErrorOf(withLine(2, (line) => at(line, 116, "311126"))).message).toMatch(/not a date/);
	});
});

// Public sample files are not kept in the repository (see tests/fixtures/coda/README.md): point
// CODA_SAMPLES_DIR at a folder holding them to run these.
const samples = process.env.CODA_SAMPLES_DIR;
const sample = (name: string) => readFileSync(path.join(samples ?? "", name), "latin1");

describe.runIf(samples && existsSync(samples))("public CODA samples", () => {
	it("php-coda-parser sample1.cod: four credits on a Belgian account number", () => {
		const statement = parseCoda(sample("sample1.cod"));
		expect(statement).toMatchObject({
			account: "BE12138536152215",
			statementNumber: "139",
			statementDate: "2017-10-11",
		});
		expect([statement.oldBalanceCents, statement.newBalanceCents]).toEqual([1_775_212, 1_783_212]);
		expect(statement.movements.map((m) => m.amountCents)).toEqual([500, 2500, 2000, 3000]);
		// The sample's communications were anonymised: type 101 but wrong check digits.
		expect(statement.movements[0]).toMatchObject({
			structuredCommunication: null,
			communication: "000003505158",
			counterpartyName: "KLANT1 MET NAAM1",
			counterpartyAccount: "BE22313215646432",
		});
	});

	it("php-coda-parser sample9.cod: records removed, the trailer disagrees", () => {
		expect(() => parseCoda(sample("sample9.cod"))).toThrow(/counts 22 records, the statement has 7/);
	});

	it("pycoda Coda_v2_3_multi_statements.txt: two statements", () => {
		const statements = parseCodaFile(sample("Coda_v2_3_multi_statements.txt"));
		expect(statements.map((s) => s.statementNumber)).toEqual(["042", "053"]);
	});

	it("pycoda Coda_v2_3_globalisation.txt: details of a globalised movement are not counted twice", () => {
		const statement = parseCoda(sample("Coda_v2_3_globalisation.txt"));
		expect([statement.oldBalanceCents, statement.newBalanceCents]).toEqual([-45_517, 27_527_053]);
		expect(statement.movements.find((m) => m.sequence === "0003")?.details?.[0]?.amountCents).toBe(5_000_000);
	});

	it("pycoda Coda_foreign_account.txt: a foreign IBAN and a free message", () => {
		const statement = parseCoda(sample("Coda_foreign_account.txt"));
		expect(statement).toMatchObject({ account: "FR1234567890240924002304825", currency: "EUR" });
		expect(statement.movements.map((m) => m.amountCents)).toEqual([-3700, -740]);
	});
});
