import type { Kysely } from "kysely";

/**
 * Meals (issue 12, decision 030):
 * - `meal_offers`: what a group serves (« Repas chaud », « Potage », « Collation »), named in
 *   French with optional translations, served in the houses of `meal_offer_houses`;
 * - `meal_rules`: the booking and cancellation deadlines of an offer and its sick-cancellation
 *   hour, each version in effect from `valid_from` (a date) until the next version;
 * - `meal_prices`: the price in cents of an offer from `valid_from`, per label (« maternelle »,
 *   « primaire »; '' for everyone);
 * - `meal_dishes`: the menu, one dish per offer, day and course, with the allergen codes of
 *   Regulation (EU) 1169/2011 Annex II it contains (comma-separated);
 * - `house_closed_days`: days a house is closed (pedagogical days, holidays), not bookable;
 * - `meal_bookings`: at most one row per offer, child and day (the unique key holds under
 *   concurrency on both databases); cancelling keeps the row, with who, when and why, and the
 *   price in force when it was booked.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("meal_offers")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("name_nl", "text")
		.addColumn("name_de", "text")
		.addColumn("name_en", "text")
		.addColumn("archived_at", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("meal_offers_group_idx").on("meal_offers").column("group_id").execute();

	await db.schema
		.createTable("meal_offer_houses")
		.addColumn("meal_offer_id", "text", (column) => column.notNull().references("meal_offers.id").onDelete("cascade"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id"))
		.addPrimaryKeyConstraint("meal_offer_houses_pkey", ["meal_offer_id", "house_id"])
		.execute();
	await db.schema.createIndex("meal_offer_houses_house_idx").on("meal_offer_houses").column("house_id").execute();

	await db.schema
		.createTable("meal_rules")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("meal_offer_id", "text", (column) => column.notNull().references("meal_offers.id").onDelete("cascade"))
		.addColumn("valid_from", "text", (column) => column.notNull())
		.addColumn("booking_kind", "text", (column) => column.notNull())
		.addColumn("booking_weekday", "integer")
		.addColumn("booking_days", "integer")
		.addColumn("booking_time", "text", (column) => column.notNull())
		.addColumn("cancel_kind", "text", (column) => column.notNull())
		.addColumn("cancel_weekday", "integer")
		.addColumn("cancel_days", "integer")
		.addColumn("cancel_time", "text", (column) => column.notNull())
		.addColumn("sick_until", "text")
		.addColumn("created_by_user_id", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addUniqueConstraint("meal_rules_offer_from_key", ["meal_offer_id", "valid_from"])
		.execute();

	await db.schema
		.createTable("meal_prices")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("meal_offer_id", "text", (column) => column.notNull().references("meal_offers.id").onDelete("cascade"))
		.addColumn("label", "text", (column) => column.notNull().defaultTo(""))
		.addColumn("valid_from", "text", (column) => column.notNull())
		.addColumn("price_cents", "integer", (column) => column.notNull())
		.addColumn("created_by_user_id", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addUniqueConstraint("meal_prices_offer_label_from_key", ["meal_offer_id", "label", "valid_from"])
		.execute();

	await db.schema
		.createTable("meal_dishes")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("meal_offer_id", "text", (column) => column.notNull().references("meal_offers.id").onDelete("cascade"))
		.addColumn("day", "text", (column) => column.notNull())
		.addColumn("course", "text", (column) => column.notNull())
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("allergens", "text", (column) => column.notNull().defaultTo(""))
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addUniqueConstraint("meal_dishes_offer_day_course_key", ["meal_offer_id", "day", "course"])
		.execute();

	await db.schema
		.createTable("house_closed_days")
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id").onDelete("cascade"))
		.addColumn("day", "text", (column) => column.notNull())
		.addColumn("reason", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("house_closed_days_pkey", ["house_id", "day"])
		.execute();

	await db.schema
		.createTable("meal_bookings")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("meal_offer_id", "text", (column) => column.notNull().references("meal_offers.id"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id"))
		.addColumn("house_id", "text", (column) => column.notNull().references("houses.id"))
		.addColumn("day", "text", (column) => column.notNull())
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("vegetarian", "boolean", (column) => column.notNull().defaultTo(false))
		.addColumn("price_cents", "integer", (column) => column.notNull())
		.addColumn("booked_at", "text", (column) => column.notNull())
		.addColumn("booked_by_user_id", "text", (column) => column.notNull())
		.addColumn("cancelled_at", "text")
		.addColumn("cancelled_by_user_id", "text")
		.addColumn("cancellation_reason", "text")
		.addColumn("cancellation_note", "text")
		.addColumn("credited", "boolean", (column) => column.notNull().defaultTo(false))
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addUniqueConstraint("meal_bookings_offer_child_day_key", ["meal_offer_id", "child_id", "day"])
		.execute();
	await db.schema.createIndex("meal_bookings_house_day_idx").on("meal_bookings").columns(["house_id", "day"]).execute();
	await db.schema.createIndex("meal_bookings_child_day_idx").on("meal_bookings").columns(["child_id", "day"]).execute();
}
