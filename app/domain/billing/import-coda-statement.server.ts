import { type Database, withTransaction } from "#app/db/db.server.ts";
import { isUniqueViolation } from "#app/db/dialect.server.ts";
import { AppError, type FieldErrors } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { formatIban, normaliseIban } from "./bank-account.ts";
import { CodaFormatError, type CodaMovement, type CodaStatement, parseCodaFile } from "./coda.ts";
import { movementStatusOf } from "./payment-matching.ts";
import { allocatePayment } from "./record-payment.server.ts";

/**
 * A refused import: an AppError whose messages take values (the reader's reason, the account,
 * the statement's number and date), for the page to show them.
 */
export class StatementRefusal extends AppError {
	constructor(
		code: "VALIDATION" | "CONFLICT",
		fieldErrors: FieldErrors,
		readonly values: Record<string, string>,
	) {
		super(code, { fieldErrors, message: JSON.stringify(values) });
	}
}

export type StatementImport = {
	/** The statements of the file (usually one), as « 012 » numbers with their dates. */
	statements: { number: string; date: string }[];
	/** Movements read (debits included). */
	movements: number;
	/** Credits allocated in full to invoices. */
	matched: number;
	/** Credits left for staff: no invoice found (`unmatched`) or more than due (`partly_matched`). */
	toHandle: number;
	/** Cents allocated to invoices. */
	allocatedCents: number;
};

/**
 * Imports a CODA file of the group's bank account (group admins only), in one transaction:
 * each statement is recorded once (unique account, number and date), each of its movements is
 * kept, and each credit whose structured communication is that of an issued invoice of the group
 * is allocated to it with `allocatePayment` (never more than what it still owes: the rest stays
 * on the movement as `unallocated_cents`, status `partly_matched`). Credits without a known
 * communication stay `unmatched` for staff; debits are `ignored`. Globalised movements count as
 * one (their details are not booked). Audited per statement (`billing.statement_imported`).
 *
 * @throws AppError FORBIDDEN (not a group admin); StatementRefusal VALIDATION
 *   `file: billing.staff.payments.unreadable` (values `reason`: the CODA reader's, in English),
 *   `file: billing.staff.payments.wrongAccount` (values `account`: the statement's), `file:
 *   billing.staff.payments.noSettings` (no billing settings, so no account to compare with); CONFLICT `file:
 *   billing.staff.payments.alreadyImported` (values `account`, `statement`, `date`), also when two
 *   uploads of one statement race (the unique key refuses the second).
 */
export async function importCodaStatement(options: {
	db: Database;
	actor: StaffActor;
	fileName: string;
	text: string;
}): Promise<StatementImport> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	let statements: CodaStatement[];
	try {
		statements = parseCodaFile(options.text);
	} catch (error) {
		if (!(error instanceof CodaFormatError)) throw error;
		throw new StatementRefusal(
			"VALIDATION",
			{ file: ["billing.staff.payments.unreadable"] },
			{ reason: error.message },
		);
	}
	const settings = await db
		.selectFrom("billing_settings")
		.select("iban")
		.where("group_id", "=", groupId)
		.executeTakeFirst();
	if (!settings) throw new StatementRefusal("VALIDATION", { file: ["billing.staff.payments.noSettings"] }, {});
	for (const statement of statements) {
		if (electronicAccount(statement.account) !== settings.iban) {
			throw new StatementRefusal(
				"VALIDATION",
				{ file: ["billing.staff.payments.wrongAccount"] },
				{ account: displayAccount(statement.account) },
			);
		}
	}

	let current: CodaStatement | undefined;
	try {
		return await withTransaction(db, async (trx) => {
			const result: StatementImport = {
				statements: [],
				movements: 0,
				matched: 0,
				toHandle: 0,
				allocatedCents: 0,
			};
			for (const statement of statements) {
				current = statement;
				const counts = await importStatement(trx, {
					groupId,
					actor,
					fileName: options.fileName,
					statement,
				});
				result.statements.push({ number: statement.statementNumber, date: statement.statementDate });
				result.movements += statement.movements.length;
				result.matched += counts.matched;
				result.toHandle += counts.toHandle;
				result.allocatedCents += counts.allocatedCents;
			}
			return result;
		});
	} catch (error) {
		if (isUniqueViolation(error) && current) {
			throw new StatementRefusal(
				"CONFLICT",
				{ file: ["billing.staff.payments.alreadyImported"] },
				{
					account: displayAccount(current.account),
					statement: current.statementNumber,
					date: current.statementDate.split("-").reverse().join("/"),
				},
			);
		}
		throw error;
	}
}

async function importStatement(
	trx: Database,
	options: { groupId: string; actor: StaffActor; fileName: string; statement: CodaStatement },
): Promise<{ matched: number; toHandle: number; allocatedCents: number }> {
	const { groupId, actor, statement } = options;
	const at = nowIso();
	const statementId = newId();
	// The unique key (account, number, date) refuses a statement imported before, or at this moment.
	await trx
		.insertInto("bank_statements")
		.values({
			id: statementId,
			group_id: groupId,
			account: electronicAccount(statement.account),
			statement_number: statement.statementNumber,
			statement_date: statement.statementDate,
			file_name: options.fileName.slice(0, 200),
			imported_by_user_id: actor.userId,
			imported_at: at,
		})
		.execute();
	let matched = 0;
	let toHandle = 0;
	let allocatedCents = 0;
	for (const movement of statement.movements) {
		const movementId = newId();
		const receivedOn = movement.valueDate || movement.entryDate;
		await trx
			.insertInto("bank_movements")
			.values({
				id: movementId,
				statement_id: statementId,
				group_id: groupId,
				sequence: movement.sequence,
				value_date: receivedOn,
				amount_cents: movement.amountCents,
				structured_communication: movement.structuredCommunication,
				communication: movement.communication.slice(0, 500),
				counterparty_name: movement.counterpartyName,
				counterparty_account: movement.counterpartyAccount,
				status: movement.amountCents > 0 ? "unmatched" : "ignored",
				unallocated_cents: Math.max(movement.amountCents, 0),
				updated_at: at,
			})
			.execute();
		if (movement.amountCents <= 0) continue;
		const allocated = await allocateByCommunication(trx, { groupId, actor, movement, movementId, receivedOn });
		const status = movementStatusOf(movement.amountCents, allocated);
		if (status === "matched") matched += 1;
		else toHandle += 1;
		allocatedCents += allocated;
		if (allocated > 0) {
			await trx
				.updateTable("bank_movements")
				.set({ status, unallocated_cents: movement.amountCents - allocated })
				.where("id", "=", movementId)
				.execute();
		}
	}
	await recordAuditEvent(trx, {
		actorUserId: actor.userId,
		groupId,
		action: "billing.statement_imported",
		targetType: "bank_statement",
		targetId: statementId,
		ipAddress: actor.ipAddress,
		details: {
			statement: `${statement.statementNumber} (${statement.statementDate.split("-").reverse().join("/")})`,
			movements: statement.movements.length,
			matched,
			amountCents: allocatedCents,
		},
	});
	return { matched, toHandle, allocatedCents };
}

/** Allocates a credit to the issued invoice of its structured communication, if any; returns the cents allocated. */
async function allocateByCommunication(
	trx: Database,
	options: { groupId: string; actor: StaffActor; movement: CodaMovement; movementId: string; receivedOn: string },
): Promise<number> {
	const communication = options.movement.structuredCommunication;
	if (!communication) return 0;
	const invoice = await trx
		.selectFrom("invoices")
		.select("id")
		.where("group_id", "=", options.groupId)
		.where("structured_communication", "=", communication)
		.where("kind", "=", "invoice")
		.executeTakeFirst();
	if (!invoice) return 0;
	return allocatePayment(trx, {
		groupId: options.groupId,
		invoiceId: invoice.id,
		amountCents: options.movement.amountCents,
		receivedOn: options.receivedOn,
		method: "bank_transfer",
		bankMovementId: options.movementId,
		note: null,
		recordedByUserId: options.actor.userId,
	});
}

/** An account as CODA gives it, without spaces and in capitals (an IBAN in electronic format). */
function electronicAccount(account: string): string {
	return account.replace(/\s+/g, "").toUpperCase();
}

/** An account for a message: an IBAN in groups of 4, anything else as given. */
function displayAccount(account: string): string {
	const iban = normaliseIban(account);
	return iban ? formatIban(iban) : account.trim();
}
