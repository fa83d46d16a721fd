import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import type { PaymentMethod } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { parseInput } from "../validation.ts";
import { invoiceNumberLabel } from "./invoice-format.ts";
import { type PaymentInput, paymentSchema } from "./payment-input.ts";

/**
 * Allocates up to `amountCents` to an issued invoice in the caller's transaction: never more than
 * what it still owes (the invariant `paid_cents ≤ total_cents`), and updates its state to
 * `partly_paid` or `paid`. Returns the cents allocated (0 when the invoice owes nothing or is not
 * payable: draft, cancelled, a credit note).
 */
export async function allocatePayment(
	trx: Database,
	options: {
		groupId: string;
		invoiceId: string;
		amountCents: number;
		receivedOn: string;
		method: PaymentMethod;
		bankMovementId: string | null;
		note: string | null;
		recordedByUserId: string;
	},
): Promise<number> {
	const invoice = await forUpdate(
		trx,
		trx
			.selectFrom("invoices")
			.select(["id", "status", "kind", "total_cents", "paid_cents"])
			.where("id", "=", options.invoiceId)
			.where("group_id", "=", options.groupId),
	).executeTakeFirst();
	const payable = invoice?.kind === "invoice" && (invoice.status === "open" || invoice.status === "partly_paid");
	if (!invoice || !payable) return 0;
	const allocated = Math.min(options.amountCents, invoice.total_cents - invoice.paid_cents);
	if (allocated <= 0) return 0;
	const paid = invoice.paid_cents + allocated;
	const at = nowIso();
	await trx
		.insertInto("payments")
		.values({
			id: newId(),
			group_id: options.groupId,
			invoice_id: invoice.id,
			amount_cents: allocated,
			received_on: options.receivedOn,
			method: options.method,
			bank_movement_id: options.bankMovementId,
			note: options.note,
			recorded_by_user_id: options.recordedByUserId,
			recorded_at: at,
		})
		.execute();
	await trx
		.updateTable("invoices")
		.set({ paid_cents: paid, status: paid === invoice.total_cents ? "paid" : "partly_paid", updated_at: at })
		.where("id", "=", invoice.id)
		.execute();
	return allocated;
}

/**
 * Records a payment received at the desk or by transfer outside CODA (group admins only), with
 * who recorded it; audited.
 *
 * @throws AppError FORBIDDEN; NOT_FOUND (no such invoice in the group); VALIDATION
 *   (`paymentSchema`; `form: billing.staff.invoices.notPayable` for a draft, cancelled or paid
 *   invoice or a credit note; `amount: billing.staff.invoices.paymentTooMuch` above what is due).
 */
export async function recordPayment(options: {
	db: Database;
	actor: StaffActor;
	invoiceId: string;
	input: PaymentInput;
}): Promise<{ allocatedCents: number }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(paymentSchema, options.input);
	const groupId = actor.access.groupId;
	return withTransaction(db, async (trx) => {
		const invoice = await trx
			.selectFrom("invoices")
			.select(["id", "status", "kind", "total_cents", "paid_cents", "year", "number"])
			.where("id", "=", options.invoiceId)
			.where("group_id", "=", groupId)
			.executeTakeFirst();
		if (!invoice) throw new AppError("NOT_FOUND");
		if (invoice.kind !== "invoice" || !(invoice.status === "open" || invoice.status === "partly_paid"))
			throw new AppError("VALIDATION", { fieldErrors: { form: ["billing.staff.invoices.notPayable"] } });
		if (input.amountCents > invoice.total_cents - invoice.paid_cents)
			throw new AppError("VALIDATION", { fieldErrors: { amount: ["billing.staff.invoices.paymentTooMuch"] } });
		const allocatedCents = await allocatePayment(trx, {
			groupId,
			invoiceId: invoice.id,
			amountCents: input.amountCents,
			receivedOn: input.receivedOn,
			method: input.method,
			bankMovementId: null,
			note: input.note ?? null,
			recordedByUserId: actor.userId,
		});
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.payment_recorded",
			targetType: "invoice",
			targetId: invoice.id,
			ipAddress: actor.ipAddress,
			details: {
				amountCents: allocatedCents,
				method: input.method,
				number: invoice.year && invoice.number ? invoiceNumberLabel(invoice.year, invoice.number) : null,
			},
		});
		return { allocatedCents };
	});
}
