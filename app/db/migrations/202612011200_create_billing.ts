import type { Kysely } from "kysely";

/**
 * Billing (issue 14, decision 034):
 * - `billing_settings`: per group, what an invoice says of the creditor (address, BCE number,
 *   IBAN and BIC), the payment delay and reminder delay in days, the 3-digit prefix of its
 *   structured communications (unique across groups) and its two counters;
 * - `invoice_numbers`: the next number per group and year, taken in the confirming transaction
 *   (no gaps, no duplicates: Belgian invoicing rules);
 * - `invoice_runs`: one run of invoicing for a period, `draft` until confirmed or discarded;
 * - `invoices`: one per debtor guardian and run; `kind` invoice or credit note; the debtor's name
 *   and address, the language and the creditor's data are copied at issue so that the PDF is
 *   reproducible; `number` and `issued_on` are null while draft;
 * - `invoice_lines`: the lines, each with its source (registration, meal booking, manual line,
 *   or the reversal of an earlier line);
 * - `billed_sources`: what each line bills, one row per source: its primary key is the guarantee
 *   that nothing is invoiced twice. Cancelling an invoice by a credit note frees its sources;
 * - `billing_adjustments`: manual lines (sick-day credits, discounts, fees) waiting for a run;
 * - `bank_statements`, `bank_movements`: CODA statements, never imported twice (unique account,
 *   number and date), and their movements with how each was matched;
 * - `payments`: money allocated to one invoice (from a movement or at the desk), never more than
 *   what the invoice still owes;
 * - `invoice_reminders`: each reminder mail sent.
 */
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable("billing_settings")
		.addColumn("group_id", "text", (column) => column.primaryKey().references("groups.id"))
		.addColumn("legal_name", "text", (column) => column.notNull())
		.addColumn("street", "text", (column) => column.notNull())
		.addColumn("postal_code", "text", (column) => column.notNull())
		.addColumn("locality", "text", (column) => column.notNull())
		.addColumn("company_number", "text", (column) => column.notNull())
		.addColumn("iban", "text", (column) => column.notNull())
		.addColumn("bic", "text", (column) => column.notNull())
		.addColumn("payment_days", "integer", (column) => column.notNull().defaultTo(30))
		.addColumn("reminder_days", "integer", (column) => column.notNull().defaultTo(15))
		.addColumn("communication_prefix", "integer", (column) => column.notNull().unique())
		.addColumn("next_communication_serial", "integer", (column) => column.notNull().defaultTo(1))
		.addColumn("updated_by_user_id", "text")
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();

	await db.schema
		.createTable("invoice_numbers")
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("year", "integer", (column) => column.notNull())
		.addColumn("next_number", "integer", (column) => column.notNull())
		.addPrimaryKeyConstraint("invoice_numbers_pkey", ["group_id", "year"])
		.execute();

	await db.schema
		.createTable("invoice_runs")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("period_from", "text", (column) => column.notNull())
		.addColumn("period_to", "text", (column) => column.notNull())
		.addColumn("offer_id", "text", (column) => column.references("offers.id"))
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("anomalies", "text", (column) => column.notNull().defaultTo("[]"))
		.addColumn("created_by_user_id", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("confirmed_by_user_id", "text")
		.addColumn("confirmed_at", "text")
		.execute();
	await db.schema
		.createIndex("invoice_runs_group_idx")
		.on("invoice_runs")
		.columns(["group_id", "created_at"])
		.execute();

	await db.schema
		.createTable("invoices")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("run_id", "text", (column) => column.references("invoice_runs.id"))
		.addColumn("kind", "text", (column) => column.notNull())
		.addColumn("credit_note_for_invoice_id", "text", (column) => column.references("invoices.id"))
		.addColumn("debtor_user_id", "text", (column) => column.notNull().references("users.id"))
		.addColumn("debtor_name", "text", (column) => column.notNull())
		.addColumn("debtor_address", "text", (column) => column.notNull())
		.addColumn("language", "text", (column) => column.notNull())
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("year", "integer")
		.addColumn("number", "integer")
		.addColumn("structured_communication", "text", (column) => column.unique())
		.addColumn("issued_on", "text")
		.addColumn("due_on", "text")
		.addColumn("total_cents", "integer", (column) => column.notNull())
		.addColumn("paid_cents", "integer", (column) => column.notNull().defaultTo(0))
		.addColumn("creditor", "text", (column) => column.notNull())
		.addColumn("cancelled_at", "text")
		.addColumn("cancelled_by_user_id", "text")
		.addColumn("created_at", "text", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.addUniqueConstraint("invoices_number_key", ["group_id", "year", "number"])
		.execute();
	await db.schema.createIndex("invoices_debtor_idx").on("invoices").columns(["debtor_user_id", "created_at"]).execute();
	await db.schema.createIndex("invoices_group_idx").on("invoices").columns(["group_id", "status", "due_on"]).execute();
	await db.schema.createIndex("invoices_run_idx").on("invoices").column("run_id").execute();

	await db.schema
		.createTable("invoice_lines")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("invoice_id", "text", (column) => column.notNull().references("invoices.id").onDelete("cascade"))
		.addColumn("position", "integer", (column) => column.notNull())
		.addColumn("child_id", "text", (column) => column.references("children.id"))
		.addColumn("source_kind", "text", (column) => column.notNull())
		.addColumn("description", "text", (column) => column.notNull())
		.addColumn("service_from", "text")
		.addColumn("service_to", "text")
		.addColumn("quantity", "integer", (column) => column.notNull())
		.addColumn("unit_price_cents", "integer", (column) => column.notNull())
		.addColumn("amount_cents", "integer", (column) => column.notNull())
		.addColumn("childcare", "boolean", (column) => column.notNull().defaultTo(false))
		.execute();
	await db.schema
		.createIndex("invoice_lines_invoice_idx")
		.on("invoice_lines")
		.columns(["invoice_id", "position"])
		.execute();
	await db.schema.createIndex("invoice_lines_child_idx").on("invoice_lines").column("child_id").execute();

	await db.schema
		.createTable("billed_sources")
		.addColumn("source_kind", "text", (column) => column.notNull())
		.addColumn("source_id", "text", (column) => column.notNull())
		.addColumn("invoice_line_id", "text", (column) =>
			column.notNull().references("invoice_lines.id").onDelete("cascade"),
		)
		.addPrimaryKeyConstraint("billed_sources_pkey", ["source_kind", "source_id"])
		.execute();
	await db.schema.createIndex("billed_sources_line_idx").on("billed_sources").column("invoice_line_id").execute();

	await db.schema
		.createTable("billing_adjustments")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("child_id", "text", (column) => column.notNull().references("children.id"))
		.addColumn("service_on", "text", (column) => column.notNull())
		.addColumn("description", "text", (column) => column.notNull())
		.addColumn("amount_cents", "integer", (column) => column.notNull())
		.addColumn("created_by_user_id", "text", (column) => column.notNull())
		.addColumn("created_at", "text", (column) => column.notNull())
		.execute();
	await db.schema
		.createIndex("billing_adjustments_group_idx")
		.on("billing_adjustments")
		.columns(["group_id", "service_on"])
		.execute();

	await db.schema
		.createTable("bank_statements")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("account", "text", (column) => column.notNull())
		.addColumn("statement_number", "text", (column) => column.notNull())
		.addColumn("statement_date", "text", (column) => column.notNull())
		.addColumn("file_name", "text", (column) => column.notNull())
		.addColumn("imported_by_user_id", "text", (column) => column.notNull())
		.addColumn("imported_at", "text", (column) => column.notNull())
		.addUniqueConstraint("bank_statements_key", ["account", "statement_number", "statement_date"])
		.execute();
	await db.schema
		.createIndex("bank_statements_group_idx")
		.on("bank_statements")
		.columns(["group_id", "imported_at"])
		.execute();

	await db.schema
		.createTable("bank_movements")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("statement_id", "text", (column) => column.notNull().references("bank_statements.id"))
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("sequence", "text", (column) => column.notNull())
		.addColumn("value_date", "text", (column) => column.notNull())
		.addColumn("amount_cents", "integer", (column) => column.notNull())
		.addColumn("structured_communication", "text")
		.addColumn("communication", "text", (column) => column.notNull())
		.addColumn("counterparty_name", "text")
		.addColumn("counterparty_account", "text")
		.addColumn("status", "text", (column) => column.notNull())
		.addColumn("unallocated_cents", "integer", (column) => column.notNull())
		.addColumn("updated_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("bank_movements_statement_idx").on("bank_movements").column("statement_id").execute();
	await db.schema
		.createIndex("bank_movements_group_idx")
		.on("bank_movements")
		.columns(["group_id", "status"])
		.execute();

	await db.schema
		.createTable("payments")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("group_id", "text", (column) => column.notNull().references("groups.id"))
		.addColumn("invoice_id", "text", (column) => column.notNull().references("invoices.id"))
		.addColumn("amount_cents", "integer", (column) => column.notNull())
		.addColumn("received_on", "text", (column) => column.notNull())
		.addColumn("method", "text", (column) => column.notNull())
		.addColumn("bank_movement_id", "text", (column) => column.references("bank_movements.id"))
		.addColumn("note", "text")
		.addColumn("recorded_by_user_id", "text", (column) => column.notNull())
		.addColumn("recorded_at", "text", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("payments_invoice_idx").on("payments").column("invoice_id").execute();
	await db.schema.createIndex("payments_movement_idx").on("payments").column("bank_movement_id").execute();

	await db.schema
		.createTable("invoice_reminders")
		.addColumn("id", "text", (column) => column.primaryKey())
		.addColumn("invoice_id", "text", (column) => column.notNull().references("invoices.id"))
		.addColumn("sent_at", "text", (column) => column.notNull())
		.addColumn("due_cents", "integer", (column) => column.notNull())
		.execute();
	await db.schema.createIndex("invoice_reminders_invoice_idx").on("invoice_reminders").column("invoice_id").execute();

	await db.schema
		.alterTable("children")
		.addColumn("debtor_user_id", "text", (column) => column.references("users.id"))
		.execute();
	await db.schema
		.alterTable("children")
		.addColumn("severe_disability", "boolean", (column) => column.notNull().defaultTo(false))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable("children").dropColumn("severe_disability").execute();
	await db.schema.alterTable("children").dropColumn("debtor_user_id").execute();
	for (const table of [
		"invoice_reminders",
		"payments",
		"bank_movements",
		"bank_statements",
		"billing_adjustments",
		"billed_sources",
		"invoice_lines",
		"invoices",
		"invoice_runs",
		"invoice_numbers",
		"billing_settings",
	])
		await db.schema.dropTable(table).execute();
}
