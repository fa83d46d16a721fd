import { sql } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import type { InvoiceSourceKind } from "#app/db/schema.ts";

/** Which sources a run bills: the service days of a period, or one offer's registrations. */
export type BillingScope = { groupId: string; from: string; to: string; offerId: string | null };

const notBilled = (kind: InvoiceSourceKind, idColumn: string) =>
	sql<boolean>`not exists (select 1 from billed_sources where billed_sources.source_kind = ${kind} and billed_sources.source_id = ${sql.ref(idColumn)})`;

const offerColumns = [
	"offers.id as offer_id",
	"offers.kind as offer_kind",
	"offers.title",
	"offers.title_nl",
	"offers.title_de",
	"offers.title_en",
	"offers.first_day",
	"offers.last_day",
	"offers.price_cents",
	"offers.care_price_cents",
] as const;

const mealColumns = [
	"meal_bookings.id",
	"meal_bookings.child_id",
	"meal_bookings.day",
	"meal_bookings.price_cents",
	"meal_offers.id as meal_offer_id",
	"meal_offers.name",
	"meal_offers.name_nl",
	"meal_offers.name_de",
	"meal_offers.name_en",
] as const;

/**
 * Accepted registrations of the scope whose participation or care is not billed yet (a
 * registration of one day counts on that day, one of all the days on the offer's first day).
 * `bill_participation` / `bill_care` say which of the two is still due.
 */
export async function unbilledRegistrations(db: Database, scope: BillingScope) {
	let query = db
		.selectFrom("registrations")
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.select([
			"registrations.id",
			"registrations.child_id",
			"registrations.offer_day",
			"registrations.with_care",
			...offerColumns,
			notBilled("registration", "registrations.id").as("bill_participation"),
			notBilled("care", "registrations.id").as("bill_care"),
		])
		.where("registrations.group_id", "=", scope.groupId)
		.where("registrations.status", "=", "accepted");
	query = scope.offerId
		? query.where("offers.id", "=", scope.offerId)
		: query
				.where(sql`coalesce(registrations.offer_day, offers.first_day)`, ">=", scope.from)
				.where(sql`coalesce(registrations.offer_day, offers.first_day)`, "<=", scope.to);
	const rows = await query
		.where((eb) =>
			eb.or([
				notBilled("registration", "registrations.id"),
				eb.and([eb("registrations.with_care", "=", true), notBilled("care", "registrations.id")]),
			]),
		)
		.execute();
	return rows.map((row) => ({
		...row,
		bill_participation: Boolean(row.bill_participation),
		bill_care: Boolean(row.bill_care),
	}));
}

/** Meals booked (not cancelled) on a day of the period and not billed yet. */
export async function unbilledMeals(db: Database, scope: BillingScope) {
	if (scope.offerId) return [];
	return db
		.selectFrom("meal_bookings")
		.innerJoin("meal_offers", "meal_offers.id", "meal_bookings.meal_offer_id")
		.select(mealColumns)
		.where("meal_offers.group_id", "=", scope.groupId)
		.where("meal_bookings.status", "=", "booked")
		.where("meal_bookings.day", ">=", scope.from)
		.where("meal_bookings.day", "<=", scope.to)
		.where(notBilled("meal", "meal_bookings.id"))
		.execute();
}

/** Manual lines of the group dated up to the period's end and not billed yet. */
export async function unbilledAdjustments(db: Database, scope: BillingScope) {
	if (scope.offerId) return [];
	return db
		.selectFrom("billing_adjustments")
		.select(["id", "child_id", "service_on", "description", "amount_cents"])
		.where("group_id", "=", scope.groupId)
		.where("service_on", "<=", scope.to)
		.where(notBilled("adjustment", "billing_adjustments.id"))
		.execute();
}

const issuedStatuses = ["open", "partly_paid", "paid"] as const;

/**
 * Registrations billed on an issued invoice and cancelled or refused since, whose reversal is not
 * billed yet: each gives back what its line charged (participation and care apart).
 */
export async function registrationsToReverse(db: Database, scope: BillingScope) {
	let query = db
		.selectFrom("billed_sources")
		.innerJoin("invoice_lines", "invoice_lines.id", "billed_sources.invoice_line_id")
		.innerJoin("invoices", "invoices.id", "invoice_lines.invoice_id")
		.innerJoin("registrations", "registrations.id", "billed_sources.source_id")
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.select([
			"billed_sources.source_kind",
			"registrations.id",
			"registrations.child_id",
			"registrations.offer_day",
			"invoice_lines.unit_price_cents",
			...offerColumns,
		])
		.where("billed_sources.source_kind", "in", ["registration", "care"])
		.where("invoices.group_id", "=", scope.groupId)
		.where("invoices.status", "in", issuedStatuses)
		.where("registrations.status", "in", ["cancelled", "refused"])
		.where((eb) =>
			eb.or([
				eb.and([
					eb("billed_sources.source_kind", "=", "registration"),
					notBilled("registration_reversal", "registrations.id"),
				]),
				eb.and([eb("billed_sources.source_kind", "=", "care"), notBilled("care_reversal", "registrations.id")]),
			]),
		);
	if (scope.offerId) query = query.where("offers.id", "=", scope.offerId);
	return query.execute();
}

/** Meal bookings billed on an issued invoice and cancelled since (credited), not reversed yet. */
export async function mealsToReverse(db: Database, scope: BillingScope) {
	if (scope.offerId) return [];
	return db
		.selectFrom("billed_sources")
		.innerJoin("invoice_lines", "invoice_lines.id", "billed_sources.invoice_line_id")
		.innerJoin("invoices", "invoices.id", "invoice_lines.invoice_id")
		.innerJoin("meal_bookings", "meal_bookings.id", "billed_sources.source_id")
		.innerJoin("meal_offers", "meal_offers.id", "meal_bookings.meal_offer_id")
		.select(mealColumns)
		.where("billed_sources.source_kind", "=", "meal")
		.where("invoices.group_id", "=", scope.groupId)
		.where("invoices.status", "in", issuedStatuses)
		.where("meal_bookings.status", "=", "cancelled")
		.where(notBilled("meal_reversal", "meal_bookings.id"))
		.execute();
}

/** The children named, with their guardians (oldest link first) and their chosen debtor. */
export async function childrenWithGuardians(db: Database, childIds: readonly string[]) {
	if (childIds.length === 0) return [];
	const children = await db
		.selectFrom("children")
		.select(["id", "first_name", "last_name", "debtor_user_id"])
		.where("id", "in", [...childIds])
		.execute();
	const guardians = await db
		.selectFrom("guardianships")
		.select(["child_id", "user_id"])
		.where("child_id", "in", [...childIds])
		.orderBy("created_at")
		.orderBy("user_id")
		.execute();
	return children.map((child) => ({
		...child,
		guardianIds: guardians.filter((row) => row.child_id === child.id).map((row) => row.user_id),
	}));
}

/** Name, language and postal address of the debtors, for the invoice's heading. */
export async function debtorsOf(db: Database, userIds: readonly string[]) {
	if (userIds.length === 0) return [];
	return db
		.selectFrom("users")
		.leftJoin("parent_profiles", "parent_profiles.user_id", "users.id")
		.select([
			"users.id",
			"users.first_name",
			"users.last_name",
			"users.email",
			"users.language",
			"parent_profiles.street",
			"parent_profiles.house_number",
			"parent_profiles.postal_code",
			"parent_profiles.locality",
			"parent_profiles.country",
		])
		.where("users.id", "in", [...userIds])
		.execute();
}
