import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { type CodaMovement, type CodaStatement, parseCoda } from "./coda.ts";
import { writeCoda } from "./coda-writer.ts";

const payment = (sequence: number, amountCents: number, more: Partial<CodaMovement> = {}): CodaMovement => ({
	sequence: String(sequence).padStart(4, "0"),
	detailNumber: "0000",
	amountCents,
	entryDate: "2026-12-02",
	valueDate: "2026-12-02",
	structuredCommunication: null,
	communication: "",
	counterpartyName: null,
	counterpartyAccount: null,
	bankReference: `RIB${sequence}`,
	transactionCode: "00150000",
	...more,
});

const statement: CodaStatement = {
	bankIdentification: "539",
	account: "BE68539007547034",
	currency: "EUR",
	statementNumber: "013",
	statementDate: "2026-12-02",
	oldBalanceCents: -1234,
	newBalanceCents: -1234 + 4275 + 1500 - 99 + 2000,
	movements: [
		payment(1, 4275, {
			structuredCommunication: "123456789002",
			counterpartyName: "FORIUS ALAIN",
			counterpartyAccount: "BE71096123456769",
		}),
		payment(2, 1500, { communication: `${"Stage d'été, semaine 1 ".repeat(6)}fin`.slice(0, 149) }),
		payment(3, -99, { communication: "Frais", transactionCode: "08037000", valueDate: "" }),
		payment(4, 2000, {
			transactionCode: "20150000",
			communication: "2 virements",
			details: [
				payment(4, 1200, {
					detailNumber: "0001",
					transactionCode: "60150000",
					structuredCommunication: "123456789103",
				}),
				payment(4, 800, { detailNumber: "0002", transactionCode: "60150000", structuredCommunication: "123456789204" }),
			],
		}),
	],
};

describe("CODA writer", () => {
	it("writes 128-character records that read back as the same statement", () => {
		const text = writeCoda(statement);
		expect(text.endsWith("\n")).toBe(true);
		for (const line of text.trimEnd().split("\n")) expect(line).toHaveLength(128);
		expect(parseCoda(text)).toEqual(statement);
	});

	it("writes a statement without movements and on a foreign IBAN", () => {
		const empty = { ...statement, account: "FR1420041010050500013M02606", movements: [], newBalanceCents: -1234 };
		expect(parseCoda(writeCoda(empty))).toEqual(empty);
	});

	it("rewrites the project's fixture to the same statement", () => {
		// tests/fixtures/coda/two-payments-and-a-fee.cod, built from the Febelfin layout.
		const fixture = readFileSync(
			path.resolve(import.meta.dirname, "../../../tests/fixtures/coda/two-payments-and-a-fee.cod"),
			"latin1",
		);
		const read = parseCoda(fixture);
		expect(parseCoda(writeCoda(read))).toEqual(read);
	});

	it("refuses what does not fit, rather than cutting it", () => {
		expect(() => writeCoda({ ...statement, movements: [payment(1, 1, { communication: "x".repeat(150) })] })).toThrow(
			RangeError,
		);
		expect(() => writeCoda({ ...statement, movements: [payment(1, 1, { counterpartyName: "x".repeat(36) })] })).toThrow(
			RangeError,
		);
		expect(() => writeCoda({ ...statement, statementNumber: "1" })).toThrow(RangeError);
		expect(() => writeCoda({ ...statement, statementDate: "1999-12-31" })).toThrow(RangeError);
		expect(() => writeCoda({ ...statement, movements: [payment(1, 1.5)] })).toThrow(RangeError);
	});
});
