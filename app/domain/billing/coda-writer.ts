/**
 * Writer of CODA statements (Febelfin CODA 2.6, 128-character records), the inverse of
 * `parseCoda`: tests and the demo use it to produce bank statements that pay our invoices.
 * It writes a header (0), the old balance (1, account structure 2 for a Belgian IBAN, 3 for
 * another IBAN, 1 otherwise), each movement as records 21, 22 and 23 (details after their
 * movement), the new balance (8) and the trailer (9) with its count and totals. Lines end
 * with "\n". Lengths are in characters: banks deliver CODA in Latin-1, so save it in that
 * encoding (or keep text ASCII) for other readers; `parseCoda` reads either once decoded.
 */
import { isValidIBAN } from "ibantools";
import type { CodaMovement, CodaStatement } from "./coda.ts";

const text = (value: string, length: number) => {
	if (value.length > length)
		throw new RangeError(`"${value}" is longer than the ${length} characters of its CODA field`);
	return value.padEnd(length, " ");
};

const digits = (value: string, length: number, name: string) => {
	if (!new RegExp(`^\\d{${length}}$`).test(value)) throw new RangeError(`${name} is ${length} digits, not "${value}"`);
	return value;
};

/** 15 digits with 3 decimals, from cents (the sign is written apart). */
const amount = (cents: number) => {
	if (!Number.isInteger(cents)) throw new RangeError(`An amount is whole cents, not ${cents}`);
	return `${Math.abs(cents)}0`.padStart(15, "0");
};

const sign = (cents: number) => (cents < 0 ? "1" : "0");

/** DDMMYY from `YYYY-MM-DD` (years 2000–2099); "000000" for "". */
const date = (value: string) => {
	if (value === "") return "000000";
	const match = /^20(\d\d)-(\d\d)-(\d\d)$/.exec(value);
	if (!match) throw new RangeError(`A CODA date is YYYY-MM-DD in 2000–2099, not "${value}"`);
	return `${match[3]}${match[2]}${match[1]}`;
};

function accountField(account: string, currency: string): { structure: string; field: string } {
	const isIban = isValidIBAN(account);
	const structure = isIban ? (account.startsWith("BE") ? "2" : "3") : "1";
	const width = structure === "2" ? 31 : 34;
	const field = text(account, width) + (structure === "2" ? "   " : "") + text(currency, 3);
	return { structure, field };
}

/** The free communication cut over the 53 + 53 + 43 characters of records 21, 22 and 23. */
function communicationParts(movement: CodaMovement): [string, string, string, string] {
	if (movement.structuredCommunication) {
		return ["1", text(`101${digits(movement.structuredCommunication, 12, "A structured communication")}`, 53), "", ""];
	}
	const free = movement.communication;
	if (free.length > 149) throw new RangeError("A CODA communication is at most 149 characters");
	return ["0", text(free.slice(0, 53), 53), free.slice(53, 106), free.slice(106)];
}

function movementRecords(movement: CodaMovement, statementNumber: string): string[] {
	const sequence = digits(movement.sequence, 4, "A movement's sequence");
	const detail = digits(movement.detailNumber, 4, "A movement's detail number");
	const [type, part1, part2, part3] = communicationParts(movement);
	const counterparty = movement.counterpartyAccount ?? "";
	const needs23 = part3 !== "" || counterparty !== "" || movement.counterpartyName !== null;
	const needs22 = needs23 || part2 !== "";
	const records = [
		`21${sequence}${detail}${text(movement.bankReference, 21)}${sign(movement.amountCents)}${amount(movement.amountCents)}` +
			`${date(movement.valueDate)}${digits(movement.transactionCode, 8, "A transaction code")}${type}${part1}` +
			`${date(movement.entryDate)}${statementNumber}0${needs22 ? "1" : "0"} 0`,
	];
	if (needs22) {
		records.push(
			`22${sequence}${detail}${text(part2, 53)}${" ".repeat(35 + 11 + 3 + 1 + 4 + 4 + 4)}${needs23 ? "1" : "0"} 0`,
		);
	}
	if (needs23) {
		const account = counterparty === "" ? "" : text(counterparty, 34) + (isValidIBAN(counterparty) ? "EUR" : "   ");
		records.push(
			`23${sequence}${detail}${text(account, 37)}${text(movement.counterpartyName ?? "", 35)}${text(part3, 43)}0 0`,
		);
	}
	return records;
}

/**
 * A CODA file of one statement. The trailer's totals are those of the movements (details are
 * not counted again), so the file reads back only if old balance + movements = new balance.
 *
 * @throws RangeError when a value does not fit its CODA field (a communication over 149
 *   characters, a name over 35, a sequence not 4 digits, a date outside 2000–2099…).
 */
export function writeCoda(statement: CodaStatement): string {
	const statementNumber = digits(statement.statementNumber, 3, "A statement number");
	const { structure, field: account } = accountField(statement.account, statement.currency);
	const body: string[] = [
		`1${structure}${statementNumber}${account}${sign(statement.oldBalanceCents)}${amount(statement.oldBalanceCents)}` +
			`${date(statement.statementDate)}${" ".repeat(26 + 35)}${statementNumber}`,
	];
	let debitCents = 0;
	let creditCents = 0;
	for (const movement of statement.movements) {
		body.push(...movementRecords(movement, statementNumber));
		for (const detail of movement.details ?? []) body.push(...movementRecords(detail, statementNumber));
		if (movement.amountCents < 0) debitCents -= movement.amountCents;
		else creditCents += movement.amountCents;
	}
	body.push(
		`8${statementNumber}${account}${sign(statement.newBalanceCents)}${amount(statement.newBalanceCents)}` +
			`${date(statement.statementDate)}${" ".repeat(64)}0`,
	);
	const header =
		`00000${date(statement.statementDate)}${digits(statement.bankIdentification, 3, "A bank identification")}05 ` +
		`${" ".repeat(7 + 10 + 26 + 11)}00000000000 00000${" ".repeat(16 + 16 + 7)}2`;
	const trailer = `9${" ".repeat(15)}${String(body.length).padStart(6, "0")}${amount(debitCents)}${amount(creditCents)}${" ".repeat(75)}2`;
	return `${[header, ...body, trailer].join("\n")}\n`;
}
