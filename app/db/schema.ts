/**
 * The typed database schema shared by every query. Column names are snake_case as in SQL;
 * instants are ISO-8601 UTC text, calendar dates `YYYY-MM-DD` text, money integer cents,
 * identifiers random UUIDv7 text. Booleans are real booleans on both dialects (see dialect).
 */
import type { ColumnType, Insertable, Selectable, Updateable } from "kysely";

export const houseKinds = ["creche", "out_of_school", "school", "holiday_centre"] as const;
export type HouseKind = (typeof houseKinds)[number];

export type GroupsTable = {
	id: string;
	name: string;
	/** Letters A–Z only, stored upper-case: unique regardless of the case the user types. */
	code: string;
	contact_phone: string | null;
	contact_email: string | null;
	/** The file number the group's next dossier gets (taken with an atomic increment). */
	next_file_number: ColumnType<number, number | undefined, number>;
	/** JSON array of the optional dossier fields this group requires (see dossier-fields). */
	mandatory_fields: ColumnType<string, string | undefined, string>;
	created_at: string;
	updated_at: string;
};

export type HousesTable = {
	id: string;
	group_id: string;
	name: string;
	kind: HouseKind;
	address: string;
	postal_code: string;
	locality: string;
	phone: string | null;
	email: string | null;
	/** Short text shown to parents (empty by default). */
	description: ColumnType<string, string | undefined, string>;
	/** Archived: not offered for new offers or enrolments; its data stays readable (decision 024). */
	archived_at: ColumnType<string | null, string | null | undefined, string | null>;
	created_at: string;
	updated_at: string;
};

/** An instant in a better-auth table: Date on PostgreSQL, ISO text on SQLite (see toIso). */
export type AuthInstant = Date | string;

export type UsersTable = {
	id: string;
	name: string;
	/** Lower-case: better-auth and our use cases normalise it, so uniqueness ignores case. */
	email: string;
	email_verified: boolean;
	image: string | null;
	/** Lower-case; `display_username` keeps the case the user typed. */
	username: string | null;
	display_username: string | null;
	first_name: string;
	last_name: string;
	language: string;
	/** How new staff messages reach a parent by mail: one by one, or in one digest a day. */
	message_mail: ColumnType<MessageMail, MessageMail | undefined, MessageMail>;
	/** When `daily` was last chosen: the first digest covers messages from then. */
	message_mail_since: ColumnType<string | null, string | null | undefined, string | null>;
	created_at: AuthInstant;
	updated_at: AuthInstant;
};

export const messageMailModes = ["instant", "daily"] as const;
export type MessageMail = (typeof messageMailModes)[number];

export type SessionsTable = {
	id: string;
	user_id: string;
	token: string;
	expires_at: AuthInstant;
	ip_address: string | null;
	user_agent: string | null;
	created_at: AuthInstant;
	updated_at: AuthInstant;
};

export type AccountsTable = {
	id: string;
	user_id: string;
	account_id: string;
	provider_id: string;
	access_token: string | null;
	refresh_token: string | null;
	id_token: string | null;
	access_token_expires_at: AuthInstant | null;
	refresh_token_expires_at: AuthInstant | null;
	scope: string | null;
	password: string | null;
	created_at: AuthInstant;
	updated_at: AuthInstant;
};

export type VerificationsTable = {
	id: string;
	identifier: string;
	value: string;
	expires_at: AuthInstant;
	created_at: AuthInstant;
	updated_at: AuthInstant;
};

export const outboxStatuses = ["pending", "sent", "failed"] as const;
export type OutboxStatus = (typeof outboxStatuses)[number];

export type OutboxMailsTable = {
	id: string;
	to_address: string;
	language: string;
	template: string;
	/** JSON object of the template's variables. */
	data: string;
	status: OutboxStatus;
	attempts: number;
	next_attempt_at: string;
	/** A sender holds the row until then; another may claim it afterwards. */
	locked_until: string | null;
	locked_by: string | null;
	last_error: string | null;
	created_at: string;
	sent_at: string | null;
};

export type AuditEventsTable = {
	id: string;
	occurred_at: string;
	actor_user_id: string | null;
	/** The tenant the event belongs to, when there is one: group admins see these. */
	group_id: string | null;
	action: string;
	/** The part of `action` before its first dot (`child`, `registration`…): the log's « domaine » filter. */
	area: ColumnType<string, string | undefined, string>;
	target_type: string | null;
	target_id: string | null;
	ip_address: string | null;
	/** JSON object; never secrets, national numbers or medical data. */
	details: string;
};

export type RateLimitsTable = {
	key: string;
	window_started_at: string;
	count: number;
};

/** Mail kept instead of sent when no SMTP server is configured (never in production). */
export type DevMailboxMessagesTable = {
	id: string;
	to_address: string;
	subject: string;
	text_body: string;
	html_body: string;
	created_at: string;
};

/** Platform administrators: they create groups and invite each group's first admin. */
export type OperatorsTable = { user_id: string; created_at: string };

export const staffRoles = ["admin", "house_manager", "reader"] as const;
export type StaffRole = (typeof staffRoles)[number];

export type StaffMembershipsTable = {
	id: string;
	group_id: string;
	user_id: string;
	role: StaffRole;
	created_at: string;
	updated_at: string;
};

/** The houses a house manager runs. */
export type StaffMembershipHousesTable = { membership_id: string; house_id: string };

export type StaffInvitationsTable = {
	id: string;
	group_id: string;
	email: string;
	role: StaffRole;
	/** JSON array of house ids, for a house manager. */
	house_ids: string;
	/** SHA-256 of the token in the link: the token itself is never stored. */
	token_hash: string;
	invited_by_user_id: string | null;
	expires_at: string;
	accepted_at: string | null;
	accepted_by_user_id: string | null;
	revoked_at: string | null;
	created_at: string;
};

/** "Mes données": the parent's own details beside the account (names live on `users`). */
export type ParentProfilesTable = {
	user_id: string;
	mother_tongue: string | null;
	street: string;
	house_number: string;
	postal_code: string;
	locality: string;
	/** ISO 3166-1 alpha-2, "BE" by default. */
	country: string;
	/** E.164. */
	mobile_phone: string;
	activity_category: string | null;
	/** National register or BIS number, 11 digits (checksum checked); null when not given. Never logged. */
	national_number: ColumnType<string | null, string | null | undefined, string | null>;
	updated_at: string;
};

export const childStatuses = ["submitted", "validated", "merged"] as const;
export type ChildStatus = (typeof childStatuses)[number];
export const sexes = ["F", "M", "X"] as const;
export type Sex = (typeof sexes)[number];

/** A child's dossier in one group; the general data (« Données générales ») lives here. */
export type ChildrenTable = {
	id: string;
	group_id: string;
	/** Sequential per group, shown as « Numéro de dossier ». */
	file_number: number;
	status: ChildStatus;
	/** A duplicate dossier merged into this one (status "merged"). */
	merged_into_child_id: string | null;
	/** « Dossier introduit le … ». */
	submitted_at: string;
	validated_at: string | null;
	/** « Date d'entrée », set by staff. */
	entry_date: string | null;
	first_name: string;
	last_name: string;
	/** Last and first name without case, accents, spaces or hyphens: duplicate detection. */
	name_key: string;
	/** Eleven digits, never logged nor put in a URL. */
	national_number: string | null;
	birth_date: string | null;
	sex: Sex | null;
	street: string | null;
	house_number: string | null;
	postal_code: string | null;
	locality: string | null;
	country: ColumnType<string, string | undefined, string>;
	language: string | null;
	/** The guardian who receives this child's invoices; null: the first guardian linked (decision 034). */
	debtor_user_id: ColumnType<string | null, string | null | undefined, string | null>;
	/** Set by staff: raises the age limit of the 281.86 tax certificate (21 instead of 14). */
	severe_disability: ColumnType<boolean, boolean | undefined, boolean>;
	created_by_user_id: string | null;
	created_at: string;
	updated_at: string;
};

export const guardianLinks = ["dossier", "code", "merge"] as const;
export type GuardianLink = (typeof guardianLinks)[number];
export type GuardianshipsTable = { child_id: string; user_id: string; linked_via: GuardianLink; created_at: string };

export type ChildSupplementaryTable = {
	child_id: string;
	school: string | null;
	school_class: string | null;
	lives_with: string | null;
	lives_with_details: string | null;
	mutuality: string | null;
	updated_at: string;
};

export const consentKinds = ["photos_internal", "photos_public", "first_aid"] as const;
export type ConsentKind = (typeof consentKinds)[number];
/** The current answer to each consent, with who gave it and when (history in child_changes). */
export type ChildConsentsTable = {
	child_id: string;
	kind: ConsentKind;
	granted: boolean;
	given_by_user_id: string | null;
	given_at: string;
};

/** « Fiche santé ». Read only where needed; each staff read is audited. */
export type ChildMedicalTable = {
	child_id: string;
	doctor_name: string | null;
	doctor_phone: string | null;
	tetanus: string | null;
	tetanus_last_booster: string | null;
	/** « Oui » needs at least one allergy listed (decision 026). */
	has_allergies: boolean | null;
	/** Medication to take during activities; « Oui » needs at least one medication listed. */
	takes_medication: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
	diet: string | null;
	chronic_conditions: string | null;
	chronic_conditions_care: string | null;
	swimming: string | null;
	other_information: string | null;
	/** The last time a guardian confirmed the sheet is up to date. */
	confirmed_at: string | null;
	confirmed_by_user_id: string | null;
	updated_at: string;
};

export type ChildAllergiesTable = {
	id: string;
	child_id: string;
	allergen: string;
	reactions: string;
	what_to_do: string;
	created_at: string;
};

export type ChildMedicationsTable = {
	id: string;
	child_id: string;
	name: string;
	dose: string;
	times: string;
	self_administered: boolean;
	created_at: string;
};

export const contactRoles = ["pickup", "emergency", "not_allowed"] as const;
export type ContactRole = (typeof contactRoles)[number];
export type ChildContactsTable = {
	id: string;
	child_id: string;
	name: string;
	relation: string;
	/** E.164. */
	phone: string;
	phone_alt: string | null;
	role: ContactRole;
	notes: ColumnType<string, string | undefined, string>;
	created_at: string;
	updated_at: string;
};

/** « Code unique de l'enfant »: links one guardian, once. */
export type ChildCodesTable = {
	id: string;
	child_id: string;
	group_id: string;
	/** Normalised (upper-case, no dash). */
	code: string;
	created_by_user_id: string | null;
	created_at: string;
	used_at: string | null;
	used_by_user_id: string | null;
	revoked_at: string | null;
};

export const dossierSections = ["general", "supplementary", "medical", "contacts"] as const;
export type DossierSection = (typeof dossierSections)[number];
/** Who changed which fields of which section, and when (values are not copied here). */
export type ChildChangesTable = {
	id: string;
	child_id: string;
	section: DossierSection;
	user_id: string | null;
	by_staff: boolean;
	/** JSON array of field keys. */
	fields: string;
	created_at: string;
};

export type PeriodsTable = {
	id: string;
	group_id: string;
	name: string;
	/** Optional translations of `name`; null when not given (French is the fallback, decision 024). */
	name_nl: ColumnType<string | null, string | null | undefined, string | null>;
	name_de: ColumnType<string | null, string | null | undefined, string | null>;
	name_en: ColumnType<string | null, string | null | undefined, string | null>;
	starts_on: string;
	ends_on: string;
	/** Archived: not offered in the offer form's choices any more; kept where it is used. */
	archived_at: ColumnType<string | null, string | null | undefined, string | null>;
	created_at: string;
};

export const offerKinds = ["camp", "activity"] as const;
export type OfferKind = (typeof offerKinds)[number];
export const offerStatuses = ["draft", "open", "closed", "cancelled"] as const;
export type OfferStatus = (typeof offerStatuses)[number];
export const confirmationModes = ["automatic", "staff"] as const;
export type ConfirmationMode = (typeof confirmationModes)[number];

/**
 * A camp (stage) or an activity (journée pédagogique…). `places_taken` and `waiting_count`
 * are kept by the registration use cases, in the transaction that holds the offer row.
 */
export type OffersTable = {
	id: string;
	group_id: string;
	house_id: string;
	kind: OfferKind;
	period_id: string | null;
	title: string;
	description: ColumnType<string, string | undefined, string>;
	/** Optional translations of `title` and `description`; null when not given (decision 024). */
	title_nl: ColumnType<string | null, string | null | undefined, string | null>;
	title_de: ColumnType<string | null, string | null | undefined, string | null>;
	title_en: ColumnType<string | null, string | null | undefined, string | null>;
	description_nl: ColumnType<string | null, string | null | undefined, string | null>;
	description_de: ColumnType<string | null, string | null | undefined, string | null>;
	description_en: ColumnType<string | null, string | null | undefined, string | null>;
	first_day: string;
	last_day: string;
	/** JSON array of the days (`YYYY-MM-DD`) an activity takes place; a camp's days follow from first and last (offer-days.server.ts). */
	dates: ColumnType<string, string | undefined, string>;
	start_time: string;
	end_time: string;
	price_cents: number;
	/** Extended care (garderie); null when not offered. */
	care_price_cents: number | null;
	care_optional: ColumnType<boolean, boolean | undefined, boolean>;
	min_age_months: number | null;
	max_age_months: number | null;
	/** The maximum was given in years only (« 6 ans »): eligible until the eve of the next birthday (decision 018). */
	max_age_whole_years: ColumnType<boolean, boolean | undefined, boolean>;
	capacity: number;
	waiting_list_size: number;
	opens_at: string;
	closes_at: string;
	/** Parents may cancel until this instant; null: until the first day. */
	cancel_until: string | null;
	confirmation_mode: ConfirmationMode;
	/** JSON array of postal codes; non-empty: reserved to children living there. */
	resident_postal_codes: ColumnType<string, string | undefined, string>;
	status: OfferStatus;
	places_taken: ColumnType<number, number | undefined, number>;
	waiting_count: ColumnType<number, number | undefined, number>;
	/** Raised when dates, times, place or price change, or on cancellation: the iCalendar SEQUENCE. */
	revision: ColumnType<number, number | undefined, number>;
	/** Hidden from parents and from the staff's default list; kept for lists and the audit. */
	archived_at: ColumnType<string | null, string | null | undefined, string | null>;
	/**
	 * One registration for all the days (true; every camp), or one per day the parents choose,
	 * each day with its own places and waiting list (`offer_day_counters`; decision 023).
	 */
	dates_together: ColumnType<boolean, boolean | undefined, boolean>;
	created_at: string;
	updated_at: string;
};

/** Places taken and children waiting on one day of an activity registered day by day (decision 023). */
export type OfferDayCountersTable = {
	offer_id: string;
	/** YYYY-MM-DD, one of the offer's dates. */
	day: string;
	places_taken: ColumnType<number, number | undefined, number>;
	waiting_count: ColumnType<number, number | undefined, number>;
};

export const registrationStatuses = ["pending", "accepted", "waiting", "refused", "cancelled"] as const;
export type RegistrationStatus = (typeof registrationStatuses)[number];

export const registrationCancellationReasons = ["offer_cancelled", "date_removed"] as const;
export type RegistrationCancellationReason = (typeof registrationCancellationReasons)[number];

export type RegistrationsTable = {
	id: string;
	offer_id: string;
	child_id: string;
	group_id: string;
	/** The one day this registration is for (YYYY-MM-DD); null: all the offer's days (decision 023). */
	offer_day: ColumnType<string | null, string | null | undefined, string | null>;
	status: RegistrationStatus;
	with_care: boolean;
	/** Order on the waiting list (and of arrival): first come, first served. */
	queued_at: string;
	refusal_reason: string | null;
	decided_by_user_id: string | null;
	decided_at: string | null;
	cancelled_by_user_id: string | null;
	cancelled_at: string | null;
	/** Why, when it was neither the family's nor the staff's choice: `offer_cancelled`, `date_removed`. */
	cancellation_reason: ColumnType<
		RegistrationCancellationReason | null,
		RegistrationCancellationReason | null | undefined,
		RegistrationCancellationReason | null
	>;
	/** Raised on every change of status: with the offer's revision, the iCalendar SEQUENCE. */
	revision: ColumnType<number, number | undefined, number>;
	created_by_user_id: string | null;
	created_at: string;
	updated_at: string;
};

/**
 * A child's explicit enrolment in a house, dated by staff (`ends_on` null: open-ended). The
 * enrolment implied by a registration is derived in queries, not stored (decision 013).
 */
export type EnrolmentsTable = {
	id: string;
	group_id: string;
	child_id: string;
	house_id: string;
	starts_on: string;
	ends_on: string | null;
	created_by_user_id: string | null;
	created_at: string;
	ended_by_user_id: string | null;
	updated_at: string;
};

/** The private iCal feed of a family (the token is the capability in the URL). */
export type CalendarFeedsTable = { user_id: string; token: string; created_at: string };

/** A meal a group serves in some of its houses (decision 030). */
export type MealOffersTable = {
	id: string;
	group_id: string;
	name: string;
	name_nl: string | null;
	name_de: string | null;
	name_en: string | null;
	/** Comma-separated school-class labels the offer is for; '' for every class (issue 12 §1). */
	class_labels: ColumnType<string, string | undefined, string>;
	/** Age limits on the day, in whole years; null for none. */
	min_age_years: ColumnType<number | null, number | null | undefined, number | null>;
	max_age_years: ColumnType<number | null, number | null | undefined, number | null>;
	archived_at: ColumnType<string | null, string | null | undefined, string | null>;
	created_at: string;
	updated_at: string;
};

export type MealOfferHousesTable = { meal_offer_id: string; house_id: string };

/** How a booking or cancellation deadline is set (app/domain/meals/deadlines.ts). */
export type MealDeadlineKind = "weekday-before" | "working-days-before";

/** One version of an offer's deadlines, in effect from `valid_from` (YYYY-MM-DD). */
export type MealRulesTable = {
	id: string;
	meal_offer_id: string;
	valid_from: string;
	booking_kind: MealDeadlineKind;
	booking_weekday: number | null;
	booking_days: number | null;
	/** « HH:MM », Brussels time. */
	booking_time: string;
	cancel_kind: MealDeadlineKind;
	cancel_weekday: number | null;
	cancel_days: number | null;
	cancel_time: string;
	/** Same-morning sick cancellation until « HH:MM »; null: none. */
	sick_until: string | null;
	created_by_user_id: string | null;
	created_at: string;
};

/** The price in cents of an offer from `valid_from`, for a label ('' for everyone). */
export type MealPricesTable = {
	id: string;
	meal_offer_id: string;
	label: ColumnType<string, string | undefined, string>;
	valid_from: string;
	price_cents: number;
	created_by_user_id: string | null;
	created_at: string;
};

export type MealCourse = "starter" | "main" | "dessert" | "vegetarian";

export type MealDishesTable = {
	id: string;
	meal_offer_id: string;
	day: string;
	course: MealCourse;
	name: string;
	/** Allergen codes of Annex II, comma-separated (app/domain/meals/allergens.ts). */
	allergens: ColumnType<string, string | undefined, string>;
	updated_at: string;
};

export type HouseClosedDayReason = "pedagogical_day" | "school_holiday" | "public_holiday" | "other";

export type HouseClosedDaysTable = { house_id: string; day: string; reason: HouseClosedDayReason; created_at: string };

export type MealBookingStatus = "booked" | "cancelled";
/** `parent`/`staff`: within or past the rules; `sick`: same-morning sick cancellation (credited). */
export type MealCancellationReason = "parent" | "sick" | "staff";

export type MealBookingsTable = {
	id: string;
	meal_offer_id: string;
	child_id: string;
	house_id: string;
	day: string;
	status: MealBookingStatus;
	vegetarian: ColumnType<boolean, boolean | undefined, boolean>;
	/** The price in force on `day` when it was booked, in cents: later price changes do not touch it. */
	price_cents: number;
	booked_at: string;
	booked_by_user_id: string;
	cancelled_at: string | null;
	cancelled_by_user_id: string | null;
	cancellation_reason: MealCancellationReason | null;
	cancellation_note: string | null;
	/** A cancellation past the cancellation deadline that is nevertheless not billed (sick). */
	credited: ColumnType<boolean, boolean | undefined, boolean>;
	updated_at: string;
};

/** What a group's invoices say of it as creditor, and its billing counters (decision 034). */
export type BillingSettingsTable = {
	group_id: string;
	legal_name: string;
	street: string;
	postal_code: string;
	locality: string;
	/** Belgian company number (BCE/KBO), 10 digits. */
	company_number: string;
	/** Electronic format, no spaces. */
	iban: string;
	bic: string;
	/** Days from the issue date to the due date. */
	payment_days: ColumnType<number, number | undefined, number>;
	/** Days after the due date before a reminder is mailed. */
	reminder_days: ColumnType<number, number | undefined, number>;
	/** 0–999, unique across groups: the first 3 digits of the group's structured communications. */
	communication_prefix: number;
	/** The next 7-digit serial of a structured communication (taken with an atomic increment). */
	next_communication_serial: ColumnType<number, number | undefined, number>;
	/** Storage key of the signature image (PNG) printed on mutuality certificates; null: signed by hand. */
	signature_key: ColumnType<string | null, string | null | undefined, string | null>;
	updated_by_user_id: string | null;
	updated_at: string;
	/** Cadre I of the 281.86 certificate: who recognises or subsidises the care (decision 035). */
	certifying_authority: ColumnType<CertifyingAuthority, CertifyingAuthority | undefined, CertifyingAuthority>;
	/** The authority's name when it is a local authority or another public body; else empty. */
	certifying_authority_name: ColumnType<string, string | undefined, string>;
	/** Its BCE/KBO number (10 digits) when known; else empty. */
	certifying_authority_number: ColumnType<string, string | undefined, string>;
	/** « Agréé par l'ONE sous le n° … »: printed on mutuality certificates; may be empty. */
	recognition: ColumnType<string, string | undefined, string>;
};

/**
 * Who recognises, subsidises or controls the childcare (cadre I of the 281.86 certificate):
 * ONE (French Community), Kind en Gezin / Opgroeien (Flemish Community), the German-speaking
 * Community's ministry, a local authority (municipality, CPAS), or another public body.
 */
export const certifyingAuthorities = ["one", "kind_en_gezin", "german_community", "local_authority", "other"] as const;
export type CertifyingAuthority = (typeof certifyingAuthorities)[number];

/** The next order number of a group's tax certificates in an income year (no gaps). */
export type TaxCertificateNumbersTable = { group_id: string; income_year: number; next_number: number };

/** A 281.86 certificate: at most 4 periods of one child's care paid by one debtor in a year. */
export type TaxCertificatesTable = {
	id: string;
	group_id: string;
	child_id: string;
	debtor_user_id: string;
	/** The year the care was paid. */
	income_year: number;
	/** Order number, unique per group and income year, without gaps. */
	number: number;
	/** JSON array of `Period` (tax-certificate-rules.ts): from, to, days, daily tariff and amount in cents. */
	periods: string;
	total_days: number;
	/** What was paid for the periods, in cents. */
	total_cents: number;
	/** The same with each day at most the year's cap, in cents. */
	capped_total_cents: number;
	/** True when a daily tariff is above the cap (so capped_total_cents < total_cents). */
	capped: boolean;
	daily_cap_cents: number;
	/** False when the cap of the year was not confirmed by SPF Finances at issue. */
	cap_confirmed: boolean;
	/** The debtor's language at issue. */
	language: string;
	/** JSON: the child's names, birth date, national number and address at issue. */
	child_snapshot: string;
	/** JSON: the debtor's names, address and national number (null when not given) at issue. */
	debtor_snapshot: string;
	/** JSON: the organisation (cadre II) and the certifying authority (cadre I) at issue. */
	issuer: string;
	issued_at: string;
	issued_by_user_id: string;
	/** Set when a later issue corrected it; it then points to the first certificate replacing it. */
	cancelled_at: string | null;
	replaced_by_id: string | null;
};

/** The daily cap and age limits of an income year; a new row per change, the latest wins. */
export type TaxCertificateCapsTable = {
	id: string;
	/** Null: the values shipped for every group; else a change made by that group's admins. */
	group_id: string | null;
	income_year: number;
	daily_cap_cents: number;
	age_limit: number;
	age_limit_with_disability: number;
	/** False while SPF Finances has not published the cap. */
	confirmed: boolean;
	/** Null for the seeded rows. */
	updated_by_user_id: string | null;
	updated_at: string;
};

/** The next invoice number of a group in a calendar year (no gaps: taken in the confirming transaction). */
export type InvoiceNumbersTable = { group_id: string; year: number; next_number: number };

export const invoiceRunStatuses = ["draft", "confirmed", "discarded"] as const;
export type InvoiceRunStatus = (typeof invoiceRunStatuses)[number];

export type InvoiceRunsTable = {
	id: string;
	group_id: string;
	/** The service days billed, inclusive (YYYY-MM-DD). */
	period_from: string;
	period_to: string;
	/** Only this offer's registrations (the invoicing at an offer's end); null: everything due. */
	offer_id: string | null;
	status: InvoiceRunStatus;
	/** JSON array of what the run could not bill or found odd (`RunAnomaly`). */
	anomalies: ColumnType<string, string | undefined, string>;
	created_by_user_id: string;
	created_at: string;
	confirmed_by_user_id: string | null;
	confirmed_at: string | null;
};

export const invoiceStatuses = ["draft", "open", "partly_paid", "paid", "cancelled"] as const;
export type InvoiceStatus = (typeof invoiceStatuses)[number];
export type InvoiceKind = "invoice" | "credit_note";

export type InvoicesTable = {
	id: string;
	group_id: string;
	run_id: string | null;
	kind: InvoiceKind;
	/** For a credit note: the invoice it cancels. */
	credit_note_for_invoice_id: string | null;
	debtor_user_id: string;
	/** Copied at issue, so the document never changes afterwards. */
	debtor_name: string;
	/** Lines of the postal address, joined with "\n", copied at issue. */
	debtor_address: string;
	/** The debtor's language at issue: the PDF and the mails speak it. */
	language: string;
	status: InvoiceStatus;
	/** Year and number: null while draft. */
	year: number | null;
	number: number | null;
	/** 12 digits (« communication structurée »), unique; null while draft. */
	structured_communication: string | null;
	issued_on: string | null;
	due_on: string | null;
	/** The sum of the lines, in cents (negative for a credit note). */
	total_cents: number;
	/** Payments allocated to it, in cents: never more than `total_cents`. */
	paid_cents: ColumnType<number, number | undefined, number>;
	/** JSON of the creditor's billing settings at issue (`CreditorSnapshot`). */
	creditor: string;
	cancelled_at: string | null;
	cancelled_by_user_id: string | null;
	created_at: string;
	updated_at: string;
};

/**
 * What an invoice line bills: a registration's participation or its extended care, a meal
 * booking, a manual adjustment; or the reversal of one of those billed before and cancelled since
 * (the source id is then the registration or booking).
 */
export const invoiceSourceKinds = [
	"registration",
	"care",
	"meal",
	"adjustment",
	"registration_reversal",
	"care_reversal",
	"meal_reversal",
] as const;
export type InvoiceSourceKind = (typeof invoiceSourceKinds)[number];

export type InvoiceLinesTable = {
	id: string;
	invoice_id: string;
	position: number;
	child_id: string | null;
	/** What it bills; which rows exactly: `billed_sources` (a meal line bills several bookings). */
	source_kind: InvoiceSourceKind;
	/** In the debtor's language, fixed at creation. */
	description: string;
	service_from: string | null;
	service_to: string | null;
	quantity: number;
	unit_price_cents: number;
	amount_cents: number;
	/** Childcare that counts for the 281.86 tax certificate (not meals, fees or material). */
	childcare: ColumnType<boolean, boolean | undefined, boolean>;
};

/** One row per billed source: its primary key is the guarantee that nothing is billed twice. */
export type BilledSourcesTable = { source_kind: InvoiceSourceKind; source_id: string; invoice_line_id: string };

/** A manual line waiting for the next run: a credit (negative) or a fee (positive), in cents. */
export type BillingAdjustmentsTable = {
	id: string;
	group_id: string;
	child_id: string;
	service_on: string;
	description: string;
	amount_cents: number;
	created_by_user_id: string;
	created_at: string;
};

export type BankStatementsTable = {
	id: string;
	group_id: string;
	account: string;
	statement_number: string;
	statement_date: string;
	file_name: string;
	imported_by_user_id: string;
	imported_at: string;
};

export const bankMovementStatuses = ["matched", "partly_matched", "unmatched", "ignored"] as const;
export type BankMovementStatus = (typeof bankMovementStatuses)[number];

export type BankMovementsTable = {
	id: string;
	statement_id: string;
	group_id: string;
	sequence: string;
	value_date: string;
	/** Signed: credits (money received) are positive. */
	amount_cents: number;
	structured_communication: string | null;
	communication: string;
	counterparty_name: string | null;
	counterparty_account: string | null;
	status: BankMovementStatus;
	/** What is left of a credit after allocation to invoices (an overpayment, or nothing matched). */
	unallocated_cents: number;
	updated_at: string;
};

export const paymentMethods = ["bank_transfer", "cash", "card"] as const;
export type PaymentMethod = (typeof paymentMethods)[number];

export type PaymentsTable = {
	id: string;
	group_id: string;
	invoice_id: string;
	amount_cents: number;
	received_on: string;
	method: PaymentMethod;
	bank_movement_id: string | null;
	note: string | null;
	recorded_by_user_id: string;
	recorded_at: string;
};

export type InvoiceRemindersTable = { id: string; invoice_id: string; sent_at: string; due_cents: number };

/** Which side wrote a message: a guardian of the child, or staff of the house. */
export type MessageSide = "guardian" | "staff";

export type MessageThreadsTable = {
	id: string;
	group_id: string;
	child_id: string;
	house_id: string;
	subject: string;
	/** Who opened the thread. */
	started_by: MessageSide;
	/** The broadcast a thread was opened by, shared by every family's thread of it. */
	broadcast_id: string | null;
	assigned_to_user_id: string | null;
	done_at: string | null;
	last_message_at: string;
	last_guardian_message_at: string | null;
	last_staff_message_at: string | null;
	created_at: string;
};

export type MessagesTable = {
	id: string;
	thread_id: string;
	author_user_id: string;
	author_side: MessageSide;
	/** Staff-only note: never shown to the family, never mailed to it. */
	internal: boolean;
	body: string;
	sent_at: string;
};

export type MessageAttachmentsTable = {
	id: string;
	message_id: string;
	storage_key: string;
	media_type: string;
	size_bytes: number;
	name: string;
	created_at: string;
};

export type MessageReadsTable = { thread_id: string; user_id: string; side: MessageSide; read_at: string };

/**
 * An open thread a staff member of its group has news in: the family wrote after the member's
 * `message_reads.read_at` (or the member never read it). Group and house copied from the thread
 * for the badges' index (decision 040).
 */
export type MessageUnreadThreadsTable = { thread_id: string; user_id: string; group_id: string; house_id: string };

/** One parent's digest of one Brussels day (made even when empty): the claim that it is done. */
export type MessageDigestsTable = {
	user_id: string;
	/** `YYYY-MM-DD`, the Brussels day of the digest time. */
	digest_day: string;
	/** The digest time as a UTC instant: staff messages up to it are covered; the next starts here. */
	covered_until: string;
	/** How many threads the mail listed; 0 when nothing was unread and no mail left. */
	thread_count: number;
	created_at: string;
};

export type MessageTemplatesTable = {
	id: string;
	group_id: string;
	/** null: every house of the group. */
	house_id: string | null;
	title: string;
	body: string;
	created_by_user_id: string;
	created_at: string;
};

/** Who a published document went to (decision 038). */
export type PublicationAudienceKind = "family" | "offer" | "house";

export type PublishedDocumentsTable = {
	id: string;
	group_id: string;
	house_id: string;
	/** French; the translations are null when not given (decision 024). */
	title: string;
	title_nl: string | null;
	title_de: string | null;
	title_en: string | null;
	description: string | null;
	storage_key: string;
	/** Sniffed from the content: application/pdf or an image type. */
	media_type: string;
	size_bytes: number;
	/** Name offered on download, with the extension of the real type. */
	file_name: string;
	audience_kind: PublicationAudienceKind;
	audience_offer_id: string | null;
	/** For an offer: all | accepted | waiting. */
	audience_status: string | null;
	published_by_user_id: string;
	published_at: string;
	/** Set when staff withdraw it: parents no longer see it, the row stays. */
	withdrawn_at: string | null;
	withdrawn_by_user_id: string | null;
};

/** One family reached by a publication: the child, whose current guardians see it. */
export type PublishedDocumentRecipientsTable = {
	id: string;
	document_id: string;
	child_id: string;
	/** First download by a guardian. */
	opened_at: string | null;
	opened_by_user_id: string | null;
};
/** The kinds of document a parent uploads for a house (decision 037). */
export type DocumentUploadType = "medical_certificate" | "mutuality_form" | "income_proof" | "other";

/** A house's decision on an upload: waiting for it, accepted, or refused with a reason. */
export type DocumentUploadStatus = "pending" | "accepted" | "refused";

export type DocumentUploadsTable = {
	id: string;
	group_id: string;
	house_id: string;
	child_id: string;
	uploaded_by_user_id: string;
	type: DocumentUploadType;
	/** The parent's note, empty when none. */
	note: string;
	storage_key: string;
	/** Sniffed from the content (decision 032). */
	media_type: string;
	size_bytes: number;
	/** The name offered on download. */
	name: string;
	status: DocumentUploadStatus;
	refusal_reason: string | null;
	decided_by_user_id: string | null;
	decided_at: string | null;
	created_at: string;
};

export type HouseRequiredDocumentsTable = { house_id: string; type: DocumentUploadType };

export type DB = {
	groups: GroupsTable;
	houses: HousesTable;
	users: UsersTable;
	sessions: SessionsTable;
	accounts: AccountsTable;
	verifications: VerificationsTable;
	outbox_mails: OutboxMailsTable;
	audit_events: AuditEventsTable;
	rate_limits: RateLimitsTable;
	operators: OperatorsTable;
	staff_memberships: StaffMembershipsTable;
	staff_membership_houses: StaffMembershipHousesTable;
	staff_invitations: StaffInvitationsTable;
	dev_mailbox_messages: DevMailboxMessagesTable;
	parent_profiles: ParentProfilesTable;
	children: ChildrenTable;
	guardianships: GuardianshipsTable;
	child_supplementary: ChildSupplementaryTable;
	child_consents: ChildConsentsTable;
	child_medical: ChildMedicalTable;
	child_allergies: ChildAllergiesTable;
	child_medications: ChildMedicationsTable;
	child_contacts: ChildContactsTable;
	child_codes: ChildCodesTable;
	child_changes: ChildChangesTable;
	periods: PeriodsTable;
	offers: OffersTable;
	offer_day_counters: OfferDayCountersTable;
	registrations: RegistrationsTable;
	calendar_feeds: CalendarFeedsTable;
	enrolments: EnrolmentsTable;
	meal_offers: MealOffersTable;
	meal_offer_houses: MealOfferHousesTable;
	meal_rules: MealRulesTable;
	meal_prices: MealPricesTable;
	meal_dishes: MealDishesTable;
	house_closed_days: HouseClosedDaysTable;
	meal_bookings: MealBookingsTable;
	message_threads: MessageThreadsTable;
	messages: MessagesTable;
	message_attachments: MessageAttachmentsTable;
	message_reads: MessageReadsTable;
	message_unread_threads: MessageUnreadThreadsTable;
	message_templates: MessageTemplatesTable;
	published_documents: PublishedDocumentsTable;
	published_document_recipients: PublishedDocumentRecipientsTable;
	message_digests: MessageDigestsTable;
	billing_settings: BillingSettingsTable;
	invoice_numbers: InvoiceNumbersTable;
	invoice_runs: InvoiceRunsTable;
	invoices: InvoicesTable;
	invoice_lines: InvoiceLinesTable;
	billed_sources: BilledSourcesTable;
	billing_adjustments: BillingAdjustmentsTable;
	bank_statements: BankStatementsTable;
	bank_movements: BankMovementsTable;
	payments: PaymentsTable;
	invoice_reminders: InvoiceRemindersTable;
	tax_certificate_numbers: TaxCertificateNumbersTable;
	tax_certificates: TaxCertificatesTable;
	tax_certificate_caps: TaxCertificateCapsTable;
	document_uploads: DocumentUploadsTable;
	house_required_documents: HouseRequiredDocumentsTable;
};

export type Group = Selectable<GroupsTable>;
export type NewGroup = Insertable<GroupsTable>;
export type GroupUpdate = Updateable<GroupsTable>;
export type House = Selectable<HousesTable>;
export type NewHouse = Insertable<HousesTable>;
export type User = Selectable<UsersTable>;
export type OutboxMail = Selectable<OutboxMailsTable>;
