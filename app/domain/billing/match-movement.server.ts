import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { nowIso } from "#app/infra/clock.ts";
import { invoiceNumberLabel } from "./invoice-format.ts";
import { movementStatusOf, parseInvoiceNumber } from "./payment-matching.ts";
import { allocatePayment } from "./record-payment.server.ts";

/** A credit staff still have to handle, locked for this transaction; NOT_FOUND outside the group. */
async function movementToHandle(trx: Database, groupId: string, movementId: string) {
	const movement = await forUpdate(
		trx,
		trx
			.selectFrom("bank_movements")
			.select(["id", "status", "amount_cents", "unallocated_cents", "value_date"])
			.where("id", "=", movementId)
			.where("group_id", "=", groupId),
	).executeTakeFirst();
	if (!movement) throw new AppError("NOT_FOUND");
	if (!(movement.status === "unmatched" || movement.status === "partly_matched") || movement.unallocated_cents <= 0)
		throw new AppError("CONFLICT", { fieldErrors: { form: ["billing.staff.payments.alreadyHandled"] } });
	return movement;
}

/**
 * Allocates what is left of a bank movement to the open invoice of that number, by hand (group
 * admins only): at most what the invoice still owes (`allocatePayment`); the rest, if any, stays
 * on the movement (`partly_matched`). Audited (`billing.movement_matched`).
 *
 * @throws AppError FORBIDDEN; NOT_FOUND (no such movement in the group); CONFLICT `form:
 *   billing.staff.payments.alreadyHandled` (matched or ignored already, e.g. in another tab);
 *   VALIDATION `invoiceNumber: billing.staff.payments.unknownInvoice` (no open or partly paid
 *   invoice of that number in the group).
 */
export async function matchMovement(options: {
	db: Database;
	actor: StaffActor;
	movementId: string;
	/** « 2026/00012 ». */
	invoiceNumber: string;
}): Promise<{ allocatedCents: number; number: string }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	const unknownInvoice = () =>
		new AppError("VALIDATION", { fieldErrors: { invoiceNumber: ["billing.staff.payments.unknownInvoice"] } });
	return withTransaction(db, async (trx) => {
		const movement = await movementToHandle(trx, groupId, options.movementId);
		const wanted = parseInvoiceNumber(options.invoiceNumber);
		if (!wanted) throw unknownInvoice();
		const invoice = await trx
			.selectFrom("invoices")
			.select(["id", "year", "number"])
			.where("group_id", "=", groupId)
			.where("year", "=", wanted.year)
			.where("number", "=", wanted.number)
			.where("kind", "=", "invoice")
			.where("status", "in", ["open", "partly_paid"])
			.executeTakeFirst();
		if (!invoice) throw unknownInvoice();
		const allocatedCents = await allocatePayment(trx, {
			groupId,
			invoiceId: invoice.id,
			amountCents: movement.unallocated_cents,
			receivedOn: movement.value_date,
			method: "bank_transfer",
			bankMovementId: movement.id,
			note: null,
			recordedByUserId: actor.userId,
		});
		if (allocatedCents === 0) throw unknownInvoice();
		const unallocated = movement.unallocated_cents - allocatedCents;
		const allocatedInAll = movement.amount_cents - unallocated;
		await trx
			.updateTable("bank_movements")
			.set({
				status: movementStatusOf(movement.amount_cents, allocatedInAll),
				unallocated_cents: unallocated,
				updated_at: nowIso(),
			})
			.where("id", "=", movement.id)
			.execute();
		const number = invoiceNumberLabel(wanted.year, wanted.number);
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.movement_matched",
			targetType: "invoice",
			targetId: invoice.id,
			ipAddress: actor.ipAddress,
			details: { amountCents: allocatedCents, number, movement: movement.id },
		});
		return { allocatedCents, number };
	});
}

/**
 * Marks a movement staff need not handle (a transfer that is not a payment of an invoice, an
 * overpayment refunded outside the application) as ignored (group admins only); audited
 * (`billing.movement_ignored`). What it paid before stays allocated.
 *
 * @throws AppError FORBIDDEN; NOT_FOUND; CONFLICT `form: billing.staff.payments.alreadyHandled`.
 */
export async function ignoreMovement(options: { db: Database; actor: StaffActor; movementId: string }): Promise<void> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	await withTransaction(db, async (trx) => {
		const movement = await movementToHandle(trx, groupId, options.movementId);
		await trx
			.updateTable("bank_movements")
			.set({ status: "ignored", updated_at: nowIso() })
			.where("id", "=", movement.id)
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.movement_ignored",
			targetType: "bank_movement",
			targetId: movement.id,
			ipAddress: actor.ipAddress,
			details: { amountCents: movement.unallocated_cents },
		});
	});
}
