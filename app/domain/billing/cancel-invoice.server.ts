import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { takeInvoiceNumbers } from "./confirm-invoice-run.server.ts";
import { invoiceNumberLabel } from "./invoice-format.ts";

/**
 * Cancels an issued, unpaid invoice by a credit note (group admins only): the invoice is never
 * deleted nor renumbered; a credit note with the next number of the year repeats its lines with
 * opposite amounts, the invoice becomes `cancelled`, and what it billed is freed so that a later
 * run bills it again, corrected. Audited with the reason.
 *
 * @throws AppError FORBIDDEN; NOT_FOUND (no such invoice in the group); CONFLICT
 *   `billing.staff.invoices.cannotCancel` (a draft, a credit note, cancelled already, or with a
 *   payment: record the refund first).
 */
export async function cancelInvoice(options: {
	db: Database;
	actor: StaffActor;
	invoiceId: string;
	reason: string;
}): Promise<{ creditNoteId: string; creditNoteNumber: string }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	const reason = options.reason.trim().slice(0, 200);
	return withTransaction(db, async (trx) => {
		const invoice = await forUpdate(
			trx,
			trx.selectFrom("invoices").selectAll().where("id", "=", options.invoiceId).where("group_id", "=", groupId),
		).executeTakeFirst();
		if (!invoice) throw new AppError("NOT_FOUND");
		if (invoice.kind !== "invoice" || invoice.status !== "open" || invoice.paid_cents !== 0 || invoice.number === null)
			throw new AppError("CONFLICT", { fieldErrors: { form: ["billing.staff.invoices.cannotCancel"] } });
		const at = nowIso();
		const issuedOn = dateInBrussels();
		const year = Number(issuedOn.slice(0, 4));
		const number = await takeInvoiceNumbers(trx, groupId, year, 1);
		const creditNoteId = newId();
		await trx
			.insertInto("invoices")
			.values({
				...invoice,
				id: creditNoteId,
				run_id: null,
				kind: "credit_note",
				credit_note_for_invoice_id: invoice.id,
				status: "paid",
				year,
				number,
				structured_communication: null,
				issued_on: issuedOn,
				due_on: null,
				total_cents: -invoice.total_cents,
				paid_cents: -invoice.total_cents,
				cancelled_at: null,
				cancelled_by_user_id: null,
				created_at: at,
				updated_at: at,
			})
			.execute();
		const lines = await trx
			.selectFrom("invoice_lines")
			.selectAll()
			.where("invoice_id", "=", invoice.id)
			.orderBy("position")
			.execute();
		for (const line of lines)
			await trx
				.insertInto("invoice_lines")
				.values({
					...line,
					id: newId(),
					invoice_id: creditNoteId,
					unit_price_cents: -line.unit_price_cents,
					amount_cents: -line.amount_cents,
				})
				.execute();
		// What the cancelled invoice billed may be billed again (corrected) by a later run.
		await trx
			.deleteFrom("billed_sources")
			.where("invoice_line_id", "in", trx.selectFrom("invoice_lines").select("id").where("invoice_id", "=", invoice.id))
			.execute();
		await trx
			.updateTable("invoices")
			.set({ status: "cancelled", cancelled_at: at, cancelled_by_user_id: actor.userId, updated_at: at })
			.where("id", "=", invoice.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.invoice_cancelled",
			targetType: "invoice",
			targetId: invoice.id,
			ipAddress: actor.ipAddress,
			details: {
				number: invoiceNumberLabel(invoice.year ?? year, invoice.number),
				creditNote: invoiceNumberLabel(year, number),
				reason: reason || null,
			},
		});
		return { creditNoteId, creditNoteNumber: invoiceNumberLabel(year, number) };
	});
}
