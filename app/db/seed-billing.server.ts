import type { Database } from "#app/db/db.server.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { confirmInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { recordPayment } from "#app/domain/billing/record-payment.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { houseCalendar } from "#app/domain/meals/meal-rules.repository.server.ts";
import { addDays, dateInBrussels } from "#app/infra/clock.ts";
import { demoMealHouse } from "./seed-meals.server.ts";

/** The first and last day of the month of `date` (`YYYY-MM-DD`). */
function monthOf(date: string): { from: string; to: string } {
	const [year, month] = date.split("-").map(Number) as [number, number];
	const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
	const prefix = date.slice(0, 7);
	return { from: `${prefix}-01`, to: `${prefix}-${String(last).padStart(2, "0")}` };
}

/**
 * Billing for the demo, through the real use cases: the group's creditor data (a fictitious
 * BCE number and the IBAN of the EPC's examples), then two invoices for the demo parent —
 * last month's meals of Nino, paid by transfer, and this month's (meals and camps), open with
 * its structured communication and QR code. Idempotent: nothing happens once settings exist.
 */
export async function seedDemoBilling(db: Database, options: { adminId: string; groupId: string }): Promise<string[]> {
	const existing = await db
		.selectFrom("billing_settings")
		.select("group_id")
		.where("group_id", "=", options.groupId)
		.executeTakeFirst();
	if (existing) return [];
	const access = await findStaffAccess(db, options.adminId, options.groupId);
	if (!access) return [];
	const actor = { userId: options.adminId, ipAddress: "127.0.0.1", access, viewer: { kind: "staff" as const, access } };
	await saveBillingSettings({
		db,
		actor,
		input: {
			legalName: "Administration communale de Limbourg",
			street: "Place Saint-Georges 1",
			postalCode: "4830",
			locality: "Limbourg",
			companyNumber: "0123.456.749",
			iban: "BE68 5390 0754 7034",
			bic: "GKCCBEBB",
			paymentDays: "30",
			reminderDays: "15",
		},
	});
	const house = await findHouseByName(db, options.groupId, demoMealHouse);
	const meal = await db
		.selectFrom("meal_offers")
		.select("id")
		.where("group_id", "=", options.groupId)
		.executeTakeFirst();
	const nino = await db
		.selectFrom("children")
		.select("id")
		.where("group_id", "=", options.groupId)
		.where("first_name", "=", "Nino")
		.executeTakeFirst();
	if (!house || !meal || !nino) return ["billing settings"];
	const lastMonth = monthOf(addDays(monthOf(dateInBrussels()).from, -1));
	// Last month's meals, from the paper forms of the start of the year: the staff's entry.
	const calendar = await houseCalendar(db, house.id, lastMonth.from, lastMonth.to);
	const days = [8, 9, 10, 11, 15, 16]
		.map((day) => `${lastMonth.from.slice(0, 8)}${String(day).padStart(2, "0")}`)
		.filter(calendar.isServed);
	// Before the meal's first price (a demo started on a far-off date) there is nothing to book.
	if (days.length > 0)
		await bookMeals({ db, actor, childId: nino.id, mealOfferId: meal.id, days, reason: "Réservations papier" }).catch(
			() => undefined,
		);
	const paid = await createInvoiceRun({ db, actor, input: lastMonth });
	await confirmInvoiceRun({ db, actor, runId: paid.runId });
	const invoice = await db
		.selectFrom("invoices")
		.select(["id", "total_cents"])
		.where("run_id", "=", paid.runId)
		.executeTakeFirst();
	if (invoice) {
		const euros = (invoice.total_cents / 100).toFixed(2);
		await recordPayment({
			db,
			actor,
			invoiceId: invoice.id,
			input: { amountCents: euros, receivedOn: dateInBrussels(), method: "bank_transfer" },
		});
	}
	const open = await createInvoiceRun({ db, actor, input: monthOf(dateInBrussels()) });
	await confirmInvoiceRun({ db, actor, runId: open.runId });
	return ["billing (settings, one paid and one open invoice for the demo family)"];
}
