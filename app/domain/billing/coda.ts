/**
 * Reader of CODA bank statements (Febelfin « Coded statement of account », version 2.6):
 * text files of 128-character records. A statement is a header (0), the old balance (1),
 * movements (21 with its continuations 22 and 23), information records (31/32/33), free
 * messages (4), the new balance (8) and a trailer (9); a file may hold several statements.
 *
 * Amounts in CODA have 3 decimals; here they are integer cents, signed (credit > 0). Dates
 * DDMMYY become `YYYY-MM-DD` (years 2000–2099). The reader checks what makes a statement
 * trustworthy for payments: record lengths and types, the order of records, the trailer's
 * record count and totals, and old balance + movements = new balance. Information records and
 * free messages are checked for their type only.
 *
 * Movements whose type (first digit of the transaction code) is 5 to 9 detail a globalised
 * movement (an amount totalised by the customer or the bank): they are listed under that
 * movement's `details` and not counted again in the balance.
 *
 * Why our own reader: the only Node package, coda-parser 0.0.3 (npm, MIT), ships a minified
 * build without tests or repository, returns one statement per file (it threw on a public
 * two-statement sample), keeps amounts as floating euros (its old balance came out 1000 times
 * too large on a public sample) and does not check the trailer or the balances.
 */
import { composeIBAN } from "ibantools";
import { parseStructuredCommunication } from "./structured-communication.ts";

export type CodaMovement = {
	/** Continuous sequence number of the movement in the statement (4 digits). */
	sequence: string;
	/** Detail number (4 digits), "0000" for the movement itself. */
	detailNumber: string;
	/** Signed cents: a credit (money in) is positive. */
	amountCents: number;
	/** Booking date on the statement, `YYYY-MM-DD`. */
	entryDate: string;
	/** Value date, `YYYY-MM-DD`; "" when the bank gave none (000000). */
	valueDate: string;
	/** Belgian structured communication (12 digits) when the communication is of type 1 with code 101 or 102 and its check digits are right. */
	structuredCommunication: string | null;
	/** Free communication, joined over records 21, 22 and 23; "" when it is a valid structured one. */
	communication: string;
	counterpartyName: string | null;
	/** The counterparty's account as given (IBAN for SEPA transfers). */
	counterpartyAccount: string | null;
	/** The bank's reference of the movement. */
	bankReference: string;
	/** The 8-digit transaction code: type, family (2), transaction (2), category (3). */
	transactionCode: string;
	/** Detail movements (type 5–9) of a globalised movement, when the bank gives them. */
	details?: CodaMovement[];
};

export type CodaStatement = {
	/** Bank identification number of the header (3 digits, the bank's protocol code). */
	bankIdentification: string;
	/** The account's IBAN when the account structure gives one (a Belgian account number is turned into its IBAN), else the account as given. */
	account: string;
	currency: string;
	/** Paper statement number (3 digits). */
	statementNumber: string;
	/** Creation date of the statement (header, record 0), `YYYY-MM-DD`. */
	statementDate: string;
	oldBalanceCents: number;
	newBalanceCents: number;
	movements: CodaMovement[];
};

/** A CODA file that cannot be trusted; `line` is 1-based. */
export class CodaFormatError extends Error {
	constructor(
		readonly line: number,
		message: string,
	) {
		super(`Line ${line}: ${message}`);
		this.name = "CodaFormatError";
	}
}

type CodaRecord = { line: number; text: string };

/** Characters `from`–`to` of a record, 1-based and inclusive as in the Febelfin layout. */
const field = (record: CodaRecord, from: number, to: number) => record.text.slice(from - 1, to);

function codaLines(text: string): CodaRecord[] {
	const lines = text.replace(/^\uFEFF/, "").split("\n");
	if (lines.at(-1) === "") lines.pop();
	return lines.map((raw, index) => {
		const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
		if (line.length !== 128) {
			throw new CodaFormatError(index + 1, `a CODA record is 128 characters long, this one has ${line.length}`);
		}
		return { line: index + 1, text: line };
	});
}

/** 15 digits with 3 decimals, as cents. */
function unsignedCents(record: CodaRecord, from: number): number {
	const digits = field(record, from, from + 14);
	if (!/^\d{15}$/.test(digits)) throw new CodaFormatError(record.line, `the amount "${digits}" is not 15 digits`);
	if (!digits.endsWith("0")) throw new CodaFormatError(record.line, `the amount ${digits} has a fraction of a cent`);
	return Number(digits.slice(0, 14));
}

/** A sign (0 credit, 1 debit) followed by an amount, as signed cents. */
function amountCents(record: CodaRecord, signAt: number, from: number): number {
	const sign = field(record, signAt, signAt);
	if (sign !== "0" && sign !== "1") throw new CodaFormatError(record.line, `the amount's sign "${sign}" is not 0 or 1`);
	const cents = unsignedCents(record, from);
	return sign === "1" ? -cents : cents;
}

function codaDate(record: CodaRecord, from: number, { optional = false } = {}): string {
	const text = field(record, from, from + 5);
	if (optional && text === "000000") return "";
	const date = `20${text.slice(4, 6)}-${text.slice(2, 4)}-${text.slice(0, 2)}`;
	const parsed = new Date(`${date}T00:00:00Z`);
	if (!/^\d{6}$/.test(text) || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== date) {
		throw new CodaFormatError(record.line, `"${text}" at position ${from} is not a date DDMMYY`);
	}
	return date;
}

const blankToNull = (text: string) => (text.trim() === "" ? null : text.trim());

function accountOf(record: CodaRecord): { account: string; currency: string } {
	const structure = field(record, 2, 2);
	if (structure === "0") {
		const bban = field(record, 6, 17);
		const iban = composeIBAN({ countryCode: "BE", bban });
		return { account: iban ?? bban, currency: field(record, 19, 21) };
	}
	if (structure === "2") return { account: field(record, 6, 36).trim(), currency: field(record, 40, 42) };
	if (structure === "1" || structure === "3") {
		return { account: field(record, 6, 39).trim(), currency: field(record, 40, 42) };
	}
	throw new CodaFormatError(record.line, `unknown account structure "${structure}"`);
}

/** Whether a movement details a globalised one (types 5 to 9) instead of being booked itself. */
const isDetail = (movement: CodaMovement) =>
	movement.transactionCode[0] !== undefined && movement.transactionCode[0] >= "5";

type Draft = { movement: CodaMovement; raw: string[]; structured: string | null };

function movementOf(record: CodaRecord): Draft {
	const communicationType = field(record, 62, 62);
	if (communicationType !== "0" && communicationType !== "1") {
		throw new CodaFormatError(record.line, `unknown communication type "${communicationType}"`);
	}
	const transactionCode = field(record, 54, 61);
	if (!/^\d{8}$/.test(transactionCode)) {
		throw new CodaFormatError(record.line, `the transaction code "${transactionCode}" is not 8 digits`);
	}
	const structuredCode = communicationType === "1" ? field(record, 63, 65) : null;
	const isBelgianStructured = structuredCode === "101" || structuredCode === "102";
	const structured = isBelgianStructured ? parseStructuredCommunication(field(record, 66, 77)) : null;
	// A valid structured communication is the whole message; with wrong check digits its digits stay readable as text.
	const firstPart = structured ? "" : isBelgianStructured ? field(record, 66, 77) : field(record, 63, 115);
	return {
		movement: {
			sequence: field(record, 3, 6),
			detailNumber: field(record, 7, 10),
			amountCents: amountCents(record, 32, 33),
			entryDate: codaDate(record, 116),
			valueDate: codaDate(record, 48, { optional: true }),
			structuredCommunication: structured,
			communication: "",
			counterpartyName: null,
			counterpartyAccount: null,
			bankReference: field(record, 11, 31).trim(),
			transactionCode,
		},
		raw: [firstPart],
		structured,
	};
}

class StatementReader {
	private header: CodaRecord;
	private opening: CodaRecord | null = null;
	private closing: CodaRecord | null = null;
	private recordCount = 0;
	private drafts: Draft[] = [];

	constructor(header: CodaRecord) {
		if (field(header, 128, 128) !== "2") {
			throw new CodaFormatError(header.line, `CODA version "${field(header, 128, 128)}" is not supported (only 2)`);
		}
		this.header = header;
	}

	read(record: CodaRecord): void {
		const type = field(record, 1, 1);
		if (type !== "1" && !this.opening) {
			throw new CodaFormatError(record.line, "a record before the old balance (record 1)");
		}
		// The trailer counts records 1, 2x, 3x and 8, not the free messages (4).
		if (type !== "4") this.recordCount += 1;
		if (type === "1") {
			if (this.opening) throw new CodaFormatError(record.line, "a second old balance (record 1) in one statement");
			this.opening = record;
		} else if (type === "2") {
			this.readMovement(record);
		} else if (type === "3") {
			if (!/^3[123]$/.test(field(record, 1, 2))) {
				throw new CodaFormatError(record.line, `unknown information record "${field(record, 1, 2)}"`);
			}
		} else if (type === "4") {
			// A free message for the account holder: nothing to book.
		} else if (type === "8") {
			if (this.closing) throw new CodaFormatError(record.line, "a second new balance (record 8) in one statement");
			this.closing = record;
		} else {
			throw new CodaFormatError(record.line, `unknown record type "${type}"`);
		}
	}

	private readMovement(record: CodaRecord): void {
		const kind = field(record, 2, 2);
		if (kind === "1") {
			this.drafts.push(movementOf(record));
			return;
		}
		const draft = this.drafts.at(-1);
		if (kind !== "2" && kind !== "3") throw new CodaFormatError(record.line, `unknown movement record "2${kind}"`);
		if (
			!draft ||
			draft.movement.sequence !== field(record, 3, 6) ||
			draft.movement.detailNumber !== field(record, 7, 10)
		) {
			throw new CodaFormatError(record.line, `record 2${kind} does not continue the movement before it`);
		}
		if (kind === "2") {
			draft.raw.push(field(record, 11, 63));
		} else {
			draft.raw.push(field(record, 83, 125));
			const account = field(record, 11, 47).trim().split(/\s+/)[0] ?? "";
			draft.movement.counterpartyAccount = account === "" ? null : account;
			draft.movement.counterpartyName = blankToNull(field(record, 48, 82));
		}
	}

	finish(trailer: CodaRecord): CodaStatement {
		const { opening, closing } = this;
		if (!opening || !closing) {
			throw new CodaFormatError(trailer.line, "a trailer (record 9) before the old and new balances (records 1 and 8)");
		}
		const movements: CodaMovement[] = [];
		let debitCents = 0;
		let creditCents = 0;
		for (const draft of this.drafts) {
			const movement = draft.movement;
			movement.communication = draft.structured ? "" : draft.raw.join("").trim();
			const parent = movements.at(-1);
			if (isDetail(movement) && parent?.sequence === movement.sequence) {
				parent.details = [...(parent.details ?? []), movement];
				continue;
			}
			movements.push(movement);
			if (movement.amountCents < 0) debitCents -= movement.amountCents;
			else creditCents += movement.amountCents;
		}

		const declaredCount = Number(field(trailer, 17, 22));
		if (declaredCount !== this.recordCount) {
			throw new CodaFormatError(
				trailer.line,
				`the trailer counts ${declaredCount} records, the statement has ${this.recordCount}`,
			);
		}
		const declaredDebit = unsignedCents(trailer, 23);
		const declaredCredit = unsignedCents(trailer, 38);
		if (declaredDebit !== debitCents || declaredCredit !== creditCents) {
			throw new CodaFormatError(
				trailer.line,
				`the trailer's totals (debit ${declaredDebit}, credit ${declaredCredit} cents) disagree with the movements (debit ${debitCents}, credit ${creditCents})`,
			);
		}

		const { account, currency } = accountOf(opening);
		const oldBalanceCents = amountCents(opening, 43, 44);
		const newBalanceCents = amountCents(closing, 42, 43);
		if (oldBalanceCents + creditCents - debitCents !== newBalanceCents) {
			throw new CodaFormatError(
				closing.line,
				`old balance ${oldBalanceCents} + movements ${creditCents - debitCents} is not the new balance ${newBalanceCents} (cents)`,
			);
		}
		return {
			bankIdentification: field(this.header, 12, 14),
			account,
			currency,
			statementNumber: field(opening, 3, 5),
			statementDate: codaDate(this.header, 6),
			oldBalanceCents,
			newBalanceCents,
			movements,
		};
	}
}

/**
 * Every statement of a CODA file, in file order.
 *
 * @throws CodaFormatError on a record that is not 128 characters (a trailing \r and a missing
 *   final newline are fine), an unknown record type, records out of order, a trailer whose
 *   record count or totals disagree, balances that do not add up, or a file without statement.
 */
export function parseCodaFile(text: string): CodaStatement[] {
	const statements: CodaStatement[] = [];
	let reader: StatementReader | null = null;
	const records = codaLines(text);
	for (const record of records) {
		const type = field(record, 1, 1);
		if (type === "0") {
			if (reader)
				throw new CodaFormatError(record.line, "a header (record 0) before the trailer of the statement before");
			reader = new StatementReader(record);
		} else if (type === "9") {
			if (!reader) throw new CodaFormatError(record.line, "a trailer (record 9) without header");
			statements.push(reader.finish(record));
			reader = null;
		} else if (!reader) {
			throw new CodaFormatError(
				record.line,
				/^[12348]$/.test(type) ? "a record before the header (record 0)" : `unknown record type "${type}"`,
			);
		} else {
			reader.read(record);
		}
	}
	if (reader) throw new CodaFormatError(records.length, "the file ends before the trailer (record 9)");
	if (statements.length === 0) throw new CodaFormatError(1, "the file holds no CODA statement");
	return statements;
}

/**
 * The one statement of a CODA file.
 *
 * @throws CodaFormatError as `parseCodaFile`, and when the file holds several statements.
 */
export function parseCoda(text: string): CodaStatement {
	const statements = parseCodaFile(text);
	const [statement] = statements;
	if (!statement || statements.length > 1) {
		throw new CodaFormatError(1, `the file holds ${statements.length} statements, not one`);
	}
	return statement;
}
