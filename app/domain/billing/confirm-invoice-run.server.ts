import { sql } from "kysely";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import { appLink } from "#app/domain/accounts/links.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { addDays, dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { type CreditorSnapshot, invoiceNumberLabel } from "./invoice-format.ts";
import { formatStructuredCommunication, structuredCommunicationFor } from "./structured-communication.ts";

/**
 * Takes `count` consecutive invoice numbers of a group's year in the caller's transaction and
 * returns the first. The row is created at the year's first invoice; the increment locks it, so
 * two confirmations at once wait for each other and numbers have neither gaps nor duplicates
 * (Royal Decree n° 1 on VAT, art. 5: invoices numbered in one continuous sequence). A
 * transaction that rolls back gives its numbers back.
 */
export async function takeInvoiceNumbers(trx: Database, groupId: string, year: number, count: number): Promise<number> {
	const row = await trx
		.insertInto("invoice_numbers")
		.values({ group_id: groupId, year, next_number: 1 + count })
		.onConflict((conflict) =>
			conflict
				.columns(["group_id", "year"])
				.doUpdateSet({ next_number: sql<number>`invoice_numbers.next_number + ${count}` }),
		)
		.returning("next_number")
		.executeTakeFirstOrThrow();
	return row.next_number - count;
}

/** Takes `count` serials for structured communications of the group; returns the first. */
async function takeCommunicationSerials(trx: Database, groupId: string, count: number): Promise<number> {
	const row = await trx
		.updateTable("billing_settings")
		.set({ next_communication_serial: sql<number>`next_communication_serial + ${count}` })
		.where("group_id", "=", groupId)
		.returning("next_communication_serial")
		.executeTakeFirstOrThrow();
	return row.next_communication_serial - count;
}

/**
 * The group's run, locked until the end of the transaction, while it is still a draft.
 * @throws AppError NOT_FOUND (no such run in the group); CONFLICT `billing.staff.runs.notDraft`
 *   (confirmed or discarded already, e.g. in another tab).
 */
async function lockDraftRun(trx: Database, groupId: string, runId: string): Promise<{ id: string }> {
	const run = await forUpdate(
		trx,
		trx.selectFrom("invoice_runs").select(["id", "status"]).where("id", "=", runId).where("group_id", "=", groupId),
	).executeTakeFirst();
	if (!run) throw new AppError("NOT_FOUND");
	if (run.status !== "draft")
		throw new AppError("CONFLICT", { fieldErrors: { form: ["billing.staff.runs.notDraft"] } });
	return run;
}

/**
 * Issues the draft invoices of a run (group admins only): each gets, in this transaction, the
 * next number of the group's year (ordered by debtor name), a unique structured communication,
 * today's date in Brussels, its due date (`payment_days` later), a copy of the creditor's data,
 * and the state `open`; its debtor is mailed (outbox) in the invoice's language.
 *
 * @throws AppError FORBIDDEN (not a group admin); NOT_FOUND (no such run in the actor's group);
 *   CONFLICT `billing.staff.runs.notDraft` (confirmed or discarded already, e.g. in another tab).
 */
export async function confirmInvoiceRun(options: {
	db: Database;
	actor: StaffActor;
	runId: string;
}): Promise<{ invoiceCount: number; totalCents: number }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	return withTransaction(db, async (trx) => {
		const run = await lockDraftRun(trx, groupId, options.runId);
		const settings = await trx
			.selectFrom("billing_settings")
			.innerJoin("groups", "groups.id", "billing_settings.group_id")
			.selectAll("billing_settings")
			.select("groups.name as group_name")
			.where("group_id", "=", groupId)
			.executeTakeFirstOrThrow();
		const drafts = await trx
			.selectFrom("invoices")
			.innerJoin("users", "users.id", "invoices.debtor_user_id")
			.select(["invoices.id", "invoices.total_cents", "invoices.language", "users.email", "users.first_name"])
			.where("invoices.run_id", "=", run.id)
			.where("invoices.status", "=", "draft")
			.orderBy("invoices.debtor_name")
			.orderBy("invoices.id")
			.execute();
		const at = nowIso();
		const issuedOn = dateInBrussels();
		const year = Number(issuedOn.slice(0, 4));
		const dueOn = addDays(issuedOn, settings.payment_days);
		const creditor: CreditorSnapshot = {
			groupName: settings.group_name,
			legalName: settings.legal_name,
			street: settings.street,
			postalCode: settings.postal_code,
			locality: settings.locality,
			companyNumber: settings.company_number,
			iban: settings.iban,
			bic: settings.bic,
		};
		const firstNumber = drafts.length > 0 ? await takeInvoiceNumbers(trx, groupId, year, drafts.length) : 0;
		const firstSerial = drafts.length > 0 ? await takeCommunicationSerials(trx, groupId, drafts.length) : 0;
		let index = 0;
		for (const draft of drafts) {
			const number = firstNumber + index;
			const communication = structuredCommunicationFor({
				prefix3: settings.communication_prefix,
				sequence: firstSerial + index,
			});
			index += 1;
			await trx
				.updateTable("invoices")
				.set({
					status: "open",
					year,
					number,
					structured_communication: communication,
					issued_on: issuedOn,
					due_on: dueOn,
					creditor: JSON.stringify(creditor),
					updated_at: at,
				})
				.where("id", "=", draft.id)
				.execute();
			const language = isLanguage(draft.language) ? draft.language : "fr";
			await enqueueMail(trx, {
				to: draft.email,
				language,
				template: "billing.invoice-issued",
				data: {
					firstName: draft.first_name,
					groupName: settings.group_name,
					number: invoiceNumberLabel(year, number),
					amount: formatMoney(draft.total_cents, language),
					dueOn: formatDate(dueOn, language),
					communication: formatStructuredCommunication(communication),
					iban: settings.iban,
					url: appLink(`/invoices/${draft.id}`),
				},
			});
		}
		await trx
			.updateTable("invoice_runs")
			.set({ status: "confirmed", confirmed_by_user_id: actor.userId, confirmed_at: at })
			.where("id", "=", run.id)
			.execute();
		const totalCents = drafts.reduce((sum, draft) => sum + draft.total_cents, 0);
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.run_confirmed",
			targetType: "invoice_run",
			targetId: run.id,
			ipAddress: actor.ipAddress,
			details: { invoices: drafts.length, amountCents: totalCents },
		});
		return { invoiceCount: drafts.length, totalCents };
	});
}

/**
 * Discards a draft run (group admins only): its draft invoices and their lines are deleted, which
 * frees every source they billed for a later run. Nothing had a number yet, so nothing is lost.
 *
 * @throws AppError FORBIDDEN; NOT_FOUND; CONFLICT `billing.staff.runs.notDraft`.
 */
export async function discardInvoiceRun(options: { db: Database; actor: StaffActor; runId: string }): Promise<void> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const groupId = actor.access.groupId;
	await withTransaction(db, async (trx) => {
		const run = await lockDraftRun(trx, groupId, options.runId);
		const invoiceIds = trx.selectFrom("invoices").select("id").where("run_id", "=", run.id);
		const lineIds = trx.selectFrom("invoice_lines").select("id").where("invoice_id", "in", invoiceIds);
		await trx.deleteFrom("billed_sources").where("invoice_line_id", "in", lineIds).execute();
		await trx.deleteFrom("invoice_lines").where("invoice_id", "in", invoiceIds).execute();
		await trx.deleteFrom("invoices").where("run_id", "=", run.id).execute();
		await trx.updateTable("invoice_runs").set({ status: "discarded" }).where("id", "=", run.id).execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.run_discarded",
			targetType: "invoice_run",
			targetId: run.id,
			ipAddress: actor.ipAddress,
		});
	});
}
