/**
 * Payments from CODA statements (issue 14 §6–7), on SQLite and PostgreSQL: a camp and a meal
 * invoiced, issued, then paid by a statement whose transfers carry the invoices' structured
 * communications; partial payments and overpayments recorded as such; a transfer without one
 * matched by hand; the same statement never imported twice, even by two uploads at once; only
 * the group's admins may; one reminder per overdue invoice, however many servers look.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import type { CodaMovement } from "#app/domain/billing/coda.ts";
import { writeCoda } from "#app/domain/billing/coda-writer.ts";
import { confirmInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { importCodaStatement, StatementRefusal } from "#app/domain/billing/import-coda-statement.server.ts";
import { invoiceNumberLabel } from "#app/domain/billing/invoice-format.ts";
import { ignoreMovement, matchMovement } from "#app/domain/billing/match-movement.server.ts";
import { sendDueReminders } from "#app/domain/billing/send-invoice-reminders.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { createMealOffer } from "#app/domain/meals/save-meal-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as paymentsPage from "#app/routes/staff/$groupId/billing/payments.server.ts";
import { createTestTenant, enrolTestChild, guardianActor, sessionCookieFor, staffActor } from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild, registrationsOpenAt } from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";
import { fuzzBodies } from "../../e2e/support/fuzz.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Child = Awaited<ReturnType<typeof createReadyChild>>;

const IBAN = "BE68539007547034";
const settingsInput = {
	legalName: "ASBL Les Ribambelles",
	street: "Rue de l'École 1",
	postalCode: "4830",
	locality: "Limbourg",
	companyNumber: "0123.456.749",
	iban: IBAN,
	bic: "GKCCBEBB",
	paymentDays: "30",
	reminderDays: "15",
};

let tenant: Tenant;
let otherTenant: Tenant;
/** One family per story: paid in full, in part, too much, without communication. */
let families: Record<"exact" | "partial" | "over" | "manual", Child>;
let invoices: Record<keyof typeof families, { id: string; label: string; communication: string; totalCents: number }>;

beforeAll(async () => {
	const db = getDb();
	tenant = await createTestTenant();
	otherTenant = await createTestTenant();
	await saveBillingSettings({ db, actor: staffActor(tenant.admin), input: settingsInput });
	const camp = await createTestOffer(tenant);
	const { mealOfferId } = await createMealOffer({
		db,
		actor: staffActor(tenant.admin),
		input: {
			name: "Repas chaud",
			houseIds: [tenant.firstHouse.id],
			priceCents: 350,
			validFrom: "2026-09-01",
			bookingKind: "weekday-before",
			bookingWeekday: 4,
			bookingTime: "12:00",
			cancelKind: "weekday-before",
			cancelWeekday: 4,
			cancelTime: "12:00",
		},
	});
	const created: Partial<typeof families> = {};
	for (const [key, firstName] of [
		["exact", "Nino"],
		["partial", "Zoé"],
		["over", "Emma"],
		["manual", "Lucas"],
	] as const) {
		created[key] = await createReadyChild(tenant.group, { firstName, lastName: `Paiement${firstName}` });
	}
	families = created as typeof families;
	await enrolTestChild(families.exact.id, tenant.firstHouse.id, tenant.admin);
	pinClock("2027-01-04T08:00:00Z");
	await bookMeals({
		db,
		actor: guardianActor(families.exact.guardian),
		childId: families.exact.id,
		mealOfferId,
		days: ["2027-01-12"],
	});
	pinClock(registrationsOpenAt);
	for (const child of Object.values(families)) await registerTestChild(child, camp.id);
	pinClock("2027-08-02T08:00:00Z");
	const { runId } = await createInvoiceRun({
		db,
		actor: staffActor(tenant.admin),
		input: { from: "2027-01-01", to: "2027-07-31" },
	});
	await confirmInvoiceRun({ db, actor: staffActor(tenant.admin), runId });
	pinClock(undefined);
	const rows = await db
		.selectFrom("invoices")
		.select(["id", "debtor_user_id", "year", "number", "structured_communication", "total_cents", "status"])
		.where("group_id", "=", tenant.group.id)
		.execute();
	invoices = Object.fromEntries(
		Object.entries(families).map(([key, child]) => {
			const row = rows.find((candidate) => candidate.debtor_user_id === child.guardian.id);
			if (!row?.year || !row.number || !row.structured_communication || row.status !== "open")
				throw new Error(`no open invoice for ${key}`);
			return [
				key,
				{
					id: row.id,
					label: invoiceNumberLabel(row.year, row.number),
					communication: row.structured_communication,
					totalCents: row.total_cents,
				},
			];
		}),
	) as typeof invoices;
});

let sequence = 0;
function credit(amountCents: number, communication: { structured: string } | { free: string }): CodaMovement {
	sequence += 1;
	return {
		sequence: String(sequence).padStart(4, "0"),
		detailNumber: "0000",
		amountCents,
		entryDate: "2027-08-20",
		valueDate: "2027-08-20",
		structuredCommunication: "structured" in communication ? communication.structured : null,
		communication: "free" in communication ? communication.free : "",
		counterpartyName: "FAMILLE PAIEMENT",
		counterpartyAccount: "BE71096123456769",
		bankReference: `REF${sequence}`,
		transactionCode: "00150000",
	};
}

function statement(number: string, movements: CodaMovement[], account = IBAN): string {
	const total = movements.reduce((sum, movement) => sum + movement.amountCents, 0);
	return writeCoda({
		bankIdentification: "539",
		account,
		currency: "EUR",
		statementNumber: number,
		statementDate: "2027-08-20",
		oldBalanceCents: 100_000,
		newBalanceCents: 100_000 + total,
		movements,
	});
}

async function invoiceState(id: string) {
	return getDb()
		.selectFrom("invoices")
		.select(["status", "paid_cents", "total_cents"])
		.where("id", "=", id)
		.executeTakeFirstOrThrow();
}

async function movementsOf(statementNumber: string) {
	return getDb()
		.selectFrom("bank_movements")
		.innerJoin("bank_statements", "bank_statements.id", "bank_movements.statement_id")
		.select([
			"bank_movements.id",
			"bank_movements.sequence",
			"bank_movements.amount_cents",
			"bank_movements.status",
			"bank_movements.unallocated_cents",
		])
		.where("bank_statements.group_id", "=", tenant.group.id)
		.where("bank_statements.statement_number", "=", statementNumber)
		.orderBy("bank_movements.sequence")
		.execute();
}

async function refusalOf(promise: Promise<unknown>): Promise<StatementRefusal> {
	const error = await promise.then(
		() => null,
		(reason: unknown) => reason,
	);
	if (!(error instanceof StatementRefusal)) throw new Error(`expected a refusal, got ${String(error)}`);
	return error;
}

describe("a CODA statement paying the invoices", () => {
	let first: string;

	it("bills the camp and the meal, each invoice with its structured communication", () => {
		expect(invoices.exact.totalCents).toBe(8_500 + 350);
		expect(invoices.partial.totalCents).toBe(8_500);
	});

	it("matches transfers by structured communication: paid, partly paid, overpaid; the rest waits for staff", async () => {
		first = statement("001", [
			credit(invoices.exact.totalCents, { structured: invoices.exact.communication }),
			credit(5_000, { structured: invoices.partial.communication }),
			credit(10_000, { structured: invoices.over.communication }),
			credit(8_500, { free: `Stage Lucas facture ${invoices.manual.label}` }),
			{ ...credit(-2_599, { free: "Achat matériel bricolage" }), counterpartyName: "BRICO" },
		]);
		const result = await importCodaStatement({
			db: getDb(),
			actor: staffActor(tenant.admin),
			fileName: "extrait-001.cod",
			text: first,
		});
		expect(result).toMatchObject({ movements: 5, matched: 2, toHandle: 2 });
		expect(result.allocatedCents).toBe(invoices.exact.totalCents + 5_000 + 8_500);

		expect(await invoiceState(invoices.exact.id)).toMatchObject({ status: "paid", paid_cents: 8_850 });
		expect(await invoiceState(invoices.partial.id)).toMatchObject({ status: "partly_paid", paid_cents: 5_000 });
		expect(await invoiceState(invoices.over.id)).toMatchObject({ status: "paid", paid_cents: 8_500 });
		expect(await invoiceState(invoices.manual.id)).toMatchObject({ status: "open", paid_cents: 0 });

		const movements = await movementsOf("001");
		expect(movements.map((movement) => [movement.status, movement.unallocated_cents])).toEqual([
			["matched", 0],
			["matched", 0],
			["partly_matched", 1_500],
			["unmatched", 8_500],
			["ignored", 0],
		]);
		const payments = await getDb()
			.selectFrom("payments")
			.select(["invoice_id", "amount_cents", "method", "bank_movement_id", "received_on"])
			.where("invoice_id", "=", invoices.over.id)
			.execute();
		expect(payments).toEqual([
			{
				invoice_id: invoices.over.id,
				amount_cents: 8_500,
				method: "bank_transfer",
				bank_movement_id: movements[2]?.id,
				received_on: "2027-08-20",
			},
		]);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select(["actor_user_id", "details"])
			.where("action", "=", "billing.statement_imported")
			.where("group_id", "=", tenant.group.id)
			.execute();
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0]?.details ?? "{}")).toMatchObject({ statement: "001 (20/08/2027)", matched: 2 });
	});

	it("refuses the same statement a second time, saying which one it is", async () => {
		const refusal = await refusalOf(
			importCodaStatement({ db: getDb(), actor: staffActor(tenant.admin), fileName: "encore.cod", text: first }),
		);
		expect(refusal.code).toBe("CONFLICT");
		expect(refusal.fieldErrors).toEqual({ file: ["billing.staff.payments.alreadyImported"] });
		expect(refusal.values).toEqual({ account: "BE68 5390 0754 7034", statement: "001", date: "20/08/2027" });
		expect(await invoiceState(invoices.partial.id)).toMatchObject({ paid_cents: 5_000 });
	});

	it("imports a statement uploaded twice at the same moment once, and refuses the other upload", async () => {
		const text = statement("002", [credit(1_000, { structured: invoices.partial.communication })]);
		const outcomes = await Promise.allSettled(
			[1, 2].map((upload) =>
				importCodaStatement({ db: getDb(), actor: staffActor(tenant.admin), fileName: `upload-${upload}.cod`, text }),
			),
		);
		expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
		const refused = outcomes.find((outcome) => outcome.status === "rejected");
		expect(refused?.status === "rejected" && refused.reason).toMatchObject({ code: "CONFLICT" });
		expect(await invoiceState(invoices.partial.id)).toMatchObject({ status: "partly_paid", paid_cents: 6_000 });
		expect(await movementsOf("002")).toHaveLength(1);
	});

	it("refuses a file that is not CODA, with the reader's reason, and another account's statement", async () => {
		const unreadable = await refusalOf(
			importCodaStatement({
				db: getDb(),
				actor: staffActor(tenant.admin),
				fileName: "photo.txt",
				text: "not a statement\n",
			}),
		);
		expect(unreadable.code).toBe("VALIDATION");
		expect(unreadable.fieldErrors).toEqual({ file: ["billing.staff.payments.unreadable"] });
		expect(unreadable.values.reason).toMatch(/^Line 1: a CODA record is 128 characters long/);

		const otherAccount = await refusalOf(
			importCodaStatement({
				db: getDb(),
				actor: staffActor(tenant.admin),
				fileName: "autre.cod",
				text: statement("003", [], "BE71096123456769"),
			}),
		);
		expect(otherAccount.fieldErrors).toEqual({ file: ["billing.staff.payments.wrongAccount"] });
		expect(otherAccount.values).toEqual({ account: "BE71 0961 2345 6769" });
	});
});

describe("movements handled by hand", () => {
	it("assigns a transfer without communication to the invoice staff name, once", async () => {
		const manual = (await movementsOf("001")).find((movement) => movement.status === "unmatched");
		if (!manual) throw new Error("no unmatched movement");
		const wrongNumber = await matchMovement({
			db: getDb(),
			actor: staffActor(tenant.admin),
			movementId: manual.id,
			invoiceNumber: "1999/00001",
		}).catch((error: unknown) => error);
		expect(wrongNumber).toMatchObject({
			code: "VALIDATION",
			fieldErrors: { invoiceNumber: ["billing.staff.payments.unknownInvoice"] },
		});
		const result = await matchMovement({
			db: getDb(),
			actor: staffActor(tenant.admin),
			movementId: manual.id,
			invoiceNumber: invoices.manual.label,
		});
		expect(result).toEqual({ allocatedCents: 8_500, number: invoices.manual.label });
		expect(await invoiceState(invoices.manual.id)).toMatchObject({ status: "paid", paid_cents: 8_500 });
		expect((await movementsOf("001")).find((movement) => movement.id === manual.id)).toMatchObject({
			status: "matched",
			unallocated_cents: 0,
		});
		const again = await ignoreMovement({ db: getDb(), actor: staffActor(tenant.admin), movementId: manual.id }).catch(
			(error: unknown) => error,
		);
		expect(again).toMatchObject({ code: "CONFLICT" });
	});

	it("moves what was paid too much to an invoice still owing, and ignores the rest", async () => {
		const over = (await movementsOf("001")).find((movement) => movement.status === "partly_matched");
		if (!over) throw new Error("no overpayment");
		const partialBefore = await invoiceState(invoices.partial.id);
		await matchMovement({
			db: getDb(),
			actor: staffActor(tenant.admin),
			movementId: over.id,
			invoiceNumber: invoices.partial.label,
		});
		const owed = partialBefore.total_cents - partialBefore.paid_cents;
		const allocated = Math.min(owed, 1_500);
		expect(await invoiceState(invoices.partial.id)).toMatchObject({ paid_cents: partialBefore.paid_cents + allocated });
		const after = (await movementsOf("001")).find((movement) => movement.id === over.id);
		expect(after?.unallocated_cents).toBe(1_500 - allocated);
	});

	it("ignores a transfer that pays no invoice", async () => {
		const [movement] = await movementsOf("002");
		const text = statement("004", [credit(1_234, { free: "Don pour la fête" })]);
		await importCodaStatement({ db: getDb(), actor: staffActor(tenant.admin), fileName: "004.cod", text });
		const [gift] = await movementsOf("004");
		if (!gift || !movement) throw new Error("no movement");
		await ignoreMovement({ db: getDb(), actor: staffActor(tenant.admin), movementId: gift.id });
		expect((await movementsOf("004"))[0]?.status).toBe("ignored");
		const audit = await getDb()
			.selectFrom("audit_events")
			.select("details")
			.where("action", "=", "billing.movement_ignored")
			.where("target_id", "=", gift.id)
			.executeTakeFirstOrThrow();
		expect(JSON.parse(audit.details)).toEqual({ amountCents: 1_234 });
	});
});

describe("who may", () => {
	it("refuses another group's admin (not found) and a house manager (forbidden)", async () => {
		const [movement] = await movementsOf("004");
		if (!movement) throw new Error("no movement");
		await expect(
			matchMovement({
				db: getDb(),
				actor: staffActor(otherTenant.admin),
				movementId: movement.id,
				invoiceNumber: invoices.partial.label,
			}),
		).rejects.toMatchObject({ code: "NOT_FOUND" });
		await expect(
			ignoreMovement({ db: getDb(), actor: staffActor(otherTenant.admin), movementId: movement.id }),
		).rejects.toMatchObject({ code: "NOT_FOUND" });
		for (const call of [
			importCodaStatement({
				db: getDb(),
				actor: staffActor(tenant.manager),
				fileName: "x.cod",
				text: statement("005", []),
			}),
			matchMovement({
				db: getDb(),
				actor: staffActor(tenant.manager),
				movementId: movement.id,
				invoiceNumber: invoices.partial.label,
			}),
			ignoreMovement({ db: getDb(), actor: staffActor(tenant.manager), movementId: movement.id }),
		]) {
			await expect(call).rejects.toEqual(new AppError("FORBIDDEN"));
		}
	});
});

describe("reminders", () => {
	it("reminds each overdue invoice once, in its language, even when two servers look at the same time", async () => {
		const db = getDb();
		// Due on 01/09/2027 (30 days after issue), reminded 15 days later.
		expect((await sendDueReminders({ db, today: "2027-09-16" })).sent).toBe(0);
		const rounds = await Promise.all([
			sendDueReminders({ db, today: "2027-09-17" }),
			sendDueReminders({ db, today: "2027-09-17" }),
		]);
		const owing = await db
			.selectFrom("invoices")
			.select("id")
			.where("group_id", "=", tenant.group.id)
			.where("status", "in", ["open", "partly_paid"])
			.execute();
		expect(owing.map((invoice) => invoice.id)).toEqual([invoices.partial.id]);
		expect(rounds[0].sent + rounds[1].sent).toBe(1);
		expect((await sendDueReminders({ db, today: "2027-10-30" })).sent).toBe(0);

		const reminders = await db.selectFrom("invoice_reminders").selectAll().execute();
		expect(reminders.map((reminder) => reminder.invoice_id)).toEqual([invoices.partial.id]);
		const state = await invoiceState(invoices.partial.id);
		expect(reminders[0]?.due_cents).toBe(state.total_cents - state.paid_cents);
		const mails = await db
			.selectFrom("outbox_mails")
			.select(["to_address", "language", "data"])
			.where("template", "=", "billing.invoice-reminder")
			.execute();
		expect(mails.map((mail) => mail.to_address)).toEqual([families.partial.guardian.email]);
		expect(mails[0]?.language).toBe("fr");
		expect(JSON.parse(mails[0]?.data ?? "{}")).toMatchObject({
			number: invoices.partial.label,
			dueOn: "01/09/2027",
			iban: IBAN,
		});
		const audit = await db
			.selectFrom("audit_events")
			.select(["actor_user_id", "target_id"])
			.where("action", "=", "billing.reminder_sent")
			.execute();
		expect(audit).toEqual([{ actor_user_id: null, target_id: invoices.partial.id }]);
	});
});

describe("the « Paiements » page", () => {
	async function upload(file: File, cookie?: string) {
		const body = new FormData();
		body.set("intent", "import-coda");
		body.set("file", file);
		return callRoute(paymentsPage.action as never, {
			url: `/staff/${tenant.group.id}/billing/payments`,
			params: { groupId: tenant.group.id },
			headers: { cookie: cookie ?? (await sessionCookieFor(tenant.admin)) },
			multipart: body,
		});
	}
	const replyOf = (value: unknown) =>
		(value as { data: { result: { error: Record<string, string[]> }; values?: Record<string, string> } }).data;

	it("imports an uploaded CODA file (Latin-1 as banks write it) and says what it matched", async () => {
		const text = statement("010", [credit(700, { free: "Goûter équipe" })]);
		const { value } = await upload(new File([Buffer.from(text, "latin1")], "010.cod"));
		expect(statusOf(value)).toBe(302);
		expect((await movementsOf("010")).map((movement) => movement.status)).toEqual(["unmatched"]);
		const communication = await getDb()
			.selectFrom("bank_movements")
			.select("communication")
			.where("id", "=", (await movementsOf("010"))[0]?.id ?? "")
			.executeTakeFirstOrThrow();
		expect(communication.communication).toBe("Goûter équipe");
	});

	it("answers a statement imported before with the message and its values, under the file field", async () => {
		const { value } = await upload(new File([statement("010", [credit(700, { free: "Goûter équipe" })])], "010.cod"));
		expect(statusOf(value)).toBe(409);
		expect(replyOf(value).result.error).toEqual({ file: ["billing.staff.payments.alreadyImported"] });
		expect(replyOf(value).values).toEqual({ account: "BE68 5390 0754 7034", statement: "010", date: "20/08/2027" });
	});

	it("refuses an empty file, a file above 2 MB and a file that is not text, field by field", async () => {
		const cases: [File, string][] = [
			[new File([], "vide.cod"), "billing.staff.payments.fileMissing"],
			[new File([new Uint8Array(2 * 1024 * 1024 + 1).fill(65)], "gros.cod"), "billing.staff.payments.fileTooLarge"],
			[
				new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0])], "photo.png"),
				"billing.staff.payments.fileNotText",
			],
		];
		for (const [file, message] of cases) {
			const { value } = await upload(file);
			expect(statusOf(value)).toBe(400);
			expect(replyOf(value).result.error).toEqual({ file: [message] });
		}
	});

	it("answers bodies a robot sends, and forms of its own made wrong, below 500", async () => {
		const cookie = await sessionCookieFor(tenant.admin);
		const form = (body: string) => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, body });
		const wrongFile = new FormData();
		wrongFile.set("intent", "import-coda");
		wrongFile.set("file", "not a file");
		const bodies = [
			...fuzzBodies(),
			form("intent=import-coda"),
			form("intent=import-coda&file=x"),
			form("intent=match-movement&movementId=%27%3B--&invoiceNumber=2026%2F00001"),
			form(`intent=match-movement&movementId=x&invoiceNumber=${"9".repeat(5_000)}`),
			form("intent=ignore-movement&movementId="),
			form("intent=ignore-movement&movementId=0190a000-0000-7000-8000-000000000000"),
		];
		const statuses: number[] = [];
		for (const { headers, body } of bodies) {
			const { value } = await callRoute(paymentsPage.action as never, {
				url: `/staff/${tenant.group.id}/billing/payments`,
				params: { groupId: tenant.group.id },
				headers: { ...headers, cookie },
				body,
			});
			statuses.push(statusOf(value) ?? 200);
		}
		const { value } = await callRoute(paymentsPage.action as never, {
			url: `/staff/${tenant.group.id}/billing/payments`,
			params: { groupId: tenant.group.id },
			headers: { cookie },
			multipart: wrongFile,
		});
		statuses.push(statusOf(value) ?? 200);
		expect(statuses.filter((status) => status >= 500)).toEqual([]);
	});

	it("is for group admins: a house manager gets 403 and another group's admin 404", async () => {
		const file = new File([statement("011", [])], "011.cod");
		expect(statusOf((await upload(file, await sessionCookieFor(tenant.manager))).value)).toBe(403);
		expect(statusOf((await upload(file, await sessionCookieFor(otherTenant.admin))).value)).toBe(404);
		const loader = await callRoute(paymentsPage.loader as never, {
			url: `/staff/${tenant.group.id}/billing/payments`,
			params: { groupId: tenant.group.id },
			headers: { cookie: await sessionCookieFor(otherTenant.admin) },
		});
		expect(statusOf(loader.value)).toBe(404);
	});

	it("lists the statements, the movements to handle and the reminders", async () => {
		const { value } = await callRoute(paymentsPage.loader as never, {
			url: `/staff/${tenant.group.id}/billing/payments`,
			params: { groupId: tenant.group.id },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		const page = value as Awaited<ReturnType<typeof paymentsPage.loader>>;
		expect(page.statements.map((row) => row.statement_number)).toContain("010");
		expect(page.statements.find((row) => row.statement_number === "001")?.movements).toBe(5);
		expect(page.movements.map((movement) => movement.amount_cents)).toContain(700);
		expect(page.reminders.map((reminder) => reminder.number)).toEqual([invoices.partial.label]);
	});
});
