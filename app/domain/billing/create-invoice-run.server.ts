import type { TFunction } from "i18next";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate, isUniqueViolation } from "#app/db/dialect.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { localizedText } from "#app/domain/offers/staff-translations.ts";
import { nowIso } from "#app/infra/clock.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { newId } from "#app/infra/ids.ts";
import { isLanguage, type Language } from "#app/locales/languages.ts";
import { parseInput } from "../validation.ts";
import {
	type BillingScope,
	childrenWithGuardians,
	debtorsOf,
	mealsToReverse,
	registrationsToReverse,
	unbilledAdjustments,
	unbilledMeals,
	unbilledRegistrations,
} from "./billable.repository.server.ts";
import { type BillableItem, type DraftInvoice, draftInvoices } from "./invoice-drafts.ts";
import { type InvoiceRunInput, invoiceRunSchema } from "./invoice-run-input.ts";

/** What a run could not bill, or bills with a gap the staff should see before confirming. */
export type RunAnomaly =
	| { kind: "no_guardian"; childId: string; childName: string }
	| { kind: "no_address"; debtorName: string }
	| { kind: "not_positive"; debtorName: string; totalCents: number };

/**
 * Starts an invoice run of the actor's group (group admins only): bills, as draft invoices, one
 * per debtor guardian, everything due in the scope and not billed yet — accepted registrations
 * (participation, and extended care apart), meals booked, manual adjustments, and reversals of
 * what was billed and cancelled since. Each source is linked to its line in `billed_sources`, so
 * nothing is billed twice. The drafts have no number yet: `confirmInvoiceRun` gives them one,
 * `discardInvoiceRun` frees their sources. One draft run per group at a time.
 *
 * Line descriptions are written in the debtor's language. The debtor of a child is the
 * guardian chosen on the dossier (`children.debtor_user_id`) while still a guardian, else the
 * guardian linked first (decision 034).
 *
 * @throws AppError FORBIDDEN (not a group admin); VALIDATION (`invoiceRunSchema`, or
 *   `form: billing.staff.runs.noSettings` before the group's billing settings exist, `offerId:
 *   billing.staff.runs.unknownOffer`); CONFLICT `billing.staff.runs.draftExists` while a draft run is open.
 */
export async function createInvoiceRun(options: {
	db: Database;
	actor: StaffActor;
	input: InvoiceRunInput;
}): Promise<{ runId: string; invoiceCount: number; totalCents: number; anomalies: RunAnomaly[] }> {
	const { db, actor } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	const input = parseInput(invoiceRunSchema, options.input);
	const groupId = actor.access.groupId;
	try {
		return await withTransaction(db, async (trx) => {
			// The settings row serialises the group's runs (PostgreSQL; SQLite's BEGIN IMMEDIATE already does).
			const settings = await forUpdate(
				trx,
				trx.selectFrom("billing_settings").select("group_id").where("group_id", "=", groupId),
			).executeTakeFirst();
			if (!settings) throw new AppError("VALIDATION", { fieldErrors: { form: ["billing.staff.runs.noSettings"] } });
			const draft = await trx
				.selectFrom("invoice_runs")
				.select("id")
				.where("group_id", "=", groupId)
				.where("status", "=", "draft")
				.executeTakeFirst();
			if (draft) throw new AppError("CONFLICT", { fieldErrors: { form: ["billing.staff.runs.draftExists"] } });
			if (input.offerId) {
				const offer = await trx
					.selectFrom("offers")
					.select("id")
					.where("id", "=", input.offerId)
					.where("group_id", "=", groupId)
					.executeTakeFirst();
				if (!offer) throw new AppError("VALIDATION", { fieldErrors: { offerId: ["billing.staff.runs.unknownOffer"] } });
			}
			const scope: BillingScope = { groupId, from: input.from, to: input.to, offerId: input.offerId ?? null };
			const { items, anomalies } = await billableItems(trx, scope);
			const { invoices, notBilled } = draftInvoices(items);
			const debtors = new Map(
				(
					await debtorsOf(
						trx,
						[...invoices, ...notBilled].map((invoice) => invoice.debtorUserId),
					)
				).map((debtor) => [debtor.id, debtor]),
			);
			const nameOf = (userId: string) => {
				const debtor = debtors.get(userId);
				return debtor ? `${debtor.last_name.toUpperCase()} ${debtor.first_name}`.trim() : "";
			};
			for (const invoice of notBilled)
				anomalies.push({
					kind: "not_positive",
					debtorName: nameOf(invoice.debtorUserId),
					totalCents: invoice.totalCents,
				});

			const at = nowIso();
			const runId = newId();
			for (const invoice of invoices) {
				const debtor = debtors.get(invoice.debtorUserId);
				if (!debtor?.street) anomalies.push({ kind: "no_address", debtorName: nameOf(invoice.debtorUserId) });
			}
			await trx
				.insertInto("invoice_runs")
				.values({
					id: runId,
					group_id: groupId,
					period_from: input.from,
					period_to: input.to,
					offer_id: input.offerId ?? null,
					status: "draft",
					anomalies: JSON.stringify(anomalies),
					created_by_user_id: actor.userId,
					created_at: at,
					confirmed_by_user_id: null,
					confirmed_at: null,
				})
				.execute();
			for (const invoice of invoices) {
				const debtor = debtors.get(invoice.debtorUserId);
				await insertDraftInvoice(trx, {
					groupId,
					runId,
					invoice,
					debtorName: debtor ? `${debtor.first_name} ${debtor.last_name}`.trim() : "",
					debtorAddress: debtor ? postalAddress(debtor) : "",
					language: languageOf(debtor?.language),
					at,
				});
			}
			const totalCents = invoices.reduce((sum, invoice) => sum + invoice.totalCents, 0);
			await recordAuditEvent(trx, {
				actorUserId: actor.userId,
				groupId,
				action: "billing.run_created",
				targetType: "invoice_run",
				targetId: runId,
				ipAddress: actor.ipAddress,
				details: { startsOn: input.from, endsOn: input.to, invoices: invoices.length, amountCents: totalCents },
			});
			return { runId, invoiceCount: invoices.length, totalCents, anomalies };
		});
	} catch (error) {
		// Two admins starting a run at the same instant on PostgreSQL: the second one waits on the
		// settings row, then finds the draft; a unique key breaking here still means the same.
		if (isUniqueViolation(error))
			throw new AppError("CONFLICT", { fieldErrors: { form: ["billing.staff.runs.draftExists"] } });
		throw error;
	}
}

function languageOf(value: string | null | undefined): Language {
	return value && isLanguage(value) ? value : "fr";
}

/** The lines of a Belgian postal address: street and number, postal code and locality, country abroad. */
function postalAddress(debtor: {
	street: string | null;
	house_number: string | null;
	postal_code: string | null;
	locality: string | null;
	country: string | null;
}): string {
	if (!debtor.street) return "";
	const lines = [
		`${debtor.street} ${debtor.house_number ?? ""}`.trim(),
		`${debtor.postal_code ?? ""} ${debtor.locality ?? ""}`.trim(),
	];
	if (debtor.country && debtor.country !== "BE") lines.push(debtor.country);
	return lines.join("\n");
}

async function insertDraftInvoice(
	trx: Database,
	options: {
		groupId: string;
		runId: string;
		invoice: DraftInvoice;
		debtorName: string;
		debtorAddress: string;
		language: Language;
		at: string;
	},
): Promise<void> {
	const invoiceId = newId();
	await trx
		.insertInto("invoices")
		.values({
			id: invoiceId,
			group_id: options.groupId,
			run_id: options.runId,
			kind: "invoice",
			credit_note_for_invoice_id: null,
			debtor_user_id: options.invoice.debtorUserId,
			debtor_name: options.debtorName,
			debtor_address: options.debtorAddress,
			language: options.language,
			status: "draft",
			year: null,
			number: null,
			structured_communication: null,
			issued_on: null,
			due_on: null,
			total_cents: options.invoice.totalCents,
			creditor: "{}",
			cancelled_at: null,
			cancelled_by_user_id: null,
			created_at: options.at,
			updated_at: options.at,
		})
		.execute();
	let position = 0;
	for (const line of options.invoice.lines) {
		position += 1;
		const lineId = newId();
		await trx
			.insertInto("invoice_lines")
			.values({
				id: lineId,
				invoice_id: invoiceId,
				position,
				child_id: line.childId,
				source_kind: line.kind,
				description: line.description,
				service_from: line.serviceFrom,
				service_to: line.serviceTo,
				quantity: line.quantity,
				unit_price_cents: line.unitPriceCents,
				amount_cents: line.amountCents,
				childcare: line.childcare,
			})
			.execute();
		await trx
			.insertInto("billed_sources")
			.values(
				line.sourceIds.map((sourceId) => ({ source_kind: line.kind, source_id: sourceId, invoice_line_id: lineId })),
			)
			.execute();
	}
}

/**
 * Everything billable in the scope, as items for `draftInvoices`, each described in its
 * debtor's language; children without a guardian are anomalies and stay unbilled.
 */
async function billableItems(
	trx: Database,
	scope: BillingScope,
): Promise<{ items: BillableItem[]; anomalies: RunAnomaly[] }> {
	const [registrations, meals, adjustments, reversedRegistrations, reversedMeals] = await Promise.all([
		unbilledRegistrations(trx, scope),
		unbilledMeals(trx, scope),
		unbilledAdjustments(trx, scope),
		registrationsToReverse(trx, scope),
		mealsToReverse(trx, scope),
	]);
	const childIds = new Set<string>();
	for (const rows of [registrations, meals, adjustments, reversedRegistrations, reversedMeals])
		for (const row of rows) childIds.add(row.child_id);
	const children = new Map((await childrenWithGuardians(trx, [...childIds])).map((child) => [child.id, child]));
	const debtorIds = new Set<string>();
	const debtorOfChild = new Map<string, string>();
	const anomalies: RunAnomaly[] = [];
	for (const child of children.values()) {
		const debtor =
			child.debtor_user_id && child.guardianIds.includes(child.debtor_user_id)
				? child.debtor_user_id
				: child.guardianIds[0];
		if (debtor) {
			debtorOfChild.set(child.id, debtor);
			debtorIds.add(debtor);
		} else
			anomalies.push({
				kind: "no_guardian",
				childId: child.id,
				childName: `${child.last_name.toUpperCase()} ${child.first_name}`.trim(),
			});
	}
	const languages = new Map(
		(await debtorsOf(trx, [...debtorIds])).map((debtor) => [debtor.id, languageOf(debtor.language)]),
	);
	const items: BillableItem[] = [];
	const add = (
		childId: string,
		item: (t: TFunction, language: Language) => Omit<BillableItem, "debtorUserId" | "childId" | "childName">,
	) => {
		const debtorUserId = debtorOfChild.get(childId);
		const child = children.get(childId);
		if (!debtorUserId || !child) return;
		const language = languages.get(debtorUserId) ?? "fr";
		const made = item(translatorFor(language), language);
		if (made.unitPriceCents === 0) return;
		items.push({
			...made,
			debtorUserId,
			childId,
			childName: `${child.last_name.toUpperCase()} ${child.first_name}`.trim(),
		});
	};
	// The dates go in the line's period column; the description names the offer.
	const offerLine = (row: { offer_day: string | null; first_day: string; last_day: string }, title: string) => ({
		serviceFrom: row.offer_day ?? row.first_day,
		serviceTo: row.offer_day ?? row.last_day,
		title,
	});
	for (const row of registrations) {
		if (row.bill_participation)
			add(row.child_id, (t, language) => {
				const line = offerLine(row, localizedText(row, "title", language));
				return {
					kind: "registration",
					sourceId: row.id,
					groupKey: null,
					description: t("billing.lines.registration", line),
					serviceFrom: line.serviceFrom,
					serviceTo: line.serviceTo,
					unitPriceCents: row.price_cents,
					childcare: true,
				};
			});
		if (row.bill_care && row.with_care && row.care_price_cents)
			add(row.child_id, (t, language) => {
				const line = offerLine(row, localizedText(row, "title", language));
				return {
					kind: "care",
					sourceId: row.id,
					groupKey: null,
					description: t("billing.lines.care", line),
					serviceFrom: line.serviceFrom,
					serviceTo: line.serviceTo,
					unitPriceCents: row.care_price_cents ?? 0,
					childcare: true,
				};
			});
	}
	for (const row of reversedRegistrations)
		add(row.child_id, (t, language) => {
			const line = offerLine(row, localizedText(row, "title", language));
			const care = row.source_kind === "care";
			return {
				kind: care ? "care_reversal" : "registration_reversal",
				sourceId: row.id,
				groupKey: null,
				description: t(care ? "billing.lines.careReversal" : "billing.lines.registrationReversal", line),
				serviceFrom: line.serviceFrom,
				serviceTo: line.serviceTo,
				unitPriceCents: -row.unit_price_cents,
				childcare: true,
			};
		});
	for (const row of meals)
		add(row.child_id, (t, language) => ({
			kind: "meal",
			sourceId: row.id,
			groupKey: `meal:${row.meal_offer_id}`,
			description: t("billing.lines.meal", { name: localizedText(row, "name", language) }),
			serviceFrom: row.day,
			serviceTo: row.day,
			unitPriceCents: row.price_cents,
			childcare: false,
		}));
	for (const row of reversedMeals)
		add(row.child_id, (t, language) => ({
			kind: "meal_reversal",
			sourceId: row.id,
			groupKey: `meal-reversal:${row.meal_offer_id}`,
			description: t("billing.lines.mealReversal", { name: localizedText(row, "name", language) }),
			serviceFrom: row.day,
			serviceTo: row.day,
			unitPriceCents: -row.price_cents,
			childcare: false,
		}));
	for (const row of adjustments)
		add(row.child_id, () => ({
			kind: "adjustment",
			sourceId: row.id,
			groupKey: null,
			description: row.description,
			serviceFrom: row.service_on,
			serviceTo: row.service_on,
			unitPriceCents: row.amount_cents,
			childcare: false,
		}));
	return { items, anomalies };
}
