/**
 * Invoices (issue 14 §1–5, decision 034), on SQLite and PostgreSQL: a run bills accepted
 * registrations (participation and care) and booked meals once, one invoice per debtor whose
 * lines add up to its total; numbers per group and year have no gaps or duplicates under
 * concurrency; a structured communication per invoice; cancellations after billing are reversed;
 * a credit note frees what it cancels; payments never exceed what is due; the PDF carries an
 * EPC QR code that decodes to the payload; and only the group's admins may do any of it.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import jsQR from "jsqr";
import sharp from "sharp";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { addBillingAdjustment } from "#app/domain/billing/add-adjustment.server.ts";
import { cancelInvoice } from "#app/domain/billing/cancel-invoice.server.ts";
import { confirmInvoiceRun, discardInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { invoicePaymentPayload, renderInvoiceDocument } from "#app/domain/billing/invoice-pdf.server.ts";
import {
	listInvoicesOfDebtor,
	readInvoiceForParent,
	readInvoiceForStaff,
} from "#app/domain/billing/read-invoices.server.ts";
import { recordPayment } from "#app/domain/billing/record-payment.server.ts";
import { saveChildBilling } from "#app/domain/billing/save-child-billing.server.ts";
import { isValidStructuredCommunication } from "#app/domain/billing/structured-communication.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { cancelMeals } from "#app/domain/meals/cancel-meals.server.ts";
import { createMealOffer } from "#app/domain/meals/save-meal-offer.server.ts";
import { cancelRegistration } from "#app/domain/offers/cancel-registration.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { issueInvoices, setUpBilling } from "#tests/billing-factories.ts";
import {
	createTestTenant,
	createTestUser,
	enrolTestChild,
	guardianActor,
	issueTestChildCode,
	staffActor,
} from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild, registrationsOpenAt } from "#tests/offer-factories.ts";
import { failure } from "#tests/support/app-errors.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;

afterEach(() => pinClock(undefined));

/** A tenant that bills, with a camp (85 € + care 5 €) and a child of a new family accepted with care. */
async function billedCamp() {
	const tenant = await createTestTenant();
	await setUpBilling(tenant.admin);
	pinClock(registrationsOpenAt);
	const camp = await createTestOffer(tenant);
	const child = await createReadyChild(tenant.group, { lastName: "Forius", firstName: "Nino" });
	const { registrationId } = await registerTestChild(child, camp.id, true);
	return { tenant, camp, child, registrationId };
}

const july = { from: "2027-07-01", to: "2027-07-31" };

async function linesOf(invoiceId: string) {
	return getDb()
		.selectFrom("invoice_lines")
		.select(["source_kind", "quantity", "unit_price_cents", "amount_cents", "childcare"])
		.where("invoice_id", "=", invoiceId)
		.orderBy("position")
		.execute();
}

describe("invoice runs", () => {
	it("bills participation and care once, in one invoice per debtor whose lines add up to its total", async () => {
		const { tenant, child } = await billedCamp();
		const run = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		// The test parent has no address in « Mes données »: the run says so before anything is issued.
		expect(run).toMatchObject({
			invoiceCount: 1,
			totalCents: 9000,
			anomalies: [{ kind: "no_address", debtorName: expect.stringMatching(/^TEST/) }],
		});
		const [invoice] = await getDb().selectFrom("invoices").selectAll().where("run_id", "=", run.runId).execute();
		expect(invoice).toMatchObject({
			status: "draft",
			number: null,
			debtor_user_id: child.guardian.id,
			total_cents: 9000,
		});
		const lines = await linesOf(invoice?.id ?? "");
		expect(lines.map((line) => [line.source_kind, line.amount_cents, Boolean(line.childcare)])).toEqual([
			["registration", 8500, true],
			["care", 500, true],
		]);
		expect(lines.reduce((sum, line) => sum + line.amount_cents, 0)).toBe(invoice?.total_cents);

		// One draft at a time; a second run after confirmation finds nothing left to bill.
		expect(await failure(createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july }))).toBe(
			"CONFLICT:form=billing.staff.runs.draftExists",
		);
		await confirmInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), runId: run.runId });
		const again = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		expect(again.invoiceCount).toBe(0);
	});

	it("frees what a discarded draft billed, and refuses to confirm it afterwards", async () => {
		const { tenant } = await billedCamp();
		const first = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		await discardInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), runId: first.runId });
		expect(await failure(confirmInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), runId: first.runId }))).toBe(
			"CONFLICT:form=billing.staff.runs.notDraft",
		);
		const second = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		expect(second.totalCents).toBe(9000);
	});

	it("issues numbers 1, 2, 3… per group and year, with a valid and unique structured communication each", async () => {
		const tenant = await createTestTenant();
		await setUpBilling(tenant.admin);
		pinClock(registrationsOpenAt);
		const camp = await createTestOffer(tenant, { capacity: "10" });
		for (const name of ["Alpha", "Bravo", "Charlie"]) {
			const child = await createReadyChild(tenant.group, { lastName: name });
			await registerTestChild(child, camp.id);
		}
		const issued = await issueInvoices(tenant.admin, july);
		expect(issued.invoiceCount).toBe(3);
		const invoices = await getDb()
			.selectFrom("invoices")
			.select(["year", "number", "structured_communication", "status", "issued_on", "due_on"])
			.where("group_id", "=", tenant.group.id)
			.orderBy("number")
			.execute();
		expect(invoices.map((invoice) => [invoice.year, invoice.number, invoice.status])).toEqual([
			[2027, 1, "open"],
			[2027, 2, "open"],
			[2027, 3, "open"],
		]);
		expect(invoices.every((invoice) => isValidStructuredCommunication(invoice.structured_communication ?? ""))).toBe(
			true,
		);
		expect(new Set(invoices.map((invoice) => invoice.structured_communication)).size).toBe(3);
		expect(invoices[0]).toMatchObject({ issued_on: "2027-02-01", due_on: "2027-03-03" });
	});

	it("keeps the numbers gapless when credit notes and a run are confirmed at the same moment", async () => {
		const tenant = await createTestTenant();
		await setUpBilling(tenant.admin);
		pinClock(registrationsOpenAt);
		const camp = await createTestOffer(tenant, { capacity: "10" });
		const late = await createTestOffer(tenant, { capacity: "10", firstDay: "2027-08-02", lastDay: "2027-08-06" });
		for (const name of ["Alpha", "Bravo", "Charlie", "Delta"]) {
			const child = await createReadyChild(tenant.group, { lastName: name });
			await registerTestChild(child, camp.id);
			await registerTestChild(child, late.id);
		}
		await issueInvoices(tenant.admin, july);
		const issued = await getDb().selectFrom("invoices").select("id").where("group_id", "=", tenant.group.id).execute();
		const august = await createInvoiceRun({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { from: "2027-08-01", to: "2027-08-31" },
		});
		const confirm = () => confirmInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), runId: august.runId });
		const [, confirmations] = await Promise.all([
			Promise.all(
				issued.map((invoice) =>
					cancelInvoice({ db: getDb(), actor: staffActor(tenant.admin), invoiceId: invoice.id, reason: "erreur" }),
				),
			),
			// The same run confirmed twice at once (two tabs): once only.
			Promise.allSettled([confirm(), confirm()]),
		]);
		expect(confirmations.map((outcome) => outcome.status).sort()).toEqual(["fulfilled", "rejected"]);
		const numbers = (
			await getDb().selectFrom("invoices").select("number").where("group_id", "=", tenant.group.id).execute()
		)
			.map((row) => row.number)
			.sort((a, b) => (a ?? 0) - (b ?? 0));
		expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
	});

	it("reverses a registration cancelled after it was billed, and re-bills what a credit note freed", async () => {
		const { tenant, child, registrationId } = await billedCamp();
		await issueInvoices(tenant.admin, july);
		await cancelRegistration({ db: getDb(), actor: guardianActor(child.guardian), registrationId });
		await addBillingAdjustment({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: {
				fileNumber: String(await fileNumberOf(child.id)),
				serviceOn: "2027-07-10",
				description: "Frais de dossier",
				amountCents: "1",
			},
		});
		// The refund (−90 €) outweighs the fee: nothing is invoiced, the lines wait.
		const refund = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		expect(refund.invoiceCount).toBe(0);
		expect(refund.anomalies).toEqual([expect.objectContaining({ kind: "not_positive", totalCents: -8900 })]);
		await discardInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), runId: refund.runId });

		// Cancelling the invoice by a credit note instead frees the registration's lines.
		const [invoice] = await listInvoicesOfDebtor(getDb(), { userId: child.guardian.id });
		const { creditNoteNumber } = await cancelInvoice({
			db: getDb(),
			actor: staffActor(tenant.admin),
			invoiceId: invoice?.id ?? "",
			reason: "inscription annulée",
		});
		expect(creditNoteNumber).toBe("2027/00002");
		const afterCredit = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		// The cancelled registration is not billed again; only the fee is.
		expect(afterCredit).toMatchObject({ invoiceCount: 1, totalCents: 100 });
		const family = await listInvoicesOfDebtor(getDb(), { userId: child.guardian.id });
		expect(family.map((row) => [row.kind, row.status, row.totalCents])).toEqual(
			expect.arrayContaining([
				["invoice", "cancelled", 9000],
				["credit_note", "paid", -9000],
			]),
		);
	});

	it("bills booked meals as one line per meal and price, and gives back a meal credited after billing", async () => {
		const tenant = await createTestTenant();
		await setUpBilling(tenant.admin);
		const child = await createReadyChild(tenant.group, { lastName: "Forius" });
		await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
		const { mealOfferId } = await createMealOffer({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: {
				name: "Repas chaud",
				houseIds: [tenant.firstHouse.id],
				priceCents: 350,
				validFrom: "2026-09-01",
				bookingKind: "weekday-before",
				bookingWeekday: 4,
				bookingTime: "12:00",
				cancelKind: "working-days-before",
				cancelDays: 2,
				cancelTime: "10:00",
				sickUntil: "09:00",
			},
		});
		pinClock("2027-01-05T08:00:00Z");
		const days = ["2027-01-11", "2027-01-12", "2027-01-14"];
		await bookMeals({ db: getDb(), actor: guardianActor(child.guardian), childId: child.id, mealOfferId, days });
		const january = { from: "2027-01-01", to: "2027-01-31" };
		pinClock("2027-01-10T08:00:00Z");
		const issued = await issueInvoices(tenant.admin, january);
		expect(issued.totalCents).toBe(1050);
		const [invoice] = await listInvoicesOfDebtor(getDb(), { userId: child.guardian.id });
		expect(
			(await linesOf(invoice?.id ?? "")).map((line) => [line.source_kind, line.quantity, line.amount_cents]),
		).toEqual([["meal", 3, 1050]]);
		// Sick on the morning of the 14th: credited, so the next run gives it back.
		pinClock("2027-01-14T07:00:00Z");
		await cancelMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId,
			days: ["2027-01-14"],
			sick: true,
		});
		await bookMeals({
			db: getDb(),
			actor: guardianActor(child.guardian),
			childId: child.id,
			mealOfferId,
			days: ["2027-01-25", "2027-01-26"],
		});
		const next = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: january });
		expect(next.totalCents).toBe(350);
	});
});

async function fileNumberOf(childId: string): Promise<number> {
	const row = await getDb()
		.selectFrom("children")
		.select("file_number")
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
	return row.file_number;
}

describe("the debtor", () => {
	it("is the guardian staff chose, else the one linked first; someone else is refused", async () => {
		const { tenant, child } = await billedCamp();
		const other = await createTestUser();
		const { code } = await issueTestChildCode(child.id, tenant.admin);
		await addChildByCode({
			db: getDb(),
			actor: { userId: other.id, ipAddress: "10.1.2.3" },
			input: { groupCode: tenant.group.code, childCode: code },
		});
		const stranger = await createTestUser();
		const save = (debtorUserId: string, actor = tenant.admin) =>
			saveChildBilling({ db: getDb(), actor: staffActor(actor), childId: child.id, input: { debtorUserId } });
		expect(await failure(save(stranger.id))).toBe("VALIDATION:debtorUserId=billing.validation.notGuardian");
		expect(await failure(save(other.id, tenant.manager))).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
		await save(other.id);
		const run = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		const [draft] = await getDb()
			.selectFrom("invoices")
			.select("debtor_user_id")
			.where("run_id", "=", run.runId)
			.execute();
		expect(draft?.debtor_user_id).toBe(other.id);
	});
});

describe("payments and documents", () => {
	it("records partial payments up to the total, then « payée », never more than what is due", async () => {
		const { tenant, child } = await billedCamp();
		await issueInvoices(tenant.admin, july);
		const [invoice] = await listInvoicesOfDebtor(getDb(), { userId: child.guardian.id });
		const invoiceId = invoice?.id ?? "";
		const pay = (amount: string) =>
			recordPayment({
				db: getDb(),
				actor: staffActor(tenant.admin),
				invoiceId,
				input: { amountCents: amount, receivedOn: "2027-02-02", method: "cash" },
			});
		await pay("40");
		expect(await failure(pay("50,01"))).toBe("VALIDATION:amount=billing.staff.invoices.paymentTooMuch");
		expect((await readInvoiceForParent(getDb(), { userId: child.guardian.id, invoiceId })).status).toBe("partly_paid");
		await pay("50");
		const paid = await readInvoiceForParent(getDb(), { userId: child.guardian.id, invoiceId });
		expect(paid).toMatchObject({ status: "paid", paidCents: 9000, dueCents: 0 });
		expect(await failure(pay("1"))).toBe("VALIDATION:form=billing.staff.invoices.notPayable");
		expect(await failure(cancelInvoice({ db: getDb(), actor: staffActor(tenant.admin), invoiceId, reason: "" }))).toBe(
			"CONFLICT:form=billing.staff.invoices.cannotCancel",
		);
	});

	it("prints the invoice with an EPC QR code that decodes to the amount due and the structured communication", async () => {
		const { tenant, child } = await billedCamp();
		await issueInvoices(tenant.admin, july);
		const [summary] = await listInvoicesOfDebtor(getDb(), { userId: child.guardian.id });
		const invoice = await readInvoiceForParent(getDb(), { userId: child.guardian.id, invoiceId: summary?.id ?? "" });
		const pdf = await renderInvoiceDocument(invoice);
		const directory = fs.mkdtempSync(path.join(os.tmpdir(), "invoice-"));
		const file = path.join(directory, "invoice.pdf");
		fs.writeFileSync(file, pdf);
		const text = execFileSync("pdftotext", ["-layout", file, "-"]).toString();
		expect(text).toContain("Facture 2027/00001");
		expect(text).toContain(`+++${invoice.structuredCommunication?.slice(0, 3)}/`);
		expect(text).toContain("BE68 5390 0754 7034");
		expect(text).toContain("90,00");
		execFileSync("pdftoppm", ["-r", "150", "-png", "-singlefile", file, path.join(directory, "page")]);
		const { data, info } = await sharp(path.join(directory, "page.png"))
			.ensureAlpha()
			.raw()
			.toBuffer({ resolveWithObject: true });
		const decoded = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
		const payload = invoicePaymentPayload(invoice);
		expect(decoded?.data).toBe(payload);
		expect(payload?.split("\n").slice(0, 3)).toEqual(["BCD", "002", "1"]);
		expect(payload).toContain("EUR90.00");
		expect(payload).toContain(invoice.structuredCommunication);
	});
});

describe("who may bill", () => {
	let tenant: Tenant;
	let other: Tenant;
	beforeAll(async () => {
		tenant = await createTestTenant();
		other = await createTestTenant();
		await setUpBilling(tenant.admin);
	});

	it("refuses house managers and readers, and another group's admin finds nothing", async () => {
		for (const member of [tenant.manager, tenant.reader])
			expect(await failure(createInvoiceRun({ db: getDb(), actor: staffActor(member), input: july }))).toBe(
				"FORBIDDEN",
			);
		const run = await createInvoiceRun({ db: getDb(), actor: staffActor(tenant.admin), input: july });
		expect(await failure(confirmInvoiceRun({ db: getDb(), actor: staffActor(other.admin), runId: run.runId }))).toBe(
			"NOT_FOUND",
		);
		expect(await failure(discardInvoiceRun({ db: getDb(), actor: staffActor(other.admin), runId: run.runId }))).toBe(
			"NOT_FOUND",
		);
		expect(await failure(createInvoiceRun({ db: getDb(), actor: staffActor(other.admin), input: july }))).toBe(
			"VALIDATION:form=billing.staff.runs.noSettings",
		);
	});

	it("shows an invoice to its debtor only, never to another parent or another group's staff", async () => {
		const { tenant: billing, child } = await billedCamp();
		await issueInvoices(billing.admin, july);
		const [invoice] = await listInvoicesOfDebtor(getDb(), { userId: child.guardian.id });
		const invoiceId = invoice?.id ?? "";
		const stranger = await createReadyChild(billing.group);
		expect(await failure(readInvoiceForParent(getDb(), { userId: stranger.guardian.id, invoiceId }))).toBe("NOT_FOUND");
		expect(await failure(readInvoiceForStaff(getDb(), { access: other.admin.access, invoiceId }))).toBe("NOT_FOUND");
		expect(await failure(readInvoiceForStaff(getDb(), { access: billing.manager.access, invoiceId }))).toBe(
			"NOT_FOUND",
		);
		expect((await readInvoiceForStaff(getDb(), { access: billing.admin.access, invoiceId })).totalCents).toBe(9000);
	});
});
