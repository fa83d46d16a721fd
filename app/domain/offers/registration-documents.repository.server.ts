import type { Database } from "#app/db/db.server.ts";
import type { Language } from "#app/locales/languages.ts";
import { onDay } from "./offer-dates.ts";
import { localizedColumn } from "./staff-translations.server.ts";

/**
 * What a registration's confirmation (PDF) and calendar entries print. A registration of one
 * day of an activity registered day by day prints that day only (`onDay`, decision 023). Guardians only: the
 * guardianship is in the WHERE clause, so anyone else finds nothing.
 */
function documentQuery(db: Database, userId: string, language: Language) {
	return db
		.selectFrom("registrations")
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.innerJoin("children", "children.id", "registrations.child_id")
		.innerJoin("groups", "groups.id", "children.group_id")
		.innerJoin("guardianships", "guardianships.child_id", "registrations.child_id")
		.select([
			"registrations.id",
			"registrations.status",
			"registrations.with_care",
			"registrations.created_at",
			"registrations.queued_at",
			"registrations.decided_at",
			"registrations.updated_at",
			"registrations.revision",
			"registrations.cancellation_reason",
			"registrations.offer_day",
			"offers.revision as offer_revision",
			"offers.updated_at as offer_updated_at",
			"offers.kind",
			"offers.first_day",
			"offers.last_day",
			"offers.dates",
			"offers.start_time",
			"offers.end_time",
			"offers.price_cents",
			"offers.care_price_cents",
			"houses.name as house_name",
			"houses.address as house_address",
			"houses.postal_code as house_postal_code",
			"houses.locality as house_locality",
			"houses.phone as house_phone",
			"houses.email as house_email",
			"children.id as child_id",
			"children.first_name as child_first_name",
			"children.last_name as child_last_name",
			"children.file_number as child_file_number",
			"groups.name as group_name",
		])
		.select(localizedColumn("offers", "title", language).as("title"))
		.where("guardianships.user_id", "=", userId)
		.where("children.status", "!=", "merged");
}

/**
 * One registration of one of the user's children that has documents: accepted, or since
 * cancelled (its PDF and calendar entry then say so). Undefined for anything else.
 */
export async function findRegistrationDocumentForGuardian(
	db: Database,
	/** `language`: the offer's title in it, French where not translated. */
	options: { userId: string; childId: string; registrationId: string; language: Language },
) {
	return documentQuery(db, options.userId, options.language)
		.where("registrations.id", "=", options.registrationId)
		.where("registrations.child_id", "=", options.childId)
		.where("registrations.status", "in", ["accepted", "cancelled"])
		.executeTakeFirst()
		.then((row) => row && onDay(row, row.offer_day));
}
export type RegistrationDocument = NonNullable<Awaited<ReturnType<typeof findRegistrationDocumentForGuardian>>>;

/**
 * The family feed: every accepted registration of every child of the user, soonest first,
 * and the cancelled ones (STATUS:CANCELLED, so calendar apps remove what they had).
 */
export async function listCalendarRegistrationsForGuardian(db: Database, userId: string, language: Language) {
	return documentQuery(db, userId, language)
		.where("registrations.status", "in", ["accepted", "cancelled"])
		.orderBy("offers.first_day")
		.orderBy("registrations.offer_day")
		.orderBy("registrations.id")
		.execute()
		.then((rows) => rows.map((row) => onDay(row, row.offer_day)));
}

/** « Les maisons de l'enfant »: the houses of a group as parents see them; `archived_at` says which are archived. */
export async function listHousesOfGroup(db: Database, groupId: string) {
	return db
		.selectFrom("houses")
		.select([
			"id",
			"name",
			"kind",
			"address",
			"postal_code",
			"locality",
			"phone",
			"email",
			"description",
			"archived_at",
		])
		.where("group_id", "=", groupId)
		.orderBy("name")
		.execute();
}

/**
 * The registrations of one of the user's children that have a confirmation (accepted, or since
 * cancelled: the same address then gives the cancellation), newest decision first, at most 200,
 * for the child's « Documents ». A registration of one day of an activity is listed per day.
 */
export async function listRegistrationConfirmationsOfChild(
	db: Database,
	options: { userId: string; childId: string; language: Language },
) {
	const rows = await db
		.selectFrom("registrations")
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.innerJoin("guardianships", "guardianships.child_id", "registrations.child_id")
		.select([
			"registrations.id",
			"registrations.status",
			"registrations.queued_at",
			"registrations.decided_at",
			"registrations.cancelled_at",
			"registrations.offer_day",
			"offers.first_day",
			"houses.name as house_name",
		])
		.select(localizedColumn("offers", "title", options.language).as("title"))
		.where("guardianships.user_id", "=", options.userId)
		.where("registrations.child_id", "=", options.childId)
		.where("registrations.status", "in", ["accepted", "cancelled"])
		.orderBy("registrations.updated_at", "desc")
		.orderBy("registrations.id")
		.limit(200)
		.execute();
	return rows.map((row) => ({
		id: row.id,
		status: row.status,
		title: row.title,
		houseName: row.house_name,
		firstDay: row.offer_day ?? row.first_day,
		/** The instant the document dates from: the cancellation, else the acceptance. */
		at: (row.status === "cancelled" ? row.cancelled_at : row.decided_at) ?? row.queued_at,
	}));
}
