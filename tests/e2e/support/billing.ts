/**
 * Issued invoices in a running e2e server's demo database (SQLite in its data directory),
 * made through the real use cases as the demo group admin would: billing settings, a run over
 * the year around today, confirmed; with the invoices already open (the demo's own, when it
 * has some), these are the invoices to pay.
 */
import path from "node:path";
import { openDatabase } from "#app/db/dialect.server.ts";
import type { DB } from "#app/db/schema.ts";
import { demoAccounts } from "#app/db/seed.server.ts";
import { isAppError } from "#app/domain/app-error.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { writeCoda } from "#app/domain/billing/coda-writer.ts";
import { confirmInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { invoiceNumberLabel } from "#app/domain/billing/invoice-format.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { addDays, dateInBrussels } from "#app/infra/clock.ts";
import type { AppServer } from "#tests/support/app-server.ts";

export const demoIban = "BE68539007547034";

export type IssuedInvoice = { id: string; label: string; communication: string; totalCents: number };

/** Opens the server's database; the caller destroys it. */
export function serverDatabase(app: AppServer) {
	return openDatabase<DB>({ kind: "sqlite", file: path.join(app.dataDir, "ribambelle.sqlite") }).db;
}

/** Issues invoices for what the demo group has to bill; returns the group and its open invoices. */
export async function issueDemoInvoices(app: AppServer): Promise<{ groupId: string; invoices: IssuedInvoice[] }> {
	// The use cases build links from the configuration: the server's.
	process.env.DATA_DIR = app.dataDir;
	process.env.APP_URL = app.url;
	const db = serverDatabase(app);
	try {
		const staff = await db
			.selectFrom("users")
			.innerJoin("staff_memberships", "staff_memberships.user_id", "users.id")
			.select(["users.id", "staff_memberships.group_id"])
			.where("users.email", "=", demoAccounts.staff.email)
			.where("staff_memberships.role", "=", "admin")
			.executeTakeFirstOrThrow();
		const access = await findStaffAccess(db, staff.id, staff.group_id);
		if (!access) throw new Error("the demo staff member is no admin");
		const actor = { userId: staff.id, ipAddress: "127.0.0.1", access };
		await saveBillingSettings({
			db,
			actor,
			input: {
				legalName: "Ville de Limbourg",
				street: "Place Saint-Georges 2",
				postalCode: "4830",
				locality: "Limbourg",
				companyNumber: "0123.456.749",
				iban: demoIban,
				bic: "GKCCBEBB",
				paymentDays: "30",
				reminderDays: "15",
			},
		});
		const today = dateInBrussels();
		try {
			const { runId } = await createInvoiceRun({
				db,
				actor,
				input: { from: addDays(today, -60), to: addDays(today, 300) },
			});
			await confirmInvoiceRun({ db, actor, runId });
		} catch (error) {
			// A run left in preparation by another test: the open invoices below are enough.
			if (!isAppError(error, "CONFLICT")) throw error;
		}
		const rows = await db
			.selectFrom("invoices")
			.select(["id", "year", "number", "structured_communication", "total_cents"])
			.where("group_id", "=", staff.group_id)
			.where("status", "=", "open")
			.orderBy("number")
			.execute();
		return {
			groupId: staff.group_id,
			invoices: rows.map((row) => ({
				id: row.id,
				label: invoiceNumberLabel(row.year ?? 0, row.number ?? 0),
				communication: row.structured_communication ?? "",
				totalCents: row.total_cents,
			})),
		};
	} finally {
		await db.destroy();
	}
}

/** The state of an invoice, read from the server's database. */
export async function invoiceStatus(app: AppServer, invoiceId: string): Promise<string> {
	const db = serverDatabase(app);
	try {
		const row = await db.selectFrom("invoices").select("status").where("id", "=", invoiceId).executeTakeFirstOrThrow();
		return row.status;
	} finally {
		await db.destroy();
	}
}

/**
 * A CODA statement of the demo account: each payment is a credit by structured communication
 * (`invoice`) or with a free communication (`text`).
 */
export function demoStatement(
	number: string,
	payments: ({ cents: number; invoice: IssuedInvoice } | { cents: number; text: string })[],
): string {
	const date = dateInBrussels();
	const total = payments.reduce((sum, payment) => sum + payment.cents, 0);
	return writeCoda({
		bankIdentification: "539",
		account: demoIban,
		currency: "EUR",
		statementNumber: number,
		statementDate: date,
		oldBalanceCents: 500_000,
		newBalanceCents: 500_000 + total,
		movements: payments.map((payment, index) => ({
			sequence: String(index + 1).padStart(4, "0"),
			detailNumber: "0000",
			amountCents: payment.cents,
			entryDate: date,
			valueDate: date,
			structuredCommunication: "invoice" in payment ? payment.invoice.communication : null,
			communication: "text" in payment ? payment.text : "",
			counterpartyName: `FAMILLE ${index + 1}`,
			counterpartyAccount: "BE71096123456769",
			bankReference: `E2E${number}${index}`,
			transactionCode: "00150000",
		})),
	});
}
