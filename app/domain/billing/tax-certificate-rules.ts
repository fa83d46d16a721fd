/**
 * Rules of the tax certificate 281.86 (« attestation fiscale frais de garde d'enfants »),
 * SPF Finances: the tax reduction for childcare, art. 145/35 of the Income Tax Code 1992
 * (CIR 92) and its royal decree (art. 63/8 AR/CIR 92). This module holds the pure part: the
 * age limits and the daily cap of an income year, which days count, and how care days are
 * written as the « périodes » of a certificate (at most 4 per certificate). Amounts in cents.
 */
import { ageInMonthsOn } from "#app/domain/offers/age.ts";

export type TaxCertificateRules = {
	/** Care counts on days before the child's birthday of this age (« moins de 14 ans »). */
	ageLimit: number;
	/** The same for a child with a severe disability (« handicap lourd »). */
	ageLimitWithDisability: number;
	/** The most a day of care counts for, per child, in cents. */
	dailyCapCents: number;
	/** False while the tax administration has not published the cap of that year. */
	capConfirmed: boolean;
};

/** A row of the table: the rules in force from an income year on. */
export type TaxCertificateRulesRow = TaxCertificateRules & { fromIncomeYear: number };

/**
 * The default table, by income year (the year the care was paid). Until income year 2019 the
 * limits were 12 years (18 with a severe disability) and €11.20 a day; the reform of 2020
 * raised them to 14 and 21 years and indexes the cap every year. 2025's €16.90 is announced
 * but not confirmed by SPF Finances. Staff may override the table in the database; this
 * stays the default.
 */
export const taxCertificateRulesTable: readonly TaxCertificateRulesRow[] = [
	{ fromIncomeYear: 0, ageLimit: 12, ageLimitWithDisability: 18, dailyCapCents: 1120, capConfirmed: true },
	{ fromIncomeYear: 2020, ageLimit: 14, ageLimitWithDisability: 21, dailyCapCents: 1300, capConfirmed: true },
	{ fromIncomeYear: 2021, ageLimit: 14, ageLimitWithDisability: 21, dailyCapCents: 1370, capConfirmed: true },
	{ fromIncomeYear: 2022, ageLimit: 14, ageLimitWithDisability: 21, dailyCapCents: 1400, capConfirmed: true },
	{ fromIncomeYear: 2023, ageLimit: 14, ageLimitWithDisability: 21, dailyCapCents: 1570, capConfirmed: true },
	{ fromIncomeYear: 2024, ageLimit: 14, ageLimitWithDisability: 21, dailyCapCents: 1640, capConfirmed: true },
	{ fromIncomeYear: 2025, ageLimit: 14, ageLimitWithDisability: 21, dailyCapCents: 1690, capConfirmed: false },
];

/**
 * The rules of an income year: the last row of the table starting at or before it. A year
 * after the table's last row takes that row with `capConfirmed: false`, since its cap is not
 * known yet.
 *
 * @throws RangeError when the year is not an integer.
 */
export function taxCertificateRulesFor(
	incomeYear: number,
	table: readonly TaxCertificateRulesRow[] = taxCertificateRulesTable,
): TaxCertificateRules {
	if (!Number.isInteger(incomeYear)) throw new RangeError(`An income year is an integer, not ${incomeYear}`);
	const row = table.filter((candidate) => candidate.fromIncomeYear <= incomeYear).at(-1);
	if (!row) throw new RangeError(`No tax certificate rules for income year ${incomeYear}`);
	const last = table.at(-1);
	const { fromIncomeYear, ...rules } = row;
	return row === last && incomeYear > fromIncomeYear ? { ...rules, capConfirmed: false } : rules;
}

/**
 * The days of care that count for the certificate: those strictly before the child's birthday
 * of the year's age limit (14, or 21 with a severe disability, from income year 2020). The law
 * says « enfants de moins de 14 ans » (art. 145/35 CIR 92), and a child is no longer under 14
 * on the day of the 14th birthday, so that day and the days after are left out. A child born on
 * 29 February has the birthday on 28 February in other years (as in decision 018).
 * Days keep their order; dates are `YYYY-MM-DD`.
 */
export function eligibleDays({
	birthDate,
	severeDisability,
	days,
	incomeYear,
}: {
	birthDate: string;
	severeDisability: boolean;
	days: string[];
	incomeYear: number;
}): string[] {
	const rules = taxCertificateRulesFor(incomeYear);
	const limitMonths = (severeDisability ? rules.ageLimitWithDisability : rules.ageLimit) * 12;
	return days.filter((day) => ageInMonthsOn(birthDate, day) < limitMonths);
}

/** A « période » of the certificate: care days from `from` to `to`, all at one daily tariff. */
export type Period = {
	from: string;
	to: string;
	/** Number of care days in the period (not the calendar days between from and to). */
	days: number;
	dailyTariffCents: number;
	/** days × dailyTariffCents. */
	amountCents: number;
};

export const maxPeriodsPerCertificate = 4;

/**
 * Writes paid care days as certificate periods, at most 4 per certificate.
 *
 * Lines of one date are added up first (a day's participation and its extended care make one
 * day of care); a date whose total is zero or less (fully credited) is not a day of care.
 * Then, in date order, a period runs as long as the days keep the same daily tariff: days
 * without care in between (weekends, a week off) stay inside the period, and its `days` counts
 * only the care days. A different tariff starts a new period. The periods are cut into
 * certificates of 4 (one array per certificate, in date order); no lines give no certificate.
 *
 * The caller passes only what may be certified: days paid in the income year, before the age
 * limit (`eligibleDays`), without meals, membership fees or material.
 *
 * @throws RangeError when an amount is not an integer number of cents.
 */
export function splitIntoPeriods(lines: { date: string; amountCents: number }[]): Period[][] {
	const totals = new Map<string, number>();
	for (const { date, amountCents } of lines) {
		if (!Number.isInteger(amountCents)) throw new RangeError(`An amount is whole cents, not ${amountCents}`);
		totals.set(date, (totals.get(date) ?? 0) + amountCents);
	}
	const careDays = [...totals].filter(([, cents]) => cents > 0).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

	const periods: Period[] = [];
	for (const [date, cents] of careDays) {
		const current = periods.at(-1);
		if (current && current.dailyTariffCents === cents) {
			current.to = date;
			current.days += 1;
			current.amountCents += cents;
		} else {
			periods.push({ from: date, to: date, days: 1, dailyTariffCents: cents, amountCents: cents });
		}
	}

	const certificates: Period[][] = [];
	for (let start = 0; start < periods.length; start += maxPeriodsPerCertificate) {
		certificates.push(periods.slice(start, start + maxPeriodsPerCertificate));
	}
	return certificates;
}

/**
 * The part of a period's amount that counts for the tax reduction: each day at most the
 * year's daily cap, so days × min(daily tariff, cap). In cents.
 */
export function cappedAmountCents(period: Pick<Period, "days" | "dailyTariffCents">, dailyCapCents: number): number {
	return period.days * Math.min(period.dailyTariffCents, dailyCapCents);
}
