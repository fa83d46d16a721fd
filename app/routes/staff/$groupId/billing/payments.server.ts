import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { importCodaStatement, StatementRefusal } from "#app/domain/billing/import-coda-statement.server.ts";
import { invoiceNumberLabel } from "#app/domain/billing/invoice-format.ts";
import { ignoreMovement, matchMovement } from "#app/domain/billing/match-movement.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import { formatMoney } from "#app/ui/format.ts";
import { requireGroupAdmin, requireStaff } from "../../+shared/staff-context.server.ts";
import type { Route } from "./+types/payments";
import { paymentIntents } from "./payments-choices.ts";
import { ignoreMovementSchema, importCodaSchema, matchMovementSchema } from "./payments-forms.ts";

/** How many movements to handle the page lists at once (oldest first). */
const MOVEMENTS_SHOWN = 100;

/**
 * « Paiements » (group admins): the CODA upload, the last 20 statements imported, the credits
 * still to handle (nothing matched, or more than was due), and the last 50 reminders mailed.
 */
export async function loader(args: Route.LoaderArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const groupId = staff.group.id;
	const [settings, statements, movements, reminders] = await Promise.all([
		db
			.selectFrom("billing_settings")
			.select(["iban", "reminder_days"])
			.where("group_id", "=", groupId)
			.executeTakeFirst(),
		db
			.selectFrom("bank_statements")
			.select((eb) => [
				"bank_statements.id",
				"bank_statements.account",
				"bank_statements.statement_number",
				"bank_statements.statement_date",
				"bank_statements.file_name",
				"bank_statements.imported_at",
				eb
					.selectFrom("bank_movements")
					.select(eb.fn.countAll<number>().as("count"))
					.whereRef("bank_movements.statement_id", "=", "bank_statements.id")
					.as("movements"),
			])
			.where("bank_statements.group_id", "=", groupId)
			.orderBy("bank_statements.imported_at", "desc")
			.orderBy("bank_statements.statement_date", "desc")
			.limit(20)
			.execute(),
		db
			.selectFrom("bank_movements")
			.select([
				"id",
				"value_date",
				"amount_cents",
				"unallocated_cents",
				"status",
				"structured_communication",
				"communication",
				"counterparty_name",
				"counterparty_account",
			])
			.where("group_id", "=", groupId)
			.where("status", "in", ["unmatched", "partly_matched"])
			.where("unallocated_cents", ">", 0)
			.orderBy("value_date")
			.orderBy("id")
			.limit(MOVEMENTS_SHOWN)
			.execute(),
		db
			.selectFrom("invoice_reminders")
			.innerJoin("invoices", "invoices.id", "invoice_reminders.invoice_id")
			.select([
				"invoice_reminders.id",
				"invoice_reminders.sent_at",
				"invoice_reminders.due_cents",
				"invoices.year",
				"invoices.number",
				"invoices.debtor_name",
			])
			.where("invoices.group_id", "=", groupId)
			.orderBy("invoice_reminders.sent_at", "desc")
			.limit(50)
			.execute(),
	]);
	return {
		group: staff.group,
		reminderDays: settings?.reminder_days ?? null,
		statements: statements.map((statement) => ({ ...statement, movements: Number(statement.movements) })),
		movements,
		reminders: reminders.map(({ year, number, ...reminder }) => ({
			...reminder,
			number: year && number ? invoiceNumberLabel(year, number) : "",
		})),
		constraints: { importCoda: formConstraint(importCodaSchema), matchMovement: formConstraint(matchMovementSchema) },
	};
}

/**
 * Text of an uploaded CODA file: banks write it in UTF-8 or Latin-1 (ISO 8859-1); null for a
 * file that is no text (NUL bytes: an image, a PDF).
 */
async function textOf(file: File): Promise<string | null> {
	const bytes = new Uint8Array(await file.arrayBuffer());
	if (bytes.includes(0)) return null;
	try {
		return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
	} catch {
		return new TextDecoder("latin1").decode(bytes);
	}
}

/** Import a CODA file, assign a movement to an invoice, or ignore it, by `intent` (group admins). */
export async function action(args: Route.ActionArgs) {
	const staff = await requireStaff(args.request, args.context, args.params.groupId);
	requireGroupAdmin(staff);
	const db = getDb();
	const address = `/staff/${staff.group.id}/billing/payments`;
	const formData = await readForm(args.request);
	switch (formData.get("intent")) {
		case paymentIntents.import: {
			// The refusal's values (the reader's reason, the account…) go back with the messages.
			let values: Record<string, string> | undefined;
			const reply = await handleForm({
				request: args.request,
				formData,
				schema: importCodaSchema,
				hideFields: ["file"],
				run: async ({ file }) => {
					const text = await textOf(file);
					if (text === null)
						throw new AppError("VALIDATION", { fieldErrors: { file: ["billing.staff.payments.fileNotText"] } });
					try {
						const result = await importCodaStatement({ db, actor: staff.actor, fileName: file.name, text });
						return redirectWithFlash(address, {
							message: "billing.staff.payments.imported",
							values: {
								statement: result.statements.map((statement) => statement.number).join(", "),
								matched: String(result.matched),
								unmatched: String(result.toHandle),
							},
						});
					} catch (error) {
						if (error instanceof StatementRefusal) values = error.values;
						throw error;
					}
				},
			});
			if (reply instanceof Response || !values) return reply;
			return data({ ...reply.data, values }, reply.init ?? undefined);
		}
		case paymentIntents.match:
			return handleForm({
				request: args.request,
				formData,
				schema: matchMovementSchema,
				run: async (input) => {
					const { allocatedCents, number } = await matchMovement({
						db,
						actor: staff.actor,
						movementId: input.movementId,
						invoiceNumber: input.invoiceNumber,
					});
					return redirectWithFlash(address, {
						message: "billing.staff.payments.matched",
						values: { number, amount: formatMoney(allocatedCents, getLanguage(args.context)) },
					});
				},
			});
		case paymentIntents.ignore:
			return handleForm({
				request: args.request,
				formData,
				schema: ignoreMovementSchema,
				run: async (input) => {
					await ignoreMovement({ db, actor: staff.actor, movementId: input.movementId });
					return redirectWithFlash(address, { message: "billing.staff.payments.ignored" });
				},
			});
		default:
			throw data(null, { status: 400 });
	}
}
