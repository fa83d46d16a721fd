import type { Database } from "#app/db/db.server.ts";
import type { InvoiceStatus } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { pageOf, pageWindow } from "#app/domain/list-page.ts";
import { type CreditorSnapshot, creditorOf, invoiceNumberLabel } from "./invoice-format.ts";

const summaryColumns = [
	"invoices.id",
	"invoices.kind",
	"invoices.status",
	"invoices.year",
	"invoices.number",
	"invoices.issued_on",
	"invoices.due_on",
	"invoices.total_cents",
	"invoices.paid_cents",
	"invoices.debtor_name",
] as const;

/** An invoice in a list: its number as printed, and what is still due in cents. */
export type InvoiceSummary = {
	id: string;
	kind: "invoice" | "credit_note";
	status: InvoiceStatus;
	number: string;
	issuedOn: string | null;
	dueOn: string | null;
	totalCents: number;
	dueCents: number;
	debtorName: string;
};

function summaryOf(row: {
	id: string;
	kind: "invoice" | "credit_note";
	status: InvoiceStatus;
	year: number | null;
	number: number | null;
	issued_on: string | null;
	due_on: string | null;
	total_cents: number;
	paid_cents: number;
	debtor_name: string;
}): InvoiceSummary {
	return {
		id: row.id,
		kind: row.kind,
		status: row.status,
		number: row.year !== null && row.number !== null ? invoiceNumberLabel(row.year, row.number) : "",
		issuedOn: row.issued_on,
		dueOn: row.due_on,
		totalCents: row.total_cents,
		dueCents: row.status === "cancelled" ? 0 : row.total_cents - row.paid_cents,
		debtorName: row.debtor_name,
	};
}

/**
 * The issued invoices and credit notes addressed to a parent (never drafts), newest first; with
 * `childId`, only those with a line for that child. Another guardian of the same child does not
 * see them: an invoice is its debtor's (decision 034).
 */
export async function listInvoicesOfDebtor(
	db: Database,
	options: { userId: string; childId?: string },
): Promise<InvoiceSummary[]> {
	let query = db
		.selectFrom("invoices")
		.select(summaryColumns)
		.where("invoices.debtor_user_id", "=", options.userId)
		.where("invoices.status", "!=", "draft");
	if (options.childId) {
		const childId = options.childId;
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom("invoice_lines")
					.select("invoice_lines.id")
					.whereRef("invoice_lines.invoice_id", "=", "invoices.id")
					.where("invoice_lines.child_id", "=", childId),
			),
		);
	}
	const rows = await query
		.orderBy("invoices.issued_on", "desc")
		.orderBy("invoices.number", "desc")
		.limit(500)
		.execute();
	return rows.map(summaryOf);
}

/** A group's invoices for staff, newest first, by page (decision 028), optionally of one state. */
export async function listGroupInvoices(
	db: Database,
	options: { access: StaffAccess; status?: InvoiceStatus; page: number },
) {
	if (!isGroupAdmin(options.access)) throw new AppError("FORBIDDEN");
	let query = db
		.selectFrom("invoices")
		.select(summaryColumns)
		.where("invoices.group_id", "=", options.access.groupId)
		.where("invoices.status", "!=", "draft");
	if (options.status) query = query.where("invoices.status", "=", options.status);
	const { limit, offset } = pageWindow(options.page);
	const rows = await query
		.orderBy("invoices.created_at", "desc")
		.orderBy("invoices.id", "desc")
		.limit(limit)
		.offset(offset)
		.execute();
	const page = pageOf(rows, options.page);
	return { ...page, rows: page.rows.map(summaryOf) };
}

export type InvoiceDocument = InvoiceSummary & {
	groupId: string;
	language: string;
	debtorUserId: string;
	debtorAddress: string;
	structuredCommunication: string | null;
	creditor: CreditorSnapshot | null;
	paidCents: number;
	/** For a credit note: the number of the invoice it cancels; for a cancelled invoice: its credit note's. */
	relatedNumber: string | null;
	lines: {
		id: string;
		childName: string;
		description: string;
		serviceFrom: string | null;
		serviceTo: string | null;
		quantity: number;
		unitPriceCents: number;
		amountCents: number;
	}[];
	payments: { id: string; amountCents: number; receivedOn: string; method: string }[];
};

async function readInvoiceDocument(db: Database, invoiceId: string): Promise<InvoiceDocument | undefined> {
	const invoice = await db
		.selectFrom("invoices")
		.select([
			...summaryColumns,
			"invoices.group_id",
			"invoices.language",
			"invoices.debtor_user_id",
			"invoices.debtor_address",
			"invoices.structured_communication",
			"invoices.creditor",
			"invoices.credit_note_for_invoice_id",
		])
		.where("invoices.id", "=", invoiceId)
		.executeTakeFirst();
	if (!invoice) return undefined;
	const [lines, payments, related] = await Promise.all([
		db
			.selectFrom("invoice_lines")
			.leftJoin("children", "children.id", "invoice_lines.child_id")
			.select([
				"invoice_lines.id",
				"children.first_name",
				"children.last_name",
				"invoice_lines.description",
				"invoice_lines.service_from",
				"invoice_lines.service_to",
				"invoice_lines.quantity",
				"invoice_lines.unit_price_cents",
				"invoice_lines.amount_cents",
			])
			.where("invoice_lines.invoice_id", "=", invoice.id)
			.orderBy("invoice_lines.position")
			.execute(),
		db
			.selectFrom("payments")
			.select(["id", "amount_cents", "received_on", "method"])
			.where("invoice_id", "=", invoice.id)
			.orderBy("received_on")
			.orderBy("recorded_at")
			.execute(),
		db
			.selectFrom("invoices")
			.select(["year", "number"])
			.where((eb) =>
				invoice.credit_note_for_invoice_id
					? eb("id", "=", invoice.credit_note_for_invoice_id)
					: eb("credit_note_for_invoice_id", "=", invoice.id),
			)
			.executeTakeFirst(),
	]);
	return {
		...summaryOf(invoice),
		groupId: invoice.group_id,
		language: invoice.language,
		debtorUserId: invoice.debtor_user_id,
		debtorAddress: invoice.debtor_address,
		structuredCommunication: invoice.structured_communication,
		creditor: invoice.creditor === "{}" ? null : creditorOf(invoice.creditor),
		paidCents: invoice.paid_cents,
		relatedNumber: related?.year && related.number ? invoiceNumberLabel(related.year, related.number) : null,
		lines: lines.map((line) => ({
			id: line.id,
			childName: line.first_name ? `${line.first_name} ${line.last_name ?? ""}`.trim() : "",
			description: line.description,
			serviceFrom: line.service_from,
			serviceTo: line.service_to,
			quantity: line.quantity,
			unitPriceCents: line.unit_price_cents,
			amountCents: line.amount_cents,
		})),
		payments: payments.map((payment) => ({
			id: payment.id,
			amountCents: payment.amount_cents,
			receivedOn: payment.received_on,
			method: payment.method,
		})),
	};
}

/**
 * An issued invoice for its debtor, with its lines and payments.
 * @throws AppError NOT_FOUND when it is not the parent's, or still a draft (the same answer: a
 *   parent learns nothing of other families' invoices).
 */
export async function readInvoiceForParent(
	db: Database,
	options: { userId: string; invoiceId: string },
): Promise<InvoiceDocument> {
	const invoice = await readInvoiceDocument(db, options.invoiceId);
	if (!invoice || invoice.debtorUserId !== options.userId || invoice.status === "draft")
		throw new AppError("NOT_FOUND");
	return invoice;
}

/**
 * Any invoice of the staff member's group, drafts included, for group admins.
 * @throws AppError NOT_FOUND (another group's, or none; also for staff who are not group admins).
 */
export async function readInvoiceForStaff(
	db: Database,
	options: { access: StaffAccess; invoiceId: string },
): Promise<InvoiceDocument> {
	if (!isGroupAdmin(options.access)) throw new AppError("NOT_FOUND");
	const invoice = await readInvoiceDocument(db, options.invoiceId);
	if (!invoice || invoice.groupId !== options.access.groupId) throw new AppError("NOT_FOUND");
	return invoice;
}
