import type { Database } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import { type OfferKind, type OfferStatus, type RegistrationStatus, registrationStatuses } from "#app/db/schema.ts";
import type { Language } from "#app/locales/languages.ts";
import { houseScope, type StaffAccess } from "../groups/permissions.ts";
import { pageWindow } from "../list-page.ts";
import { onDay } from "./offer-dates.ts";
import { localizedColumn } from "./staff-translations.server.ts";

const offerColumns = [
	"offers.id",
	"offers.group_id",
	"offers.house_id",
	"offers.kind",
	"offers.period_id",
	"offers.title",
	"offers.description",
	"offers.first_day",
	"offers.last_day",
	"offers.dates",
	"offers.start_time",
	"offers.end_time",
	"offers.price_cents",
	"offers.care_price_cents",
	"offers.care_optional",
	"offers.min_age_months",
	"offers.max_age_months",
	"offers.max_age_whole_years",
	"offers.capacity",
	"offers.waiting_list_size",
	"offers.opens_at",
	"offers.closes_at",
	"offers.cancel_until",
	"offers.confirmation_mode",
	"offers.resident_postal_codes",
	"offers.status",
	"offers.places_taken",
	"offers.waiting_count",
	"offers.revision",
	"offers.archived_at",
	"offers.dates_together",
] as const;

/**
 * For staff screens: an activity registered day by day (decision 023) keeps its counters per
 * day; its `places_taken` and `waiting_count` are shown as those of its fullest date.
 */
async function withFullestDay<
	Offer extends { id: string; kind: string; dates_together: boolean; places_taken: number; waiting_count: number },
>(db: Database, offers: Offer[]): Promise<Offer[]> {
	const byDay = offers.filter((offer) => offer.kind === "activity" && !offer.dates_together);
	if (byDay.length === 0) return offers;
	const counters = await dayCountersOf(
		db,
		byDay.map((offer) => offer.id),
	);
	return offers.map((offer) => {
		const days = [...(counters.get(offer.id)?.values() ?? [])];
		if (!byDay.includes(offer) || days.length === 0) return offer;
		return {
			...offer,
			places_taken: Math.max(...days.map((day) => day.placesTaken)),
			waiting_count: Math.max(...days.map((day) => day.waitingCount)),
		};
	});
}

/** The translations staff gave (decision 024): the offer form shows them. */
const translationColumns = [
	"offers.title_nl",
	"offers.title_de",
	"offers.title_en",
	"offers.description_nl",
	"offers.description_de",
	"offers.description_en",
] as const;

/** What families read: the columns but title and description, which come in their language. */
const familyOfferColumns = offerColumns.filter(
	(column): column is Exclude<(typeof offerColumns)[number], "offers.title" | "offers.description"> =>
		column !== "offers.title" && column !== "offers.description",
);

/** An offer's title and description and its period's name in `language`, French as the fallback. */
function familyTexts(language: Language) {
	return [
		localizedColumn("offers", "title", language).as("title"),
		localizedColumn("offers", "description", language).as("description"),
		localizedColumn("periods", "name", language).$castTo<string | null>().as("period_name"),
	] as const;
}

/**
 * An offer of the group with its house, for staff (house managers: their houses only). The
 * counters of an activity registered day by day are its fullest date's (`withFullestDay`).
 */
export async function findOfferForStaff(db: Database, access: StaffAccess, offerId: string) {
	let query = db
		.selectFrom("offers")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.select(offerColumns)
		.select(translationColumns)
		.select(["houses.name as house_name"])
		.where("offers.id", "=", offerId)
		.where("offers.group_id", "=", access.groupId);
	const scope = houseScope(access);
	if (scope) query = query.where("offers.house_id", "in", scope.length ? scope : [""]);
	const offer = await query.executeTakeFirst();
	return offer ? (await withFullestDay(db, [offer]))[0] : undefined;
}
export type StaffOffer = NonNullable<Awaited<ReturnType<typeof findOfferForStaff>>>;

/** Locks an offer of the group for the rest of the transaction (the capacity check needs it). */
export async function lockOffer(trx: Database, groupId: string, offerId: string) {
	return forUpdate(trx, offerOfGroup(trx, groupId, offerId)).executeTakeFirst();
}

/**
 * An offer of the group as it stands, without a lock: what a check before the transaction reads
 * (`registerChild`'s refusals). Whatever it decides to write is read again under `lockOffer`.
 */
export async function readOffer(db: Database, groupId: string, offerId: string) {
	return offerOfGroup(db, groupId, offerId).executeTakeFirst();
}

function offerOfGroup(db: Database, groupId: string, offerId: string) {
	return db.selectFrom("offers").selectAll().where("id", "=", offerId).where("group_id", "=", groupId);
}

export async function listOffersForStaff(
	db: Database,
	access: StaffAccess,
	/**
	 * `archived`: the archived offers only; otherwise those in use. `from` / `to` (YYYY-MM-DD):
	 * offers that run on or after `from` and start on or before `to`. `page` (from 1): one page
	 * of `listPageSize` rows and the next row (`pageOf` tells whether another page follows);
	 * absent: every offer.
	 */
	filters: {
		kind?: OfferKind;
		status?: OfferStatus;
		periodId?: string;
		houseId?: string;
		archived?: boolean;
		from?: string;
		to?: string;
		page?: number;
	} = {},
) {
	let query = db
		.selectFrom("offers")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.leftJoin("periods", "periods.id", "offers.period_id")
		.select(offerColumns)
		.select(["houses.name as house_name", "periods.name as period_name"])
		.where("offers.group_id", "=", access.groupId);
	const scope = houseScope(access);
	if (scope) query = query.where("offers.house_id", "in", scope.length ? scope : [""]);
	if (filters.kind) query = query.where("offers.kind", "=", filters.kind);
	if (filters.status) query = query.where("offers.status", "=", filters.status);
	if (filters.periodId) query = query.where("offers.period_id", "=", filters.periodId);
	if (filters.houseId) query = query.where("offers.house_id", "=", filters.houseId);
	if (filters.from) query = query.where("offers.last_day", ">=", filters.from);
	if (filters.to) query = query.where("offers.first_day", "<=", filters.to);
	query = query.where("offers.archived_at", filters.archived ? "is not" : "is", null);
	query = query.orderBy("offers.first_day").orderBy("offers.title").orderBy("offers.id");
	if (filters.page) {
		const { limit, offset } = pageWindow(filters.page);
		query = query.limit(limit).offset(offset);
	}
	return withFullestDay(db, await query.execute());
}

/** The group's periods, archived ones included (`archived_at` says which), earliest first. */
export async function listPeriods(db: Database, groupId: string) {
	return db
		.selectFrom("periods")
		.select(["id", "name", "name_nl", "name_de", "name_en", "starts_on", "ends_on", "archived_at"])
		.where("group_id", "=", groupId)
		.orderBy("starts_on")
		.execute();
}

/** The ids of the group's periods that offers (even archived) belong to: those are archived, never deleted. */
export async function periodsInUse(db: Database, groupId: string): Promise<Set<string>> {
	// One index probe per period (offers_period_idx) rather than a pass over the group's offers.
	const rows = await db
		.selectFrom("periods")
		.select("periods.id")
		.where("periods.group_id", "=", groupId)
		.where(({ exists, selectFrom }) =>
			exists(selectFrom("offers").select("offers.id").whereRef("offers.period_id", "=", "periods.id")),
		)
		.execute();
	return new Set(rows.map((row) => row.id));
}

/**
 * The catalogue a parent sees for a child: the group's published offers (open or closed, not
 * draft or cancelled, not archived) that have not ended, with their house and period.
 */
export async function listCatalogue(
	db: Database,
	options: {
		groupId: string;
		kind: OfferKind;
		today: string;
		/** Titles, descriptions and period names in this language, French where not translated. */
		language: Language;
		houseId?: string;
		periodId?: string;
	},
) {
	let query = db
		.selectFrom("offers")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.leftJoin("periods", "periods.id", "offers.period_id")
		.select(familyOfferColumns)
		.select(familyTexts(options.language))
		.select(["houses.name as house_name", "houses.postal_code as house_postal_code"])
		.where("offers.group_id", "=", options.groupId)
		.where("offers.kind", "=", options.kind)
		.where("offers.status", "in", ["open", "closed"])
		.where("offers.archived_at", "is", null)
		.where("offers.last_day", ">=", options.today);
	if (options.houseId) query = query.where("offers.house_id", "=", options.houseId);
	if (options.periodId) query = query.where("offers.period_id", "=", options.periodId);
	return query.orderBy("offers.first_day").orderBy("offers.title").execute();
}
export type CatalogueOffer = Awaited<ReturnType<typeof listCatalogue>>[number];

/** A child's registrations with their offers (titles in `language`), newest camps first. */
export async function listRegistrationsOfChild(db: Database, childId: string, language: Language) {
	return db
		.selectFrom("registrations")
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.select([
			"registrations.id",
			"registrations.status",
			"registrations.with_care",
			"registrations.queued_at",
			"registrations.refusal_reason",
			"registrations.cancelled_at",
			"registrations.cancellation_reason",
			"registrations.offer_day",
			"offers.id as offer_id",
			"offers.kind",
			"offers.first_day",
			"offers.last_day",
			"offers.dates",
			"offers.start_time",
			"offers.end_time",
			"offers.price_cents",
			"offers.care_price_cents",
			"offers.cancel_until",
			"houses.name as house_name",
		])
		.select(localizedColumn("offers", "title", language).as("title"))
		.where("registrations.child_id", "=", childId)
		.orderBy("offers.first_day", "desc")
		.orderBy("registrations.offer_day", "desc")
		.execute()
		.then((rows) => rows.map((row) => onDay(row, row.offer_day)));
}

/**
 * Places taken and children waiting per day of activities registered day by day (decision
 * 023), by offer id then day; a day without a row has none of either.
 */
export async function dayCountersOf(db: Database, offerIds: string[]) {
	const counters = new Map<string, Map<string, { placesTaken: number; waitingCount: number }>>();
	if (offerIds.length === 0) return counters;
	const rows = await db
		.selectFrom("offer_day_counters")
		.select(["offer_id", "day", "places_taken", "waiting_count"])
		.where("offer_id", "in", offerIds)
		.execute();
	for (const row of rows) {
		const days = counters.get(row.offer_id) ?? new Map();
		days.set(row.day, { placesTaken: row.places_taken, waitingCount: row.waiting_count });
		counters.set(row.offer_id, days);
	}
	return counters;
}

/**
 * Positions on an offer's waiting list (1 = next to get a place), by registration id; each day
 * of an activity registered day by day has its own list.
 */
export async function waitingPositions(db: Database, offerIds: string[]): Promise<Map<string, number>> {
	if (offerIds.length === 0) return new Map();
	const rows = await db
		.selectFrom("registrations")
		.select(["id", "offer_id", "offer_day"])
		.where("offer_id", "in", offerIds)
		.where("status", "=", "waiting")
		.orderBy("queued_at")
		.orderBy("id")
		.execute();
	const positions = new Map<string, number>();
	const counters = new Map<string, number>();
	for (const row of rows) {
		const list = `${row.offer_id}/${row.offer_day ?? ""}`;
		const position = (counters.get(list) ?? 0) + 1;
		counters.set(list, position);
		positions.set(row.id, position);
	}
	return positions;
}

/** The registrations of an offer for staff lists, with what animators must know. */
export async function listRegistrationsOfOffer(
	db: Database,
	offerId: string,
	/**
	 * `day`: only the registrations of that day of an activity registered day by day. `page`
	 * (from 1): one page of `listPageSize` rows and the next row; absent: all of them.
	 */
	filters: { status?: RegistrationStatus; day?: string; page?: number } = {},
) {
	let query = db
		.selectFrom("registrations")
		.innerJoin("children", "children.id", "registrations.child_id")
		.select([
			"registrations.id",
			"registrations.status",
			"registrations.with_care",
			"registrations.queued_at",
			"registrations.refusal_reason",
			"registrations.created_at",
			"registrations.offer_day",
			"children.id as child_id",
			"children.file_number",
			"children.first_name",
			"children.last_name",
			"children.birth_date",
			"children.postal_code",
		])
		.where("registrations.offer_id", "=", offerId);
	if (filters.status) query = query.where("registrations.status", "=", filters.status);
	if (filters.day) query = query.where("registrations.offer_day", "=", filters.day);
	query = query.orderBy("registrations.offer_day").orderBy("registrations.queued_at").orderBy("registrations.id");
	if (filters.page) {
		const { limit, offset } = pageWindow(filters.page);
		query = query.limit(limit).offset(offset);
	}
	return query.execute();
}

/** How many registrations an offer has in each state (all its days together), from its index. */
export async function countRegistrationsByStatus(
	db: Database,
	offerId: string,
): Promise<Record<RegistrationStatus, number>> {
	const rows = await db
		.selectFrom("registrations")
		.select(["status", (eb) => eb.fn.countAll<string | number>().as("count")])
		.where("offer_id", "=", offerId)
		.groupBy("status")
		.execute();
	const counts = Object.fromEntries(registrationStatuses.map((status) => [status, 0])) as Record<
		RegistrationStatus,
		number
	>;
	for (const row of rows) counts[row.status] = Number(row.count);
	return counts;
}

/**
 * How many registrations an offer has: `active` (pending, accepted, waiting: the families a
 * change or a cancellation concerns) and `total` (any state: an offer with any is archived,
 * never deleted).
 */
export async function registrationCounts(db: Database, offerId: string): Promise<{ active: number; total: number }> {
	const rows = await db
		.selectFrom("registrations")
		.select((eb) => ["status", eb.fn.countAll<string | number>().as("count")])
		.where("offer_id", "=", offerId)
		.groupBy("status")
		.execute();
	const count = (statuses: readonly RegistrationStatus[]) =>
		rows.filter((row) => statuses.includes(row.status)).reduce((sum, row) => sum + Number(row.count), 0);
	return { active: count(["pending", "accepted", "waiting"]), total: count(registrationStatuses) };
}
