/**
 * A group at a city's scale, for the scale benchmark and the query-plan tests (decision 028):
 * tens of thousands of children, thousands of offers, hundreds of thousands of registrations
 * and a million audit rows, written with multi-row inserts in a few transactions. The group
 * and its houses go through the real use cases; the bulk rows are written directly, keeping
 * every invariant of DESIGN.md §6 and of decisions 013 and 023:
 * - each offer's `places_taken` / `waiting_count` (or, for an activity registered day by day,
 *   each `offer_day_counters` row) equals its accepted and waiting registrations, never more
 *   than its capacity and waiting-list size;
 * - one registration per (offer, child, day); file numbers 1…N and `next_file_number` N + 1;
 * - every child has a guardian (two children per family) and an open enrolment in a house;
 * - meal bookings: one per (offer, child, day), on school days (no weekend, no public holiday),
 *   in the child's house, at the price in force (decision 030);
 * - message threads: about a child of the family, in the child's house, with the times of their
 *   last messages and the staff's read marks matching their messages (decision 031).
 *
 * There is one house per thousand children. Offers are spread over periods of 40, one period every ten weeks back in time: the two
 * most recent periods are upcoming and open, the others a history of closed ones. A tenth of
 * the data is therefore a tenth of the history, with the same upcoming catalogue.
 */
import { hashPassword } from "better-auth/crypto";
import { type Insertable, sql } from "kysely";
import { insertUserWithPassword } from "#app/domain/accounts/accounts.repository.server.ts";
import type { AuditAction } from "#app/domain/audit/audit-actions.ts";
import { auditAreaOf } from "#app/domain/audit/record-audit-event.server.ts";
import { nameKey } from "#app/domain/families/name-key.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import { saveMembership } from "#app/domain/groups/staff.repository.server.ts";
import { mondayOf } from "#app/domain/meals/deadlines.ts";
import { rebuildUnreadThreadsOfMember } from "#app/domain/messaging/unread-threads.repository.server.ts";
import { belgianPublicHolidays } from "#app/domain/offers/offer-days.server.ts";
import { addDays, dateInBrussels, now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Database } from "./db.server.ts";
import { dialectOf } from "./dialect.server.ts";
import type { DB, HouseKind, RegistrationStatus } from "./schema.ts";

export type LargeGroupSizes = {
	children: number;
	offers: number;
	registrations: number;
	audit: number;
	/** Meal bookings of the group's « Repas chaud », from this week's Monday on (0: no meals). */
	mealBookings?: number;
	/** Message threads, one per family in turn, each a parent's question and a staff reply. */
	threads?: number;
};

export const defaultLargeGroupSizes: Required<LargeGroupSizes> = {
	children: 20_000,
	offers: 2_000,
	registrations: 200_000,
	audit: 1_000_000,
	mealBookings: 200_000,
	threads: 10_000,
};

/** Sign-in of the generated staff and parent (for trying the lists by hand; the bench makes sessions). */
export const largeGroupPasswords = { staff: "Echelle-Grande-Ville-28!", parent: "Echelle-Famille-28!" };

export type LargeGroup = {
	groupId: string;
	groupCode: string;
	houseIds: string[];
	adminUserId: string;
	/** A house manager of the first house only. */
	managerUserId: string;
	/** The guardian of the first two children (the bench's parent). */
	parentUserId: string;
	parentChildId: string;
	counts: Record<string, number>;
};

const offersPerPeriod = 40;
const firstNames = ["Nino", "Léa", "Emma", "Louis", "Zoé", "Arthur", "Mila", "Jules", "Lina", "Noah", "Anna", "Lucas"];
const lastNames = [
	"Dubois",
	"Lambert",
	"Mertens",
	"Schmitz",
	"Martin",
	"Peeters",
	"Janssens",
	"Maes",
	"Jacobs",
	"Willems",
];
const houseKinds: HouseKind[] = ["holiday_centre", "creche", "out_of_school", "school"];
const loggedActions: AuditAction[] = [
	"auth.sign_in.succeeded",
	"child.general.updated",
	"child.medical.viewed",
	"registration.created",
	"registration.accepted",
	"offer.attendance.viewed",
	"offer.updated",
	"child.validated",
];

/**
 * Inserts rows in multi-row VALUES statements small enough for both databases' limits on
 * bound parameters (SQLite 32,766, PostgreSQL 65,535).
 */
async function insertMany<Table extends keyof DB>(db: Database, table: Table, rows: Insertable<DB[Table]>[]) {
	if (rows.length === 0) return;
	const columns = Object.keys(rows[0] as object).length;
	const size = Math.max(1, Math.floor(30_000 / columns));
	for (let start = 0; start < rows.length; start += size) {
		await db
			.insertInto(table)
			.values(rows.slice(start, start + size) as any)
			.execute();
	}
}

/** Buffers rows and writes them in batches, so a million rows never sit in memory at once. */
function bufferedInserts<Table extends keyof DB>(
	db: Database,
	table: Table,
	/** Runs before each batch: writes the rows this table's foreign keys point to. */
	beforeFlush: () => Promise<void> = async () => {},
) {
	let rows: Insertable<DB[Table]>[] = [];
	const flush = async () => {
		await beforeFlush();
		const batch = rows;
		rows = [];
		await insertMany(db, table, batch);
	};
	return {
		async add(row: Insertable<DB[Table]>) {
			rows.push(row);
			if (rows.length >= 20_000) await flush();
		},
		flush,
	};
}

/** Where a registration of an offer lands, r-th of `perUnit`: the same shares in every offer. */
function statusAt(r: number, perUnit: number): RegistrationStatus {
	const share = r / perUnit;
	if (share < 0.75) return "accepted";
	if (share < 0.85) return "waiting";
	if (share < 0.9) return "refused";
	return "cancelled";
}

/**
 * Builds the large group in `db` (migrated). Throws if a group with the code already exists.
 * `today`: the calendar day the upcoming periods are placed after (Brussels; default today).
 */
export async function generateLargeGroup(
	db: Database,
	/** `houses`: how many houses (default one per thousand children, at least two). */
	options: { sizes: LargeGroupSizes; code?: string; today?: string; houses?: number },
): Promise<LargeGroup> {
	const { sizes } = options;
	const today = options.today ?? dateInBrussels();
	const at = now();
	const atIso = at.toISOString();
	const code = options.code ?? "GRANDEVILLE";
	const { id: groupId } = await createGroup({
		db,
		input: {
			name: "Ville de Grande-Échelle",
			code,
			contactPhone: "087/00.00.00",
			contactEmail: "echelle@example.test",
		},
	});
	// One house per thousand children (at least two): a tenth of the city has a tenth of the
	// houses, each the same size, so a house manager's lists compare like with like.
	const houseCount = options.houses ?? Math.max(2, Math.round(sizes.children / 1000));
	const houseIds: string[] = [];
	for (let index = 0; index < houseCount; index++) {
		const { id } = await createHouse({
			db,
			groupId,
			input: {
				name: `Maison ${String(index + 1).padStart(2, "0")}`,
				kind: houseKinds[index % houseKinds.length] as HouseKind,
				address: `Rue de l'Échelle ${index + 1}`,
				postalCode: "4830",
				locality: "Limbourg",
			},
		});
		houseIds.push(id);
	}

	const lower = code.toLowerCase();
	const staffHash = await hashPassword(largeGroupPasswords.staff);
	const parentHash = await hashPassword(largeGroupPasswords.parent);
	const adminUserId = newId();
	const managerUserId = newId();
	const parentUserId = newId();
	for (const [id, username, hash, firstName] of [
		[adminUserId, `admin.${lower}`, staffHash, "Adèle"],
		[managerUserId, `gestion.${lower}`, staffHash, "Marc"],
		[parentUserId, `parent.${lower}`, parentHash, "Alain"],
	] as const) {
		await insertUserWithPassword(db, {
			id,
			email: `${username}@ribambelle.example`,
			username,
			firstName,
			lastName: "Échelle",
			language: "fr",
			passwordHash: hash,
			emailVerified: true,
			at,
		});
	}
	await saveMembership(db, { id: newId(), groupId, userId: adminUserId, role: "admin", houseIds: [], at: atIso });
	await saveMembership(db, {
		id: newId(),
		groupId,
		userId: managerUserId,
		role: "house_manager",
		houseIds: [houseIds[0] as string],
		at: atIso,
	});

	const group = await db.transaction().execute(async (trx) => {
		// Families of two children; the first family's guardian is the bench's parent.
		const parentIds = Array.from({ length: Math.ceil(sizes.children / 2) }, (_, index) =>
			index === 0 ? parentUserId : newId(),
		);
		const parentRows = parentIds.slice(1).map((id, index) => ({
			id,
			name: `Parent ${index + 2}`,
			email: `parent${index + 2}.${lower}@example.test`,
			email_verified: true,
			image: null,
			username: null,
			display_username: null,
			first_name: "Parent",
			last_name: `${lastNames[index % lastNames.length]} ${index + 2}`,
			language: "fr",
			created_at: at,
			updated_at: at,
		}));
		await insertMany(trx, "users", parentRows);
		await insertMany(
			trx,
			"parent_profiles",
			parentIds.map((userId) => ({
				user_id: userId,
				mother_tongue: "fr",
				street: "Rue de l'Échelle",
				house_number: "1",
				postal_code: "4830",
				locality: "Limbourg",
				country: "BE",
				mobile_phone: "+32470123456",
				activity_category: null,
				updated_at: atIso,
			})),
		);

		const childIds = Array.from({ length: sizes.children }, () => newId());
		const children = childIds.map((id, index) => {
			const firstName = firstNames[index % firstNames.length] as string;
			const lastName = `${lastNames[Math.floor(index / 2) % lastNames.length]}${Math.floor(index / 2)}`;
			const submittedAt = new Date(at.getTime() - (sizes.children - index) * 3_600_000).toISOString();
			const validated = index % 20 !== 7;
			return {
				id,
				group_id: groupId,
				file_number: index + 1,
				status: validated ? ("validated" as const) : ("submitted" as const),
				merged_into_child_id: null,
				submitted_at: submittedAt,
				validated_at: validated ? submittedAt : null,
				entry_date: null,
				first_name: firstName,
				last_name: lastName,
				name_key: nameKey(lastName, firstName),
				national_number: null,
				birth_date: addDays(today, -(3 * 365 + (index % (9 * 365)))),
				sex: index % 2 === 0 ? ("F" as const) : ("M" as const),
				street: "Rue de l'Échelle",
				house_number: "1",
				postal_code: "4830",
				locality: "Limbourg",
				language: "fr",
				created_by_user_id: parentIds[Math.floor(index / 2)] as string,
				created_at: submittedAt,
				updated_at: submittedAt,
			};
		});
		await insertMany(trx, "children", children);
		await trx
			.updateTable("groups")
			.set({ next_file_number: sizes.children + 1 })
			.where("id", "=", groupId)
			.execute();
		await insertMany(
			trx,
			"guardianships",
			childIds.map((childId, index) => ({
				child_id: childId,
				user_id: parentIds[Math.floor(index / 2)] as string,
				linked_via: "dossier" as const,
				created_at: atIso,
			})),
		);
		await insertMany(
			trx,
			"enrolments",
			childIds.map((childId, index) => ({
				id: newId(),
				group_id: groupId,
				child_id: childId,
				house_id: houseIds[index % houseIds.length] as string,
				starts_on: "2020-01-01",
				ends_on: null,
				created_by_user_id: adminUserId,
				created_at: atIso,
				ended_by_user_id: null,
				updated_at: atIso,
			})),
		);

		// Periods: the newest two upcoming (from four weeks ahead), one every ten weeks before.
		const periodCount = Math.max(1, Math.ceil(sizes.offers / offersPerPeriod));
		const periods = Array.from({ length: periodCount }, (_, index) => {
			const startsOn = addDays(today, 28 + 70 - index * 70);
			return {
				id: newId(),
				group_id: groupId,
				name: `Période ${periodCount - index}`,
				starts_on: startsOn,
				ends_on: addDays(startsOn, 13),
				created_at: atIso,
			};
		});
		await insertMany(trx, "periods", periods);

		const perOffer = sizes.offers > 0 ? Math.floor(sizes.registrations / sizes.offers) : 0;
		const offers = bufferedInserts(trx, "offers");
		const offerIds: string[] = [];
		const dayCounters = [];
		// Each batch of registrations writes the offers it refers to first (foreign keys).
		const registrations = bufferedInserts(trx, "registrations", offers.flush);
		const registrationIds: string[] = [];
		for (let index = 0; index < sizes.offers; index++) {
			const period = periods[Math.floor(index / offersPerPeriod)] as (typeof periods)[number];
			const upcoming = period.starts_on > today;
			const isActivity = index % 10 === 9;
			const byDay = isActivity && index % 20 === 19;
			const firstDay = addDays(period.starts_on, isActivity ? 2 : 0);
			const lastDay = isActivity ? (byDay ? addDays(firstDay, 1) : firstDay) : addDays(firstDay, 4);
			const days = byDay ? [firstDay, lastDay] : [null];
			const perUnit = Math.floor(perOffer / days.length);
			const unitCapacity = Math.floor(perUnit * 0.75) + 5;
			const unitWaiting = Math.ceil(perUnit * 0.1) + 5;
			const offerId = newId();
			const opensAt = new Date(`${addDays(firstDay, -60)}T08:00:00Z`);
			const unitStatuses = Array.from({ length: perUnit }, (_, r) => statusAt(r, perUnit));
			const unitPlaces = unitStatuses.filter((status) => status === "accepted").length;
			const unitWaitingCount = unitStatuses.filter((status) => status === "waiting").length;
			offerIds.push(offerId);
			await offers.add({
				id: offerId,
				group_id: groupId,
				house_id: houseIds[index % houseIds.length] as string,
				kind: isActivity ? ("activity" as const) : ("camp" as const),
				period_id: isActivity ? null : period.id,
				title: `${isActivity ? "Journée" : "Stage"} ${index + 1}`,
				first_day: firstDay,
				last_day: lastDay,
				dates: isActivity ? JSON.stringify(byDay ? [firstDay, lastDay] : [firstDay]) : "[]",
				dates_together: !byDay,
				start_time: "09:00",
				end_time: "16:00",
				price_cents: 8500,
				care_price_cents: null,
				min_age_months: 36,
				max_age_months: 144,
				capacity: unitCapacity,
				waiting_list_size: unitWaiting,
				opens_at: opensAt.toISOString(),
				closes_at: new Date(`${addDays(firstDay, -1)}T20:00:00Z`).toISOString(),
				cancel_until: null,
				confirmation_mode: "automatic",
				status: upcoming ? "open" : "closed",
				// An activity registered day by day counts its places per day, not on the offer (decision 023).
				places_taken: byDay ? 0 : unitPlaces,
				waiting_count: byDay ? 0 : unitWaitingCount,
				created_at: atIso,
				updated_at: atIso,
			});
			if (byDay) {
				for (const day of days) {
					if (day)
						dayCounters.push({ offer_id: offerId, day, places_taken: unitPlaces, waiting_count: unitWaitingCount });
				}
			}
			const start = (index * 97) % Math.max(1, sizes.children);
			for (const [dayIndex, day] of days.entries()) {
				for (const [r, status] of unitStatuses.entries()) {
					const childId = childIds[(start + dayIndex * perUnit + r) % childIds.length] as string;
					const queuedAt = new Date(opensAt.getTime() + r * 1000).toISOString();
					const id = newId();
					registrationIds.push(id);
					await registrations.add({
						id,
						offer_id: offerId,
						child_id: childId,
						group_id: groupId,
						offer_day: day,
						status,
						with_care: false,
						queued_at: queuedAt,
						refusal_reason: status === "refused" ? "Hors zone" : null,
						decided_by_user_id: status === "refused" ? adminUserId : null,
						decided_at: status === "refused" ? queuedAt : null,
						cancelled_by_user_id: status === "cancelled" ? adminUserId : null,
						cancelled_at: status === "cancelled" ? queuedAt : null,
						created_by_user_id: null,
						created_at: queuedAt,
						updated_at: queuedAt,
					});
				}
			}
		}
		await registrations.flush();
		await insertMany(trx, "offer_day_counters", dayCounters);

		// The audit log: ten years of events, oldest first, on children, registrations and offers.
		const audit = bufferedInserts(trx, "audit_events");
		const span = 10 * 365 * 24 * 3_600_000;
		for (let index = 0; index < sizes.audit; index++) {
			const action = loggedActions[index % loggedActions.length] as AuditAction;
			const area = auditAreaOf(action);
			const target =
				area === "child"
					? { type: "child", id: childIds[index % childIds.length] }
					: area === "registration"
						? { type: "registration", id: registrationIds[index % registrationIds.length] }
						: area === "offer"
							? { type: "offer", id: offerIds[index % offerIds.length] }
							: { type: null, id: null };
			await audit.add({
				id: newId(),
				occurred_at: new Date(
					at.getTime() - span + Math.floor((index * span) / Math.max(1, sizes.audit)),
				).toISOString(),
				actor_user_id: area === "auth" ? (parentIds[index % parentIds.length] as string) : adminUserId,
				group_id: groupId,
				action,
				area,
				target_type: target.id ? target.type : null,
				target_id: target.id ?? null,
				ip_address: "192.0.2.10",
				details: "{}",
			});
		}
		await audit.flush();

		const meals = await generateMeals(trx, {
			groupId,
			houseIds,
			childIds,
			bookings: sizes.mealBookings ?? 0,
			today,
			atIso,
			adminUserId,
			parentIds,
		});
		const threads = await generateThreads(trx, {
			groupId,
			houseIds,
			childIds,
			parentIds,
			threads: sizes.threads ?? 0,
			adminUserId,
			at,
		});
		// The staff badges count the members' unread rows (decision 040), written as the use cases would.
		for (const userId of [adminUserId, managerUserId]) await rebuildUnreadThreadsOfMember(trx, { groupId, userId });

		return {
			groupId,
			groupCode: code,
			houseIds,
			adminUserId,
			managerUserId,
			parentUserId,
			parentChildId: childIds[0] as string,
			counts: {
				houses: houseIds.length,
				parents: parentIds.length,
				children: childIds.length,
				enrolments: childIds.length,
				periods: periods.length,
				offers: offerIds.length,
				registrations: registrationIds.length,
				offerDayCounters: dayCounters.length,
				audit: sizes.audit,
				mealBookings: meals.bookings,
				mealDays: meals.days,
				threads: threads.threads,
				messages: threads.messages,
			},
		};
	});
	// PostgreSQL plans from statistics: gather them now rather than whenever autovacuum would.
	if (dialectOf(db) === "postgres") await sql`analyze`.execute(db);
	return group;
}

const mainDishes: { name: string; allergens: string }[] = [
	{ name: "Spaghetti bolognaise", allergens: "gluten,celery" },
	{ name: "Poulet, riz, sauce satay", allergens: "peanuts,soybeans" },
	{ name: "Filet de poisson, purée", allergens: "fish,milk" },
	{ name: "Boulettes, sauce tomate, frites", allergens: "gluten,eggs" },
	{ name: "Lasagne aux légumes", allergens: "gluten,milk" },
];

/**
 * « Repas chaud » served in every house: its rules and price since 2020, a menu on each school
 * day from this week's Monday (weekdays, no Belgian public holiday) for as many days as
 * `bookings` needs, and the bookings, child after child then day after day, each in the
 * child's house: nine in ten booked, the rest cancelled in time or, one in thirty-three, sick
 * and credited. Returns how many bookings and school days were written.
 */
async function generateMeals(
	trx: Database,
	options: {
		groupId: string;
		houseIds: string[];
		childIds: string[];
		bookings: number;
		today: string;
		atIso: string;
		adminUserId: string;
		parentIds: string[];
	},
): Promise<{ bookings: number; days: number }> {
	const { houseIds, childIds, atIso } = options;
	if (options.bookings <= 0 || childIds.length === 0) return { bookings: 0, days: 0 };
	const mealOfferId = newId();
	await trx
		.insertInto("meal_offers")
		.values({
			id: mealOfferId,
			group_id: options.groupId,
			name: "Repas chaud",
			name_nl: "Warme maaltijd",
			name_de: "Warmes Mittagessen",
			name_en: "Hot meal",
			created_at: atIso,
			updated_at: atIso,
		})
		.execute();
	await insertMany(
		trx,
		"meal_offer_houses",
		houseIds.map((houseId) => ({ meal_offer_id: mealOfferId, house_id: houseId })),
	);
	await trx
		.insertInto("meal_rules")
		.values({
			id: newId(),
			meal_offer_id: mealOfferId,
			valid_from: "2020-01-01",
			booking_kind: "weekday-before",
			booking_weekday: 4,
			booking_days: null,
			booking_time: "12:00",
			cancel_kind: "working-days-before",
			cancel_weekday: null,
			cancel_days: 2,
			cancel_time: "10:00",
			sick_until: "09:00",
			created_by_user_id: options.adminUserId,
			created_at: atIso,
		})
		.execute();
	await trx
		.insertInto("meal_prices")
		.values({
			id: newId(),
			meal_offer_id: mealOfferId,
			label: "",
			valid_from: "2020-01-01",
			price_cents: 350,
			created_by_user_id: options.adminUserId,
			created_at: atIso,
		})
		.execute();
	const dayCount = Math.ceil(options.bookings / childIds.length);
	const days: string[] = [];
	for (let day = mondayOf(options.today); days.length < dayCount; day = addDays(day, 1)) {
		const weekday = new Date(`${day}T12:00:00Z`).getUTCDay();
		if (weekday !== 0 && weekday !== 6 && !belgianPublicHolidays(Number(day.slice(0, 4))).has(day)) days.push(day);
	}
	await insertMany(
		trx,
		"meal_dishes",
		days.flatMap((day, index) => {
			const main = mainDishes[index % mainDishes.length] as (typeof mainDishes)[number];
			return [
				{
					id: newId(),
					meal_offer_id: mealOfferId,
					day,
					course: "starter" as const,
					name: "Potage",
					allergens: "celery",
					updated_at: atIso,
				},
				{ id: newId(), meal_offer_id: mealOfferId, day, course: "main" as const, ...main, updated_at: atIso },
				{
					id: newId(),
					meal_offer_id: mealOfferId,
					day,
					course: "dessert" as const,
					name: "Yaourt",
					allergens: "milk",
					updated_at: atIso,
				},
			];
		}),
	);
	const bookings = bufferedInserts(trx, "meal_bookings");
	for (let index = 0; index < options.bookings; index++) {
		const child = index % childIds.length;
		const day = days[Math.floor(index / childIds.length)] as string;
		const share = index % 100;
		const cancelled = share >= 90;
		const sick = share >= 97;
		await bookings.add({
			id: newId(),
			meal_offer_id: mealOfferId,
			child_id: childIds[child] as string,
			// The house of the child's enrolment (children are spread over the houses in turn).
			house_id: houseIds[child % houseIds.length] as string,
			day,
			status: cancelled ? "cancelled" : "booked",
			vegetarian: child % 10 === 3,
			price_cents: 350,
			booked_at: atIso,
			booked_by_user_id: options.parentIds[Math.floor(child / 2)] as string,
			cancelled_at: cancelled ? atIso : null,
			cancelled_by_user_id: cancelled ? (options.parentIds[Math.floor(child / 2)] as string) : null,
			cancellation_reason: cancelled ? (sick ? "sick" : "parent") : null,
			cancellation_note: null,
			credited: sick,
			updated_at: atIso,
		});
	}
	await bookings.flush();
	return { bookings: options.bookings, days: days.length };
}

/**
 * `threads` message threads, family after family about its first child, in that child's house:
 * the parent's question, then a staff reply an hour later that the parent has read; every
 * tenth thread is still waiting for staff, unread by them. Returns how many threads and
 * messages were written.
 */
async function generateThreads(
	trx: Database,
	options: {
		groupId: string;
		houseIds: string[];
		childIds: string[];
		parentIds: string[];
		threads: number;
		adminUserId: string;
		at: Date;
	},
): Promise<{ threads: number; messages: number }> {
	const { houseIds, childIds, parentIds } = options;
	let written = 0;
	const threads = bufferedInserts(trx, "message_threads");
	const messages = bufferedInserts(trx, "messages", threads.flush);
	const reads = bufferedInserts(trx, "message_reads", messages.flush);
	for (let index = 0; index < options.threads; index++) {
		const family = index % parentIds.length;
		const child = (family * 2) % childIds.length;
		const parentId = parentIds[family] as string;
		const asked = new Date(options.at.getTime() - (options.threads - index) * 600_000);
		const answered = new Date(asked.getTime() + 3_600_000);
		const waiting = index % 10 === 9;
		const threadId = newId();
		await threads.add({
			id: threadId,
			group_id: options.groupId,
			child_id: childIds[child] as string,
			house_id: houseIds[child % houseIds.length] as string,
			subject: `Question ${index + 1}`,
			started_by: "guardian",
			broadcast_id: null,
			assigned_to_user_id: null,
			done_at: null,
			last_message_at: (waiting ? asked : answered).toISOString(),
			last_guardian_message_at: asked.toISOString(),
			last_staff_message_at: waiting ? null : answered.toISOString(),
			created_at: asked.toISOString(),
		});
		await messages.add({
			id: newId(),
			thread_id: threadId,
			author_user_id: parentId,
			author_side: "guardian",
			internal: false,
			body: "Bonjour, pouvez-vous me dire à quelle heure se termine la journée ? Merci.",
			sent_at: asked.toISOString(),
		});
		written += 1;
		await reads.add({ thread_id: threadId, user_id: parentId, side: "guardian", read_at: answered.toISOString() });
		if (waiting) continue;
		await messages.add({
			id: newId(),
			thread_id: threadId,
			author_user_id: options.adminUserId,
			author_side: "staff",
			internal: false,
			body: "Bonjour, la journée se termine à 16:00. Bonne journée.",
			sent_at: answered.toISOString(),
		});
		written += 1;
		await reads.add({
			thread_id: threadId,
			user_id: options.adminUserId,
			side: "staff",
			read_at: answered.toISOString(),
		});
	}
	await reads.flush();
	return { threads: Math.max(0, options.threads), messages: written };
}
