import type { Database } from "#app/db/db.server.ts";
import { daysFromTo, offerRunDays } from "#app/domain/offers/offer-days.server.ts";
import { paidPartOfDay, spreadOverDays } from "./tax-certificate-days.ts";

/** A day of care and what was paid for it in the income year, in cents. */
export type PaidDay = { date: string; amountCents: number };

/**
 * The paid days of care of a group's income year, per child and debtor: every childcare line
 * (`invoice_lines.childcare`: participation and extended care, never meals or fees) of an invoice
 * that received a payment in that year, spread over its days — the days its offer ran
 * (`offerRunDays`, or the one day of a registration by day), else every day from its first to its
 * last — then counted for the part of the invoice paid within the year (`paidPartOfDay`; a partly
 * paid invoice counts for what was paid). Invoices cancelled by a credit note do not count.
 */
export async function paidCareDays(trx: Database, groupId: string, incomeYear: number) {
	const first = `${incomeYear}-01-01`;
	const last = `${incomeYear}-12-31`;
	const paidInYear = trx
		.selectFrom("payments")
		.select("payments.invoice_id")
		.where("payments.group_id", "=", groupId)
		.where("payments.received_on", ">=", first)
		.where("payments.received_on", "<=", last);
	const invoices = await trx
		.selectFrom("invoices")
		.select(["invoices.id", "invoices.debtor_user_id", "invoices.total_cents"])
		.where("invoices.group_id", "=", groupId)
		.where("invoices.kind", "=", "invoice")
		.where("invoices.status", "in", ["partly_paid", "paid"])
		.where("invoices.id", "in", paidInYear)
		.execute();
	if (invoices.length === 0) return new Map<string, { childId: string; debtorUserId: string; days: PaidDay[] }>();
	const invoiceIds = invoices.map((invoice) => invoice.id);
	const payments = await trx
		.selectFrom("payments")
		.select(["invoice_id", "amount_cents", "received_on"])
		.where("invoice_id", "in", invoiceIds)
		.where("received_on", "<=", last)
		.execute();
	const lines = await trx
		.selectFrom("invoice_lines")
		.select(["id", "invoice_id", "child_id", "service_from", "service_to", "amount_cents"])
		.where("invoice_id", "in", invoiceIds)
		.where("childcare", "=", true)
		.where("child_id", "is not", null)
		.execute();
	const sources = lines.length
		? await trx
				.selectFrom("billed_sources")
				.innerJoin("registrations", "registrations.id", "billed_sources.source_id")
				.innerJoin("offers", "offers.id", "registrations.offer_id")
				.select([
					"billed_sources.invoice_line_id",
					"registrations.offer_day",
					"offers.kind",
					"offers.first_day",
					"offers.last_day",
					"offers.dates",
				])
				.where(
					"billed_sources.invoice_line_id",
					"in",
					lines.map((line) => line.id),
				)
				.where("billed_sources.source_kind", "in", ["registration", "care", "registration_reversal", "care_reversal"])
				.execute()
		: [];
	const daysOfLine = new Map<string, string[]>();
	for (const source of sources) {
		const days = source.offer_day ? [source.offer_day] : offerRunDays(source);
		daysOfLine.set(source.invoice_line_id, [...(daysOfLine.get(source.invoice_line_id) ?? []), ...days]);
	}
	const paid = new Map<string, { before: number; through: number }>();
	for (const payment of payments) {
		const sums = paid.get(payment.invoice_id) ?? { before: 0, through: 0 };
		if (payment.received_on < first) sums.before += payment.amount_cents;
		sums.through += payment.amount_cents;
		paid.set(payment.invoice_id, sums);
	}
	const invoiceById = new Map(invoices.map((invoice) => [invoice.id, invoice]));
	const byChildAndDebtor = new Map<string, { childId: string; debtorUserId: string; days: PaidDay[] }>();
	for (const line of lines) {
		const invoice = invoiceById.get(line.invoice_id);
		const sums = paid.get(line.invoice_id);
		if (!invoice || !sums || !line.child_id || !line.service_from) continue;
		const from = line.service_from;
		const to = line.service_to ?? from;
		const listed = daysOfLine.get(line.id)?.filter((day) => day >= from && day <= to);
		const days = [...new Set(listed && listed.length > 0 ? listed : daysFromTo(from, to))].sort();
		const key = `${line.child_id}:${invoice.debtor_user_id}`;
		let entry = byChildAndDebtor.get(key);
		if (!entry) {
			entry = { childId: line.child_id, debtorUserId: invoice.debtor_user_id, days: [] };
			byChildAndDebtor.set(key, entry);
		}
		for (const day of spreadOverDays(line.amount_cents, days)) {
			const amountCents = paidPartOfDay(day.amountCents, {
				paidBeforeCents: sums.before,
				paidThroughCents: sums.through,
				totalCents: invoice.total_cents,
			});
			if (amountCents !== 0) entry.days.push({ date: day.date, amountCents });
		}
	}
	return byChildAndDebtor;
}
