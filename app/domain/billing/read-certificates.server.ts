import type { Selectable } from "kysely";
import type { Database } from "#app/db/db.server.ts";
import { jsonTextMember } from "#app/db/dialect.server.ts";
import type { TaxCertificatesTable } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import { isGroupAdmin, type StaffAccess } from "#app/domain/groups/permissions.ts";
import { listPageSize, pageOf, pageWindow } from "#app/domain/list-page.ts";
import { offerRunDays } from "#app/domain/offers/offer-days.server.ts";
import { localizedText } from "#app/domain/offers/staff-translations.ts";
import type { Language } from "#app/locales/languages.ts";
import type { Period } from "./tax-certificate-rules.ts";
import type { CertificateChild, CertificateDebtor, CertificateIssuer } from "./tax-certificate-snapshots.ts";

/** « 2025/0003 »: the income year, then the order number within the group's year on 4 digits. */
export function taxCertificateNumberLabel(incomeYear: number, number: number): string {
	return `${incomeYear}/${String(number).padStart(4, "0")}`;
}

export type TaxCertificateSummary = {
	id: string;
	childId: string;
	incomeYear: number;
	number: number;
	/** « 2025/0003 ». */
	label: string;
	totalDays: number;
	/** Paid for the periods, cents. */
	totalCents: number;
	/** The same, each day at most the year's cap, cents. */
	cappedTotalCents: number;
	issuedAt: string;
	/** Set when a later issue replaced it. */
	cancelledAt: string | null;
	debtorName: string;
	childName: string;
};

export type TaxCertificateDocument = TaxCertificateSummary & {
	groupId: string;
	debtorUserId: string;
	periods: Period[];
	dailyCapCents: number;
	capConfirmed: boolean;
	capped: boolean;
	language: Language;
	child: CertificateChild;
	/** The national number null when the certificate was issued without one. */
	debtor: Required<CertificateDebtor>;
	issuer: CertificateIssuer;
};

/** A certificate row as read for a document (the table's columns but who issued it and its replacement). */
type CertificateRow = Omit<Selectable<TaxCertificatesTable>, "issued_by_user_id" | "replaced_by_id">;

function documentOf(row: CertificateRow): TaxCertificateDocument {
	const child = JSON.parse(row.child_snapshot) as CertificateChild;
	const debtor = JSON.parse(row.debtor_snapshot) as CertificateDebtor;
	return {
		id: row.id,
		groupId: row.group_id,
		childId: row.child_id,
		debtorUserId: row.debtor_user_id,
		incomeYear: row.income_year,
		number: row.number,
		label: taxCertificateNumberLabel(row.income_year, row.number),
		totalDays: row.total_days,
		totalCents: row.total_cents,
		cappedTotalCents: row.capped_total_cents,
		issuedAt: row.issued_at,
		cancelledAt: row.cancelled_at,
		debtorName: `${debtor.firstName} ${debtor.lastName}`.trim(),
		childName: `${child.firstName} ${child.lastName}`.trim(),
		periods: JSON.parse(row.periods) as Period[],
		dailyCapCents: row.daily_cap_cents,
		capConfirmed: row.cap_confirmed,
		capped: row.capped,
		language: (["fr", "nl", "de", "en"].includes(row.language) ? row.language : "fr") as Language,
		child,
		debtor: { ...debtor, nationalNumber: debtor.nationalNumber ?? null },
		issuer: JSON.parse(row.issuer) as CertificateIssuer,
	};
}

function summaryOf(document: TaxCertificateDocument): TaxCertificateSummary {
	const {
		groupId,
		debtorUserId,
		periods,
		dailyCapCents,
		capConfirmed,
		capped,
		language,
		child,
		debtor,
		issuer,
		...summary
	} = document;
	return summary;
}

const certificateColumns = [
	"tax_certificates.id",
	"tax_certificates.group_id",
	"tax_certificates.child_id",
	"tax_certificates.debtor_user_id",
	"tax_certificates.income_year",
	"tax_certificates.number",
	"tax_certificates.periods",
	"tax_certificates.total_days",
	"tax_certificates.total_cents",
	"tax_certificates.capped_total_cents",
	"tax_certificates.capped",
	"tax_certificates.daily_cap_cents",
	"tax_certificates.cap_confirmed",
	"tax_certificates.language",
	"tax_certificates.child_snapshot",
	"tax_certificates.debtor_snapshot",
	"tax_certificates.issuer",
	"tax_certificates.issued_at",
	"tax_certificates.cancelled_at",
] as const;

/** The certificates of a parent's child, for the parent as a current guardian *and* their debtor. */
function parentCertificates(db: Database, options: { userId: string; childId: string }) {
	return db
		.selectFrom("tax_certificates")
		.innerJoin("guardianships", (join) =>
			join
				.onRef("guardianships.child_id", "=", "tax_certificates.child_id")
				.on("guardianships.user_id", "=", options.userId),
		)
		.select(certificateColumns)
		.where("tax_certificates.child_id", "=", options.childId)
		.where("tax_certificates.debtor_user_id", "=", options.userId)
		.where("tax_certificates.cancelled_at", "is", null);
}

/**
 * The tax certificates 281.86 of a child that a parent may download: those addressed to them
 * (a certificate is its debtor's, as an invoice is; decision 035) while they are a guardian of
 * the child, not cancelled; newest year first. For the child's « Documents » page.
 */
export async function listTaxCertificatesOfChild(
	db: Database,
	options: { userId: string; childId: string },
): Promise<TaxCertificateSummary[]> {
	const rows = await parentCertificates(db, options)
		.orderBy("tax_certificates.income_year", "desc")
		.orderBy("tax_certificates.number")
		.execute();
	return rows.map((row) => summaryOf(documentOf(row)));
}

/** One certificate of `listTaxCertificatesOfChild`, whole; null for anything else (a 404). */
export async function findTaxCertificateForParent(
	db: Database,
	options: { userId: string; childId: string; certificateId: string },
): Promise<TaxCertificateDocument | null> {
	const row = await parentCertificates(db, options)
		.where("tax_certificates.id", "=", options.certificateId)
		.executeTakeFirst();
	return row ? documentOf(row) : null;
}

/**
 * Every certificate of the staff member's group for an income year, cancelled ones included, by
 * number, for the Belcotax file; group admins only.
 *
 * @throws AppError FORBIDDEN (not a group admin).
 */
export async function listGroupTaxCertificates(
	db: Database,
	options: { access: StaffAccess; incomeYear: number },
): Promise<TaxCertificateDocument[]> {
	if (!isGroupAdmin(options.access)) throw new AppError("FORBIDDEN");
	const rows = await db
		.selectFrom("tax_certificates")
		.select(certificateColumns)
		.where("tax_certificates.group_id", "=", options.access.groupId)
		.where("tax_certificates.income_year", "=", options.incomeYear)
		.orderBy("tax_certificates.number")
		.limit(20_000)
		.execute();
	return rows.map(documentOf);
}

/**
 * One page of the certificates of the staff member's group for an income year, by number
 * (decision 028: `listPageSize` rows, read on `tax_certificates_group_idx`); group admins only.
 *
 * @throws AppError FORBIDDEN (not a group admin).
 */
export async function pageGroupTaxCertificates(
	db: Database,
	options: { access: StaffAccess; incomeYear: number; page: number },
): Promise<{ rows: TaxCertificateDocument[]; page: number; hasMore: boolean }> {
	if (!isGroupAdmin(options.access)) throw new AppError("FORBIDDEN");
	const { limit, offset } = pageWindow(options.page);
	const rows = await db
		.selectFrom("tax_certificates")
		.select(certificateColumns)
		.where("tax_certificates.group_id", "=", options.access.groupId)
		.where("tax_certificates.income_year", "=", options.incomeYear)
		.orderBy("tax_certificates.number")
		.limit(limit)
		.offset(offset)
		.execute();
	return pageOf(rows.map(documentOf), options.page);
}

/** One certificate of the staff member's group, cancelled or not; null when none (another group's: none). */
export async function findGroupTaxCertificate(
	db: Database,
	options: { access: StaffAccess; certificateId: string },
): Promise<TaxCertificateDocument | null> {
	if (!isGroupAdmin(options.access)) throw new AppError("FORBIDDEN");
	const row = await db
		.selectFrom("tax_certificates")
		.select(certificateColumns)
		.where("tax_certificates.id", "=", options.certificateId)
		.where("tax_certificates.group_id", "=", options.access.groupId)
		.executeTakeFirst();
	return row ? documentOf(row) : null;
}

export type DebtorWithoutNationalNumber = {
	debtorUserId: string;
	/** The debtor's current name. */
	name: string;
	/** Their valid certificates of the year issued without the number. */
	certificates: number;
	/** They entered it in « Mes données » since: issuing again completes their certificates. */
	givenSince: boolean;
};

/**
 * The debtors of the group's valid certificates of an income year that were issued without the
 * debtor's national number (f2011 of the Belcotax fiche is then left out): staff ask them to
 * enter it in « Mes données », then issue again. By name, at most `listPageSize` × 4; group
 * admins only.
 *
 * @throws AppError FORBIDDEN (not a group admin).
 */
export async function listDebtorsWithoutNationalNumber(
	db: Database,
	options: { access: StaffAccess; incomeYear: number },
): Promise<DebtorWithoutNationalNumber[]> {
	if (!isGroupAdmin(options.access)) throw new AppError("FORBIDDEN");
	const rows = await db
		.selectFrom("tax_certificates")
		.innerJoin("users", "users.id", "tax_certificates.debtor_user_id")
		.leftJoin("parent_profiles", "parent_profiles.user_id", "tax_certificates.debtor_user_id")
		.select((eb) => [
			"tax_certificates.debtor_user_id",
			"users.first_name",
			"users.last_name",
			"parent_profiles.national_number",
			eb.fn.countAll<number | string>().as("certificates"),
		])
		.where("tax_certificates.group_id", "=", options.access.groupId)
		.where("tax_certificates.income_year", "=", options.incomeYear)
		.where("tax_certificates.cancelled_at", "is", null)
		.where(jsonTextMember(db, "tax_certificates.debtor_snapshot", "nationalNumber"), "is", null)
		.groupBy([
			"tax_certificates.debtor_user_id",
			"users.first_name",
			"users.last_name",
			"parent_profiles.national_number",
		])
		.orderBy("users.last_name")
		.orderBy("users.first_name")
		.limit(listPageSize * 4)
		.execute();
	return rows.map((row) => ({
		debtorUserId: row.debtor_user_id,
		name: `${row.first_name} ${row.last_name}`.trim(),
		certificates: Number(row.certificates),
		givenSince: row.national_number !== null,
	}));
}

/**
 * Whether a parent can expect a tax certificate 281.86: they are the debtor of an invoice (not a
 * credit note, not cancelled) with childcare lines, in any group. « Mes données » then asks for
 * their national number, which the certificate carries. Read on `invoices_debtor_idx`.
 */
export async function expectsTaxCertificate(db: Database, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom("invoices")
		.innerJoin("invoice_lines", "invoice_lines.invoice_id", "invoices.id")
		.select("invoices.id")
		.where("invoices.debtor_user_id", "=", userId)
		.where("invoices.kind", "=", "invoice")
		.where("invoices.status", "in", ["open", "partly_paid", "paid"])
		.where("invoice_lines.childcare", "=", true)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** The income years the group has certificates for, newest first. */
export async function taxCertificateYears(db: Database, groupId: string): Promise<number[]> {
	const rows = await db
		.selectFrom("tax_certificates")
		.select("income_year")
		.distinct()
		.where("group_id", "=", groupId)
		.orderBy("income_year", "desc")
		.execute();
	return rows.map((row) => row.income_year);
}

export type MutualityCertificate = {
	registrationId: string;
	childId: string;
	offerTitle: string;
	firstDay: string;
	lastDay: string;
	/** The days the camp ran for the child (`offerRunDays`). */
	days: string[];
	/** Participation and extended care billed for this registration, cents. */
	paidCents: number;
	/** The day of the last payment of the invoice. */
	paidOn: string;
	child: { firstName: string; lastName: string; birthDate: string | null };
	organiser: {
		name: string;
		street: string;
		postalCode: string;
		locality: string;
		companyNumber: string;
		recognition: string;
		/** Storage key of the signature image to print, or null (signed by hand). */
		signatureKey: string | null;
	};
	houseName: string;
};

/**
 * The mutuality certificates (« attestation de participation ») of a child that a guardian may
 * download: one per camp registration that is accepted and whose invoice is paid in full, newest
 * first (decision 035). Any guardian of the child may: the certificate names no debtor.
 */
export async function listMutualityCertificatesOfChild(
	db: Database,
	options: { userId: string; childId: string; registrationId?: string; language: Language },
): Promise<MutualityCertificate[]> {
	let query = db
		.selectFrom("registrations")
		.innerJoin("guardianships", (join) =>
			join
				.onRef("guardianships.child_id", "=", "registrations.child_id")
				.on("guardianships.user_id", "=", options.userId),
		)
		.innerJoin("offers", "offers.id", "registrations.offer_id")
		.innerJoin("houses", "houses.id", "offers.house_id")
		.innerJoin("groups", "groups.id", "registrations.group_id")
		.innerJoin("children", "children.id", "registrations.child_id")
		.innerJoin("billed_sources", (join) =>
			join
				.onRef("billed_sources.source_id", "=", "registrations.id")
				.on("billed_sources.source_kind", "in", ["registration", "care"]),
		)
		.innerJoin("invoice_lines", "invoice_lines.id", "billed_sources.invoice_line_id")
		.innerJoin("invoices", "invoices.id", "invoice_lines.invoice_id")
		.leftJoin("billing_settings", "billing_settings.group_id", "registrations.group_id")
		.select([
			"registrations.id",
			"registrations.child_id",
			"registrations.offer_day",
			"offers.kind",
			"offers.title",
			"offers.title_nl",
			"offers.title_de",
			"offers.title_en",
			"offers.first_day",
			"offers.last_day",
			"offers.dates",
			"houses.name as house_name",
			"groups.name as group_name",
			"children.first_name",
			"children.last_name",
			"children.birth_date",
			"invoice_lines.amount_cents",
			"invoices.id as invoice_id",
			"billing_settings.legal_name",
			"billing_settings.street",
			"billing_settings.postal_code",
			"billing_settings.locality",
			"billing_settings.company_number",
			"billing_settings.recognition",
			"billing_settings.signature_key",
		])
		.where("registrations.child_id", "=", options.childId)
		.where("registrations.status", "=", "accepted")
		.where("offers.kind", "=", "camp")
		.where("invoices.status", "=", "paid")
		.where("invoices.kind", "=", "invoice");
	if (options.registrationId) query = query.where("registrations.id", "=", options.registrationId);
	const rows = await query.orderBy("offers.first_day", "desc").orderBy("registrations.id").limit(500).execute();
	if (rows.length === 0) return [];
	const payments = await db
		.selectFrom("payments")
		.select(["invoice_id", "received_on"])
		.where(
			"invoice_id",
			"in",
			rows.map((row) => row.invoice_id),
		)
		.execute();
	const lastPayment = new Map<string, string>();
	for (const payment of payments)
		if ((lastPayment.get(payment.invoice_id) ?? "") < payment.received_on)
			lastPayment.set(payment.invoice_id, payment.received_on);
	const byRegistration = new Map<string, MutualityCertificate>();
	for (const row of rows) {
		const paidOn = lastPayment.get(row.invoice_id) ?? "";
		const existing = byRegistration.get(row.id);
		if (existing) {
			existing.paidCents += row.amount_cents;
			if (paidOn > existing.paidOn) existing.paidOn = paidOn;
			continue;
		}
		const days = row.offer_day ? [row.offer_day] : offerRunDays(row);
		byRegistration.set(row.id, {
			registrationId: row.id,
			childId: row.child_id,
			offerTitle: localizedText(row, "title", options.language),
			firstDay: days[0] ?? row.first_day,
			lastDay: days.at(-1) ?? row.last_day,
			days,
			paidCents: row.amount_cents,
			paidOn,
			child: { firstName: row.first_name, lastName: row.last_name, birthDate: row.birth_date },
			organiser: {
				name: row.legal_name ?? row.group_name,
				street: row.street ?? "",
				postalCode: row.postal_code ?? "",
				locality: row.locality ?? "",
				companyNumber: row.company_number ?? "",
				recognition: row.recognition ?? "",
				signatureKey: row.signature_key ?? null,
			},
			houseName: row.house_name,
		});
	}
	return [...byRegistration.values()];
}
