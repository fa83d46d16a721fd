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
	created_at: AuthInstant;
	updated_at: AuthInstant;
};

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
};

export type Group = Selectable<GroupsTable>;
export type NewGroup = Insertable<GroupsTable>;
export type GroupUpdate = Updateable<GroupsTable>;
export type House = Selectable<HousesTable>;
export type NewHouse = Insertable<HousesTable>;
export type User = Selectable<UsersTable>;
export type OutboxMail = Selectable<OutboxMailsTable>;
