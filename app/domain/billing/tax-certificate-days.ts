/**
 * From paid invoice lines to the paid days of a 281.86 certificate (decision 035). Pure:
 * amounts in cents, dates `YYYY-MM-DD`.
 */
import { ageInMonthsOn } from "#app/domain/offers/age.ts";
import type { TaxCertificateRules } from "./tax-certificate-rules.ts";

/**
 * Spreads a line's amount over its days of care: each day gets the same whole number of cents,
 * and the cents left over go one each to the first days (so the sum is exactly the amount, and a
 * reversal of the same line spreads the same way with the opposite sign). No days: nothing.
 *
 * @throws RangeError when the amount is not whole cents.
 */
export function spreadOverDays(amountCents: number, days: readonly string[]): { date: string; amountCents: number }[] {
	if (!Number.isInteger(amountCents)) throw new RangeError(`An amount is whole cents, not ${amountCents}`);
	if (days.length === 0) return [];
	const sign = amountCents < 0 ? -1 : 1;
	const size = Math.abs(amountCents);
	const base = Math.floor(size / days.length);
	const rest = size - base * days.length;
	return days.map((date, index) => ({ date, amountCents: sign * (base + (index < rest ? 1 : 0)) }));
}

/**
 * The part of a day's amount paid in an income year, for an invoice of `totalCents` of which
 * `paidBeforeCents` was received before 1 January and `paidThroughCents` by 31 December of that
 * year. Each payment pays every line of the invoice in the same proportion (a partly paid invoice
 * counts for what was paid). Rounded per day, so that over the years the parts add up to exactly
 * the day's amount once the invoice is paid, and an invoice paid within one year gives each day
 * its whole amount.
 */
export function paidPartOfDay(
	amountCents: number,
	payments: { paidBeforeCents: number; paidThroughCents: number; totalCents: number },
): number {
	const { paidBeforeCents, paidThroughCents, totalCents } = payments;
	if (totalCents <= 0) return 0;
	const share = (paid: number) => Math.round((amountCents * Math.min(paid, totalCents)) / totalCents);
	return share(paidThroughCents) - share(paidBeforeCents);
}

/**
 * Whether care on `day` counts: strictly before the child's birthday of the year's age limit
 * (14, or 21 with a severe disability, from income year 2020; 12 and 18 before), art. 145/35
 * CIR 92. The rules come from the caps table staff keep (`tax_certificate_caps`).
 */
export function isBeforeAgeLimit(
	day: string,
	child: { birthDate: string; severeDisability: boolean },
	rules: Pick<TaxCertificateRules, "ageLimit" | "ageLimitWithDisability">,
): boolean {
	const limitYears = child.severeDisability ? rules.ageLimitWithDisability : rules.ageLimit;
	return ageInMonthsOn(child.birthDate, day) < limitYears * 12;
}
