import type { Database } from "#app/db/db.server.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { confirmInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { issueTaxCertificates } from "#app/domain/billing/issue-tax-certificates.server.ts";
import { recordPayment } from "#app/domain/billing/record-payment.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { houseCalendar } from "#app/domain/meals/meal-rules.repository.server.ts";
import { registerChild } from "#app/domain/offers/register-child.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { addDays, dateInBrussels, withClock } from "#app/infra/clock.ts";
import { findDemoNino } from "./seed-demo-child.server.ts";
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
 * its structured communication and QR code; and last summer's camp, paid then, with Nino's tax
 * certificate 281.86 for last year. Idempotent: nothing happens once settings exist.
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
	const nino = await findDemoNino(db, options.groupId);
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
	await seedLastSummer(db, { actor, groupId: options.groupId, ninoId: nino.id });
	return ["billing (settings, paid and open invoices for the demo family, Nino's tax certificate for last year)"];
}

/**
 * Last summer, for the tax certificate 281.86: Nino went to a week of « Plaine d'été » at the
 * Plaine de Dolhain (registered in June, invoiced at the end of July, paid in August), and the
 * group issued last year's certificates. Written through the use cases with the clock set to
 * those days.
 */
async function seedLastSummer(
	db: Database,
	options: { actor: Parameters<typeof saveOffer>[0]["actor"]; groupId: string; ninoId: string },
): Promise<void> {
	const year = Number(dateInBrussels().slice(0, 4)) - 1;
	const plaine = await findHouseByName(db, options.groupId, "Plaine de vacances de Dolhain");
	const guardian = await db
		.selectFrom("guardianships")
		.select("user_id")
		.where("child_id", "=", options.ninoId)
		.orderBy("created_at")
		.executeTakeFirst();
	if (!plaine || !guardian) return;
	const { actor } = options;
	const offerId = await withClock(`${year}-06-02T08:00:00Z`, async () => {
		const { offerId } = await saveOffer({
			db,
			actor,
			input: {
				kind: "camp",
				houseId: plaine.id,
				title: `Plaine d'été ${year}`,
				firstDay: `${year}-07-07`,
				lastDay: `${year}-07-11`,
				startTime: "09:00",
				endTime: "16:00",
				price: "60",
				minAgeYears: "3",
				maxAgeYears: "12",
				capacity: "40",
				waitingListSize: "5",
				opensAt: `${year}-06-01T09:00`,
				closesAt: `${year}-06-30T18:00`,
				confirmationMode: "automatic",
				status: "open",
			},
		});
		await registerChild({
			db,
			actor: { userId: guardian.user_id, ipAddress: "127.0.0.1" },
			childId: options.ninoId,
			offerId,
			withCare: false,
		});
		return offerId;
	});
	// Long over: closed to registrations, as staff leave a finished camp.
	await db.updateTable("offers").set({ status: "closed" }).where("id", "=", offerId).execute();
	const invoiceId = await withClock(`${year}-07-31T09:00:00Z`, async () => {
		const run = await createInvoiceRun({ db, actor, input: { from: `${year}-07-01`, to: `${year}-07-31` } });
		await confirmInvoiceRun({ db, actor, runId: run.runId });
		const invoice = await db.selectFrom("invoices").select("id").where("run_id", "=", run.runId).executeTakeFirst();
		return invoice?.id;
	});
	if (!invoiceId) return;
	await withClock(`${year}-08-05T09:00:00Z`, () =>
		recordPayment({
			db,
			actor,
			invoiceId,
			input: { amountCents: "60", receivedOn: `${year}-08-05`, method: "bank_transfer" },
		}),
	);
	await issueTaxCertificates({ db, actor, incomeYear: year });
}
