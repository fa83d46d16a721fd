/**
 * Tax certificates 281.86 and mutuality certificates (issue 14 §9–11, decision 035), on SQLite
 * and PostgreSQL, from invoices built and paid through the real use cases: a 14th birthday inside
 * the year, the split into certificates of 4 periods, the year's cap, a severe disability, only
 * paid care (partly paid counts for what was paid; meals and fees never), issuing again, order
 * numbers without gaps under two issues at once, and who may read what.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import type { AppError } from "#app/domain/app-error.ts";
import { addBillingAdjustment } from "#app/domain/billing/add-adjustment.server.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { confirmInvoiceRun } from "#app/domain/billing/confirm-invoice-run.server.ts";
import { createInvoiceRun } from "#app/domain/billing/create-invoice-run.server.ts";
import { issueTaxCertificates } from "#app/domain/billing/issue-tax-certificates.server.ts";
import {
	findTaxCertificateForParent,
	listMutualityCertificatesOfChild,
	listTaxCertificatesOfChild,
} from "#app/domain/billing/read-certificates.server.ts";
import { recordPayment } from "#app/domain/billing/record-payment.server.ts";
import { rulesForIncomeYear, updateTaxCertificateCap } from "#app/domain/billing/tax-certificate-caps.server.ts";
import { saveParentProfile } from "#app/domain/families/save-parent-profile.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as taxPdf from "#app/routes/children/$childId/certificates/tax.ts";
import * as mutualityPdf from "#app/routes/children/$childId/registrations/mutuality.ts";
import * as belcotaxFile from "#app/routes/staff/$groupId/billing/certificates/belcotax.ts";
import * as staffPdf from "#app/routes/staff/$groupId/billing/certificates/document.ts";
import * as certificatesPage from "#app/routes/staff/$groupId/billing/certificates/index.server.ts";
import { createTestTenant, sessionCookieFor, staffActor } from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild } from "#tests/offer-factories.ts";
import { failure } from "#tests/support/app-errors.ts";
import { squashedPdfText } from "#tests/support/pdf-text.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

async function get(module: { loader: unknown }, url: string, params: Record<string, string>, cookie?: string) {
	const { value } = await callRoute(module.loader as never, { url, params, headers: cookie ? { cookie } : {} });
	return { status: statusOf(value) ?? 200, value };
}

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;

afterEach(() => pinClock(undefined));

async function billedTenant() {
	const tenant = await createTestTenant();
	await saveBillingSettings({
		db: getDb(),
		actor: staffActor(tenant.admin),
		input: {
			legalName: "ASBL Les Petits Loups",
			street: "Rue Haute 12",
			postalCode: "4830",
			locality: "Limbourg",
			companyNumber: "0403.170.701",
			iban: "BE68 5390 0754 7034",
			bic: "GKCCBEBB",
			paymentDays: "30",
			reminderDays: "15",
		},
	});
	return tenant;
}

/** A Monday-to-Friday camp of 2025 at `price` euros (5 days), open for registration in May 2025. */
async function camp2025(tenant: Tenant, firstDay: string, lastDay: string, price: string, carePrice = "5") {
	pinClock("2025-05-15T08:00:00Z");
	return createTestOffer(tenant, {
		firstDay,
		lastDay,
		price,
		carePrice,
		opensAt: "2025-05-01T09:00",
		closesAt: "2025-06-30T18:00",
		cancelUntil: undefined,
		minAgeYears: undefined,
		maxAgeYears: undefined,
		capacity: "20",
	}).catch((error) => {
		throw new Error(JSON.stringify((error as AppError).fieldErrors));
	});
}

async function register(child: Awaited<ReturnType<typeof createReadyChild>>, offerId: string, withCare = false) {
	pinClock("2025-05-15T08:00:00Z");
	return registerTestChild(child, offerId, withCare);
}

/** Bills July–August 2025 on 1 September 2025; returns the invoices of the run. */
async function invoice(tenant: Tenant, from = "2025-07-01", to = "2025-08-31") {
	pinClock("2025-09-01T08:00:00Z");
	const actor = staffActor(tenant.admin);
	const { runId } = await createInvoiceRun({ db: getDb(), actor, input: { from, to } });
	await confirmInvoiceRun({ db: getDb(), actor, runId });
	return getDb()
		.selectFrom("invoices")
		.select(["id", "total_cents", "debtor_user_id"])
		.where("run_id", "=", runId)
		.execute();
}

async function pay(tenant: Tenant, invoiceId: string, cents: number, receivedOn: string) {
	pinClock(`${receivedOn}T12:00:00Z`);
	await recordPayment({
		db: getDb(),
		actor: staffActor(tenant.admin),
		invoiceId,
		input: { amountCents: (cents / 100).toFixed(2), receivedOn, method: "bank_transfer" },
	});
}

async function issue(tenant: Tenant, incomeYear: number) {
	pinClock("2026-01-20T08:00:00Z");
	return issueTaxCertificates({
		db: getDb(),
		actor: staffActor(tenant.admin),
		incomeYear,
	});
}

async function certificatesOf(childId: string) {
	return getDb()
		.selectFrom("tax_certificates")
		.select([
			"id",
			"number",
			"periods",
			"total_days",
			"total_cents",
			"capped_total_cents",
			"capped",
			"cancelled_at",
			"replaced_by_id",
		])
		.where("child_id", "=", childId)
		.orderBy("number")
		.execute();
}

async function setChild(childId: string, values: { birth_date?: string; severe_disability?: boolean }) {
	await getDb().updateTable("children").set(values).where("id", "=", childId).execute();
}

describe("one paid camp", () => {
	let tenant: Tenant;
	beforeAll(async () => {
		tenant = await billedTenant();
	});

	it("certifies the days before the 14th birthday only, at the camp's daily tariff", async () => {
		const offer = await camp2025(tenant, "2025-07-07", "2025-07-11", "75");
		const child = await createReadyChild(tenant.group);
		await register(child, offer.id);
		// Turns 14 on Wednesday 9 July 2025: Monday and Tuesday count, not the birthday nor after.
		await setChild(child.id, { birth_date: "2011-07-09" });
		const [bill] = await invoice(tenant);
		if (!bill) throw new Error("no invoice");
		await pay(tenant, bill.id, bill.total_cents, "2025-09-10");

		const result = await issue(tenant, 2025);
		expect(result.issued).toBe(1);
		const [certificate] = await certificatesOf(child.id);
		expect(JSON.parse(certificate?.periods ?? "[]")).toEqual([
			{ from: "2025-07-07", to: "2025-07-08", days: 2, dailyTariffCents: 1500, amountCents: 3000 },
		]);
		expect(certificate).toMatchObject({ total_days: 2, total_cents: 3000, capped: false, capped_total_cents: 3000 });
	});

	it("counts until the 21st birthday with a severe disability", async () => {
		const offer = await camp2025(tenant, "2025-07-14", "2025-07-18", "75");
		const child = await createReadyChild(tenant.group);
		await register(child, offer.id);
		await setChild(child.id, { birth_date: "2011-07-09", severe_disability: true });
		const [bill] = await invoice(tenant);
		if (!bill) throw new Error("no invoice");
		await pay(tenant, bill.id, bill.total_cents, "2025-09-10");
		await issue(tenant, 2025);
		const [certificate] = await certificatesOf(child.id);
		expect(certificate).toMatchObject({ total_days: 5, total_cents: 7500 });
	});
});

describe("a dossier without birth date", () => {
	it("gets no certificate, and the issue says how many children lack one", async () => {
		const tenant = await billedTenant();
		const offer = await camp2025(tenant, "2025-07-07", "2025-07-11", "75");
		const child = await createReadyChild(tenant.group);
		await register(child, offer.id);
		await getDb().updateTable("children").set({ birth_date: null }).where("id", "=", child.id).execute();
		const [bill] = await invoice(tenant);
		if (!bill) throw new Error("no invoice");
		await pay(tenant, bill.id, bill.total_cents, "2025-09-10");
		expect(await issue(tenant, 2025)).toMatchObject({ issued: 0, withoutBirthDate: 1 });
		expect(await certificatesOf(child.id)).toEqual([]);
	});
});

describe("periods, cap and payments", () => {
	let tenant: Tenant;
	beforeAll(async () => {
		tenant = await billedTenant();
	});

	it("cuts five tariffs into a certificate of 4 periods and one of 1, and caps each day at the year's cap", async () => {
		const weeks = [
			["2025-07-07", "2025-07-11", "75"],
			["2025-07-14", "2025-07-18", "80"],
			["2025-07-28", "2025-08-01", "85"],
			["2025-08-04", "2025-08-08", "90"],
			["2025-08-18", "2025-08-22", "100"],
		] as const;
		const child = await createReadyChild(tenant.group);
		for (const [first, last, price] of weeks) {
			const offer = await camp2025(tenant, first, last, price);
			await register(child, offer.id);
		}
		const bills = await invoice(tenant);
		const bill = bills.find((candidate) => candidate.debtor_user_id === child.guardian.id);
		if (!bill) throw new Error("no invoice");
		expect(bill.total_cents).toBe(43000);
		await pay(tenant, bill.id, bill.total_cents, "2025-12-31");
		await issue(tenant, 2025);

		const certificates = await certificatesOf(child.id);
		expect(certificates.map((row) => (JSON.parse(row.periods) as unknown[]).length)).toEqual([4, 1]);
		// 2025's cap is €16.90 a day: €17 and €18 days count for €16.90, €20 days too.
		expect(certificates[0]).toMatchObject({
			total_cents: 33000,
			capped: true,
			capped_total_cents: 5 * (1500 + 1600 + 1690 + 1690),
		});
		expect(certificates[1]).toMatchObject({ total_cents: 10000, capped: true, capped_total_cents: 5 * 1690 });
		expect(certificates.map((row) => row.number)).toEqual([
			certificates[0]?.number,
			(certificates[0]?.number ?? 0) + 1,
		]);
	});

	it("counts care paid in the year only, a partly paid invoice for what was paid, never fees", async () => {
		const offer = await camp2025(tenant, "2025-08-25", "2025-08-29", "50", "10");
		const paidLate = await createReadyChild(tenant.group);
		const partly = await createReadyChild(tenant.group);
		await register(paidLate, offer.id);
		await register(partly, offer.id, true);
		pinClock("2025-08-30T08:00:00Z");
		await addBillingAdjustment({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: {
				fileNumber: String(await fileNumberOf(partly.id)),
				serviceOn: "2025-08-29",
				description: "Cotisation",
				amountCents: "20",
			},
		});
		const bills = await invoice(tenant, "2025-08-25", "2025-08-31");
		const late = bills.find((bill) => bill.debtor_user_id === paidLate.guardian.id);
		const half = bills.find((bill) => bill.debtor_user_id === partly.guardian.id);
		if (!late || !half) throw new Error("missing invoices");
		expect(half.total_cents).toBe(5000 + 1000 + 2000);
		await pay(tenant, late.id, late.total_cents, "2026-01-05");
		await pay(tenant, half.id, 4000, "2025-10-01");

		await issue(tenant, 2025);
		expect(await certificatesOf(paidLate.id)).toEqual([]);
		// Half of the invoice paid: half of each day of care (participation and extended care), not the fee.
		const [certificate] = await certificatesOf(partly.id);
		expect(certificate).toMatchObject({ total_days: 5, total_cents: 3000 });

		await pay(tenant, half.id, 4000, "2026-01-10");
		pinClock("2027-01-20T08:00:00Z");
		await issueTaxCertificates({ db: getDb(), actor: staffActor(tenant.admin), incomeYear: 2026 });
		const next = await getDb()
			.selectFrom("tax_certificates")
			.select(["income_year", "total_cents", "number"])
			.where("child_id", "in", [paidLate.id, partly.id])
			.where("income_year", "=", 2026)
			.orderBy("number")
			.execute();
		expect(next.map((row) => row.total_cents).sort()).toEqual([3000, 5000]);
		expect(next.map((row) => row.number)).toEqual([1, 2]);
	});

	it("keeps certificates that did not change, and replaces those that did", async () => {
		const before = await getDb()
			.selectFrom("tax_certificates")
			.select("id")
			.where("group_id", "=", tenant.group.id)
			.execute();
		const again = await issue(tenant, 2025);
		expect(again.issued).toBe(0);
		expect(again.cancelled).toBe(0);
		const after = await getDb()
			.selectFrom("tax_certificates")
			.select("id")
			.where("group_id", "=", tenant.group.id)
			.execute();
		expect(after.length).toBe(before.length);

		// A late correction: the cap of 2025 is confirmed at another value — periods do not change, nothing is reissued.
		await updateTaxCertificateCap({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { incomeYear: "2025", dailyCap: "16,90", confirmed: "on" },
		});
		expect((await rulesForIncomeYear(getDb(), tenant.group.id, 2025)).capConfirmed).toBe(true);
		expect((await issue(tenant, 2025)).issued).toBe(0);

		// A payment of 2025 recorded late: the child's certificate is cancelled and replaced.
		const offer = await camp2025(tenant, "2025-08-11", "2025-08-14", "40");
		const child = await createReadyChild(tenant.group);
		await register(child, offer.id);
		const [bill] = await invoice(tenant, "2025-08-11", "2025-08-14");
		if (!bill) throw new Error("no invoice");
		await pay(tenant, bill.id, 2000, "2025-10-01");
		await issue(tenant, 2025);
		const [first] = await certificatesOf(child.id);
		expect(first).toMatchObject({ total_cents: 2000, cancelled_at: null });
		await pay(tenant, bill.id, 2000, "2025-12-20");
		const result = await issue(tenant, 2025);
		expect(result).toMatchObject({ issued: 1, cancelled: 1 });
		const [old, replacement] = await certificatesOf(child.id);
		expect(replacement).toMatchObject({ total_cents: 4000, cancelled_at: null });
		expect(old).toMatchObject({ id: first?.id, replaced_by_id: replacement?.id, cancelled_at: expect.any(String) });
		expect(await listTaxCertificatesOfChild(getDb(), { userId: child.guardian.id, childId: child.id })).toMatchObject([
			{ id: replacement?.id },
		]);
	});
});

async function fileNumberOf(childId: string) {
	const row = await getDb()
		.selectFrom("children")
		.select("file_number")
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
	return row.file_number;
}

describe("the debtor's national number", () => {
	async function debtorSnapshotOf(certificateId: string) {
		const row = await getDb()
			.selectFrom("tax_certificates")
			.select("debtor_snapshot")
			.where("id", "=", certificateId)
			.executeTakeFirstOrThrow();
		return JSON.parse(row.debtor_snapshot) as { nationalNumber?: string | null };
	}

	async function setDebtorNationalNumber(guardian: { id: string }, nationalNumber: string) {
		pinClock("2026-01-10T08:00:00Z");
		await saveParentProfile({
			db: getDb(),
			actor: { userId: guardian.id, ipAddress: "198.51.100.7" },
			input: {
				lastName: "Forius",
				firstName: "Léa",
				street: "Rue Haute",
				houseNumber: "12",
				postalCode: "4830",
				locality: "Limbourg",
				country: "BE",
				mobilePhone: "0470 12 34 56",
				nationalNumber,
			},
		});
	}

	async function paidCampChild(tenant: Tenant) {
		const offer = await camp2025(tenant, "2025-07-21", "2025-07-25", "75");
		const child = await createReadyChild(tenant.group);
		await register(child, offer.id);
		const bills = await invoice(tenant);
		const bill = bills.find((row) => row.debtor_user_id === child.guardian.id);
		if (!bill) throw new Error("no invoice");
		await pay(tenant, bill.id, bill.total_cents, "2025-09-10");
		return child;
	}

	it("is copied at issue, printed on the PDF and written in the Belcotax file; a later change leaves the certificate alone", async () => {
		const tenant = await billedTenant();
		const child = await paidCampChild(tenant);
		await setDebtorNationalNumber(child.guardian, "85.07.30-033.28");
		const result = await issue(tenant, 2025);
		expect(result).toMatchObject({ issued: 1, withoutDebtorNationalNumber: 0 });
		const [certificate] = await certificatesOf(child.id);
		if (!certificate) throw new Error("no certificate");
		expect((await debtorSnapshotOf(certificate.id)).nationalNumber).toBe("85073003328");

		// The parent changes it: issuing again keeps the certificate, with the number it was issued with.
		await setDebtorNationalNumber(child.guardian, "85.07.30-034.27");
		expect(await issue(tenant, 2025)).toMatchObject({ issued: 0, cancelled: 0, unchanged: 1 });
		const after = await certificatesOf(child.id);
		expect(after.map((row) => row.id)).toEqual([certificate.id]);
		expect((await debtorSnapshotOf(certificate.id)).nationalNumber).toBe("85073003328");

		pinClock(undefined);
		const admin = await sessionCookieFor(tenant.admin);
		const groupParams = { groupId: tenant.group.id };
		const xml = await get(
			belcotaxFile,
			`/staff/${tenant.group.id}/billing/certificates/belcotax.xml?year=2025`,
			groupParams,
			admin,
		);
		expect(await (xml.value as Response).text()).toContain("<f2011_nationaalnr>85073003328</f2011_nationaalnr>");
		const pdf = await get(
			staffPdf,
			`/staff/${tenant.group.id}/billing/certificates/${certificate.id}/tax.pdf`,
			{ groupId: tenant.group.id, certificateId: certificate.id },
			admin,
		);
		expect(squashedPdfText(new Uint8Array(await (pdf.value as Response).arrayBuffer()))).toContain(
			"Numéronationaldudébiteur85.07.30-033.28",
		);
		const page = await get(
			certificatesPage,
			`/staff/${tenant.group.id}/billing/certificates?year=2025`,
			groupParams,
			admin,
		);
		expect(page.value).toMatchObject({
			certificates: [{ label: "2025/0001", debtorNationalNumberMissing: false }],
			debtorsWithoutNationalNumber: [],
		});
	});

	it("when missing, is left out of the file and shown to staff; once given, issuing again completes the certificate", async () => {
		const tenant = await billedTenant();
		const child = await paidCampChild(tenant);
		const result = await issue(tenant, 2025);
		expect(result).toMatchObject({ issued: 1, withoutDebtorNationalNumber: 1 });
		const [first] = await certificatesOf(child.id);
		if (!first) throw new Error("no certificate");
		expect((await debtorSnapshotOf(first.id)).nationalNumber).toBeNull();

		pinClock(undefined);
		const admin = await sessionCookieFor(tenant.admin);
		const groupParams = { groupId: tenant.group.id };
		const pageUrl = `/staff/${tenant.group.id}/billing/certificates?year=2025`;
		const xmlUrl = `/staff/${tenant.group.id}/billing/certificates/belcotax.xml?year=2025`;
		const text = await ((await get(belcotaxFile, xmlUrl, groupParams, admin)).value as Response).text();
		expect(text).not.toContain("f2011_nationaalnr");
		expect(text).toContain("<f2013_naam>");
		expect((await get(certificatesPage, pageUrl, groupParams, admin)).value).toMatchObject({
			certificates: [{ debtorNationalNumberMissing: true }],
			debtorsWithoutNationalNumber: [{ debtorUserId: child.guardian.id, certificates: 1, givenSince: false }],
		});

		await setDebtorNationalNumber(child.guardian, "85073003328");
		pinClock(undefined);
		expect((await get(certificatesPage, pageUrl, groupParams, admin)).value).toMatchObject({
			debtorsWithoutNationalNumber: [{ debtorUserId: child.guardian.id, givenSince: true }],
		});
		expect(await issue(tenant, 2025)).toMatchObject({ issued: 1, cancelled: 1, withoutDebtorNationalNumber: 0 });
		const rows = await certificatesOf(child.id);
		const current = rows.find((row) => row.cancelled_at === null);
		if (!current) throw new Error("no valid certificate");
		expect(rows.find((row) => row.id === first.id)).toMatchObject({ replaced_by_id: current.id });
		expect(current.periods).toBe(first.periods);
		expect((await debtorSnapshotOf(current.id)).nationalNumber).toBe("85073003328");
		pinClock(undefined);
		expect((await get(certificatesPage, pageUrl, groupParams, admin)).value).toMatchObject({
			debtorsWithoutNationalNumber: [],
		});
	});
});

describe("order numbers", () => {
	it("has no gaps nor duplicates when two admins issue at the same moment", async () => {
		const tenant = await billedTenant();
		const offer = await camp2025(tenant, "2025-07-07", "2025-07-11", "60");
		const children = [];
		for (let index = 0; index < 4; index += 1) {
			const child = await createReadyChild(tenant.group);
			await register(child, offer.id);
			children.push(child);
		}
		const bills = await invoice(tenant);
		for (const bill of bills) await pay(tenant, bill.id, bill.total_cents, "2025-09-15");
		pinClock("2026-01-20T08:00:00Z");
		const actor = staffActor(tenant.admin);
		const results = await Promise.all([
			issueTaxCertificates({ db: getDb(), actor, incomeYear: 2025 }),
			issueTaxCertificates({ db: getDb(), actor, incomeYear: 2025 }),
		]);
		expect(results.map((result) => result.issued).sort()).toEqual([0, 4]);
		const numbers = await getDb()
			.selectFrom("tax_certificates")
			.select("number")
			.where("group_id", "=", tenant.group.id)
			.orderBy("number")
			.execute();
		expect(numbers.map((row) => row.number)).toEqual([1, 2, 3, 4]);
	});

	it("refuses staff who are not group admins, and a year to come", async () => {
		const tenant = await billedTenant();
		pinClock("2026-01-20T08:00:00Z");
		expect(
			await failure(issueTaxCertificates({ db: getDb(), actor: staffActor(tenant.manager), incomeYear: 2025 })),
		).toBe("FORBIDDEN");
		expect(
			await failure(issueTaxCertificates({ db: getDb(), actor: staffActor(tenant.admin), incomeYear: 2027 })),
		).toBe("VALIDATION:incomeYear=certificates.staff.yearInFuture");
		expect(await failure(issueTaxCertificates({ db: getDb(), actor: staffActor(tenant.admin), incomeYear: 19 }))).toBe(
			"VALIDATION:incomeYear=certificates.staff.yearInvalid",
		);
	});
});

describe("who reads what", () => {
	it("shows a certificate to its debtor only, and a mutuality certificate to the child's guardians once paid", async () => {
		const tenant = await billedTenant();
		const offer = await camp2025(tenant, "2025-07-07", "2025-07-11", "75");
		const child = await createReadyChild(tenant.group);
		const stranger = await createReadyChild(tenant.group);
		const registration = await register(child, offer.id, true);
		const [bill] = await invoice(tenant);
		if (!bill) throw new Error("no invoice");
		const before = await listMutualityCertificatesOfChild(getDb(), {
			userId: child.guardian.id,
			childId: child.id,
			language: "fr",
		});
		expect(before).toEqual([]);
		await pay(tenant, bill.id, bill.total_cents, "2025-09-10");
		await issue(tenant, 2025);

		const mine = await listTaxCertificatesOfChild(getDb(), { userId: child.guardian.id, childId: child.id });
		expect(mine).toHaveLength(1);
		const id = mine[0]?.id ?? "";
		expect(
			await findTaxCertificateForParent(getDb(), { userId: child.guardian.id, childId: child.id, certificateId: id }),
		).not.toBeNull();
		expect(await listTaxCertificatesOfChild(getDb(), { userId: stranger.guardian.id, childId: child.id })).toEqual([]);
		expect(
			await findTaxCertificateForParent(getDb(), {
				userId: stranger.guardian.id,
				childId: stranger.id,
				certificateId: id,
			}),
		).toBeNull();

		const mutuality = await listMutualityCertificatesOfChild(getDb(), {
			userId: child.guardian.id,
			childId: child.id,
			language: "fr",
		});
		expect(mutuality).toMatchObject([
			{ registrationId: registration.registrationId, paidCents: 8000, paidOn: "2025-09-10", days: expect.any(Array) },
		]);
		expect(
			await listMutualityCertificatesOfChild(getDb(), {
				userId: stranger.guardian.id,
				childId: child.id,
				language: "fr",
			}),
		).toEqual([]);

		// The addresses: the guardian (and debtor) downloads; another family, the group's admin (as a parent) and another group get 404.
		pinClock(undefined);
		const own = await sessionCookieFor(child.guardian);
		const otherFamily = await sessionCookieFor(stranger.guardian);
		const admin = await sessionCookieFor(tenant.admin);
		const elsewhere = await billedTenant();
		const otherGroupAdmin = await sessionCookieFor(elsewhere.admin);
		const taxPlace = [
			`/children/${child.id}/certificates/${id}/tax.pdf`,
			{ childId: child.id, certificateId: id },
		] as const;
		const mutualityPlace = [
			`/children/${child.id}/registrations/${registration.registrationId}/mutuality.pdf`,
			{ childId: child.id, registrationId: registration.registrationId },
		] as const;
		const tax = await get(taxPdf, ...taxPlace, own);
		expect(tax.status).toBe(200);
		expect(squashedPdfText(new Uint8Array(await (tax.value as Response).arrayBuffer()))).toContain("Attestation281.86");
		const mutualityFile = await get(mutualityPdf, ...mutualityPlace, own);
		expect(mutualityFile.status).toBe(200);
		expect((mutualityFile.value as Response).headers.get("Content-Type")).toBe("application/pdf");
		for (const cookie of [otherFamily, admin, otherGroupAdmin]) {
			expect((await get(taxPdf, ...taxPlace, cookie)).status).toBe(404);
			expect((await get(mutualityPdf, ...mutualityPlace, cookie)).status).toBe(404);
		}
		expect((await get(taxPdf, ...taxPlace)).status).toBe(302);
		// Under another child's address, the same certificate is not found.
		const underStranger = { childId: stranger.id, certificateId: id };
		expect((await get(taxPdf, `/children/${stranger.id}/certificates/${id}/tax.pdf`, underStranger, own)).status).toBe(
			404,
		);

		// Staff: the group's admin downloads the PDF and the XML; another group's admin gets 404, a manager 403.
		const staffPlace = [
			`/staff/${tenant.group.id}/billing/certificates/${id}/tax.pdf`,
			{ groupId: tenant.group.id, certificateId: id },
		] as const;
		expect((await get(staffPdf, ...staffPlace, admin)).status).toBe(200);
		expect((await get(staffPdf, ...staffPlace, otherGroupAdmin)).status).toBe(404);
		expect((await get(staffPdf, ...staffPlace, await sessionCookieFor(tenant.manager))).status).toBe(403);
		const foreign = [
			`/staff/${elsewhere.group.id}/billing/certificates/${id}/tax.pdf`,
			{ groupId: elsewhere.group.id, certificateId: id },
		] as const;
		expect((await get(staffPdf, ...foreign, otherGroupAdmin)).status).toBe(404);
		const groupParams = { groupId: tenant.group.id };
		const xml = await get(
			belcotaxFile,
			`/staff/${tenant.group.id}/billing/certificates/belcotax.xml?year=2025`,
			groupParams,
			admin,
		);
		expect(xml.status).toBe(200);
		const text = await (xml.value as Response).text();
		expect(text).toContain("<f2010_referentie>2025/0001</f2010_referentie>");
		expect(text).toContain("<f86_2064_totalamount>8000</f86_2064_totalamount>");
		const page = await get(
			certificatesPage,
			`/staff/${tenant.group.id}/billing/certificates?year=2025`,
			groupParams,
			admin,
		);
		expect(page.value).toMatchObject({ year: 2025, certificates: [{ label: "2025/0001", totalCents: 8000 }] });
	});
});
