import type { Kysely } from "kysely";

/**
 * Families: the parent's own data ("Mes données"), children and their dossier sections,
 * guardianship, contacts, consents, child link codes and the per-section change history.
 * A group numbers its dossiers itself (`next_file_number`) and chooses which optional dossier
 * fields it requires (`mandatory_fields`, a JSON array of field keys).
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable("groups")
		.addColumn("next_file_number", "integer", (column) => column.notNull().defaultTo(1))
		.execute();
	await db.schema
		.alterTable("groups")
		.addColumn("mandatory_fields", "text", (column) => column.notNull().defaultTo("[]"))
		.execute();

	await db.schema
		.createTable("parent_profiles")
		.addColumn("user_id", "text", (column) => column.primaryKey().references("users.id").onDelete("cascade"))
		.addColumn("mother_tongue", "text")
		.addColumn("street", "text", (column) => column.notNull())
		.addColumn("house_number", "text", (column) => column.notNull())
		.addColumn("postal_code", "text", (column) => column.notNull())
		.addColumn("locality", "text", (column) => column.notNull())
		.addColumn("country", "text", (column) => column.notNull())
		.addColumn("mobile_phone", "text", (column) => column.notNull())
		.addColumn("activity_category", "text")
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("children")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("file_number", "integer", (column) => column.notNull())
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("merged_into_child_id", "text", (column) => column.references("children.id").onDelete("set null"))
		.addColumn("submitted_at", "text", (column) => column.notNull())
		.addColumn("validated_at", "text")
		.addColumn("entry_date", "text")
		.addColumn("first_name", "text", (column) => column.notNull())
		.addColumn("last_name", "text", (column) => column.notNull())
		.addColumn("name_key", "text", (column) => column.notNull())
		.addColumn("national_number", "text")
		.addColumn("birth_date", "text")
		.addColumn("sex", "text")
		.addColumn("street", "text")
		.addColumn("house_number", "text")
		.addColumn("postal_code", "text")
		.addColumn("locality", "text")
		.addColumn("country", "text", (column) => column.notNull().defaultTo("BE"))
		.addColumn("language", "text")
		.addColumn("created_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addUniqueConstraint("children_group_file_number_key", ["group_id", "file_number"])
		.execute();
	await db.schema.createIndex("children_group_name_idx").on("children").columns(["group_id", "name_key"]).execute();
	await db.schema.createIndex("children_group_status_idx").on("children").columns(["group_id", "status"]).execute();

	await db.schema
		.createTable("guardianships")
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("user_id", "text", (column) => column.notNull().references("users.id").onDelete("cascade"))
		.addColumn("linked_via", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("guardianships_pkey", ["child_id", "user_id"])
		.execute();
	await db.schema.createIndex("guardianships_user_idx").on("guardianships").column("user_id").execute();

	await db.schema
		.createTable("child_supplementary")
		.addColumn("child_id", "text", (column) => column.primaryKey().references("children.id").onDelete("cascade"))
		.addColumn("school", "text")
		.addColumn("school_class", "text")
		.addColumn("lives_with", "text")
		.addColumn("lives_with_details", "text")
		.addColumn("mutuality", "text")
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("child_consents")
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("kind", "text", (column) => column.notNull())
		.addColumn("granted", "boolean", (column) => column.notNull())
		.addColumn("given_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("given_at", "text", (column) => column.notNull())
		.addPrimaryKeyConstraint("child_consents_pkey", ["child_id", "kind"])
		.execute();

	await db.schema
		.createTable("child_medical")
		.addColumn("child_id", "text", (column) => column.primaryKey().references("children.id").onDelete("cascade"))
		.addColumn("doctor_name", "text")
		.addColumn("doctor_phone", "text")
		.addColumn("tetanus", "text")
		.addColumn("tetanus_last_booster", "text")
		.addColumn("has_allergies", "boolean")
		.addColumn("diet", "text")
		.addColumn("chronic_conditions", "text")
		.addColumn("chronic_conditions_care", "text")
		.addColumn("swimming", "text")
		.addColumn("other_information", "text")
		.addColumn("confirmed_at", "text")
		.addColumn("confirmed_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("child_allergies")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("allergen", "text", (column) => column.notNull())
		.addColumn("reactions", "text", (column) => column.notNull())
		.addColumn("what_to_do", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("child_allergies_child_idx").on("child_allergies").column("child_id").execute();

	await db.schema
		.createTable("child_medications")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("dose", "text", (column) => column.notNull())
		.addColumn("times", "text", (column) => column.notNull())
		.addColumn("self_administered", "boolean", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("child_medications_child_idx").on("child_medications").column("child_id").execute();

	await db.schema
		.createTable("child_contacts")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("name", "text", (column) => column.notNull())
		.addColumn("relation", "text", (column) => column.notNull())
		.addColumn("phone", "text", (column) => column.notNull())
		.addColumn("phone_alt", "text")
		.addColumn("role", "text", (column) => column.notNull())
		.addColumn("notes", "text", (column) => column.notNull().defaultTo(""))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("child_contacts_child_idx").on("child_contacts").column("child_id").execute();

	await db.schema
		.createTable("child_codes")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id").onDelete("cascade"))
		.addColumn("code", "text", (column) => column.notNull().unique())
		.addColumn("created_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("used_at", "text")
		.addColumn("used_by_user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("revoked_at", "text")
		.execute();
	await db.schema.createIndex("child_codes_child_idx").on("child_codes").column("child_id").execute();

	await db.schema
		.createTable("child_changes")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id").onDelete("cascade"))
		.addColumn("section", "text", (column) => column.notNull())
		.addColumn("user_id", "text", (column) => column.references("users.id").onDelete("set null"))
		.addColumn("by_staff", "boolean", (column) => column.notNull())
		.addColumn("fields", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("child_changes_child_idx")
		.on("child_changes")
		.columns(["child_id", "section", "created_at"])
		.execute();
}
