import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdateSkipLocked } from "#app/db/dialect.server.ts";
import { appLink } from "#app/domain/accounts/links.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { addDays, dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Logger } from "#app/infra/logger.server.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { startPoller } from "#app/infra/mail/poller.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { creditorOf, invoiceNumberLabel } from "./invoice-format.ts";
import { formatStructuredCommunication } from "./structured-communication.ts";

/** How often each app server looks for invoices to remind. */
export const REMINDER_INTERVAL_MS = 60 * 60 * 1000;

/**
 * Mails one reminder for each issued invoice still owing (`open` or `partly_paid`) whose due
 * date plus the group's `reminder_days` is before `today` (Brussels date), and that was never
 * reminded: in the debtor's language of the invoice, through the outbox, with what is still
 * due; recorded in `invoice_reminders` and audited (`billing.reminder_sent`, no actor).
 *
 * Exactly once per invoice with several app servers: each invoice is handled in its own
 * transaction that first locks its row (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so another
 * server skips it; SQLite: one writer at a time) and then looks for a reminder again.
 *
 * @returns how many reminders were sent.
 */
export async function sendDueReminders(options: { db: Database; today: string }): Promise<{ sent: number }> {
	const { db, today } = options;
	const candidates = await db
		.selectFrom("invoices")
		.innerJoin("billing_settings", "billing_settings.group_id", "invoices.group_id")
		.select(["invoices.id", "invoices.due_on", "billing_settings.reminder_days"])
		.where("invoices.kind", "=", "invoice")
		.where("invoices.status", "in", ["open", "partly_paid"])
		.where("invoices.due_on", "<", today)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom("invoice_reminders")
						.select("invoice_reminders.id")
						.whereRef("invoice_reminders.invoice_id", "=", "invoices.id"),
				),
			),
		)
		.orderBy("invoices.due_on")
		.execute();
	let sent = 0;
	for (const candidate of candidates) {
		if (!candidate.due_on || addDays(candidate.due_on, candidate.reminder_days) >= today) continue;
		if (await remind(db, candidate.id)) sent += 1;
	}
	if (sent > 0) wakeMailSender();
	return { sent };
}

/** Reminds one invoice if it still needs it; false when another server holds it or did it. */
async function remind(db: Database, invoiceId: string): Promise<boolean> {
	return withTransaction(db, async (trx) => {
		const invoice = await forUpdateSkipLocked(
			trx,
			trx
				.selectFrom("invoices")
				.select([
					"id",
					"group_id",
					"status",
					"debtor_user_id",
					"language",
					"year",
					"number",
					"structured_communication",
					"due_on",
					"total_cents",
					"paid_cents",
					"creditor",
				])
				.where("id", "=", invoiceId),
		).executeTakeFirst();
		if (!invoice || !(invoice.status === "open" || invoice.status === "partly_paid")) return false;
		if (!invoice.year || !invoice.number || !invoice.due_on || !invoice.structured_communication) return false;
		const reminded = await trx
			.selectFrom("invoice_reminders")
			.select("id")
			.where("invoice_id", "=", invoice.id)
			.executeTakeFirst();
		if (reminded) return false;
		const debtor = await trx
			.selectFrom("users")
			.select(["email", "first_name"])
			.where("id", "=", invoice.debtor_user_id)
			.executeTakeFirstOrThrow();
		const dueCents = invoice.total_cents - invoice.paid_cents;
		const language = isLanguage(invoice.language) ? invoice.language : "fr";
		const creditor = creditorOf(invoice.creditor);
		const number = invoiceNumberLabel(invoice.year, invoice.number);
		await enqueueMail(trx, {
			to: debtor.email,
			language,
			template: "billing.invoice-reminder",
			data: {
				firstName: debtor.first_name,
				groupName: creditor.groupName,
				number,
				amount: formatMoney(dueCents, language),
				dueOn: formatDate(invoice.due_on, language),
				communication: formatStructuredCommunication(invoice.structured_communication),
				iban: creditor.iban,
				url: appLink(`/invoices/${invoice.id}`),
			},
		});
		await trx
			.insertInto("invoice_reminders")
			.values({ id: newId(), invoice_id: invoice.id, sent_at: nowIso(), due_cents: dueCents })
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: null,
			groupId: invoice.group_id,
			action: "billing.reminder_sent",
			targetType: "invoice",
			targetId: invoice.id,
			details: { number, amountCents: dueCents },
		});
		return true;
	});
}

/**
 * Looks for invoices to remind at start and then every hour, on each app server (the claims
 * above keep them from reminding twice). `stop()` waits for the round in flight.
 */
export function startInvoiceReminders(options: { db: Database; log: Logger }): { stop(): Promise<void> } {
	const log = options.log.child({ component: "billing-reminders" });
	const poller = startPoller({
		job: async () => {
			const { sent } = await sendDueReminders({ db: options.db, today: dateInBrussels() });
			if (sent > 0) log.info({ sent }, "invoice reminders sent");
		},
		intervalMs: REMINDER_INTERVAL_MS,
		onError: (error) => log.error({ err: error }, "invoice reminders failed"),
	});
	return { stop: () => poller.stop() };
}
