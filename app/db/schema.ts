/**
 * The typed database schema shared by every query. Column names are snake_case as in SQL;
 * instants are ISO-8601 UTC text, calendar dates `YYYY-MM-DD` text, money integer cents,
 * identifiers random UUIDv7 text. Booleans are real booleans on both dialects (see dialect).
 */
import type { Insertable, Selectable, Updateable } from "kysely";

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
	created_at: string;
	updated_at: string;
};

export type DB = {
	groups: GroupsTable;
	houses: HousesTable;
};

export type Group = Selectable<GroupsTable>;
export type NewGroup = Insertable<GroupsTable>;
export type GroupUpdate = Updateable<GroupsTable>;
export type House = Selectable<HousesTable>;
export type NewHouse = Insertable<HousesTable>;
