/**
 * Ages as camps state them: « 4 ans et 9 mois », counted in whole months on a given day
 * (the camp's first day). A child born on the 31st turns a month older on the last day of a
 * shorter month.
 */
export function ageInMonthsOn(birthDate: string, on: string): number {
	const [birthYear, birthMonth, birthDay] = birthDate.split("-").map(Number) as [number, number, number];
	const [year, month, day] = on.split("-").map(Number) as [number, number, number];
	let months = (year - birthYear) * 12 + (month - birthMonth);
	const lastDayOfMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
	if (day < Math.min(birthDay, lastDayOfMonth)) months -= 1;
	return months;
}

/** Splits months into years and months for display. */
export function yearsAndMonths(totalMonths: number): { years: number; months: number } {
	return { years: Math.floor(totalMonths / 12), months: totalMonths % 12 };
}

/**
 * An offer's age limits, in whole months on its first day. A maximum given in years only
 * (« 6 ans », `maxAgeWholeYears`) reads as parents read it: still 6 until the eve of the 7th
 * birthday. A maximum given with months (« 6 ans et 3 mois », even « 6 ans et 0 mois ») holds
 * up to that month inclusive. Decision 018.
 */
export type AgeRange = { minAgeMonths: number | null; maxAgeMonths: number | null; maxAgeWholeYears: boolean };

/** The oldest age, in whole months, an offer accepts (null: no maximum). */
export function oldestAgeMonths(range: AgeRange): number | null {
	if (range.maxAgeMonths === null) return null;
	return range.maxAgeMonths + (range.maxAgeWholeYears ? 11 : 0);
}

/** Whether a child of that birth date may attend an offer with that age range, on its first day. */
export function isAgeEligible(birthDate: string, firstDay: string, range: AgeRange): boolean {
	const age = ageInMonthsOn(birthDate, firstDay);
	if (age < 0) return false;
	if (range.minAgeMonths !== null && age < range.minAgeMonths) return false;
	const oldest = oldestAgeMonths(range);
	if (oldest !== null && age > oldest) return false;
	return true;
}

/** An offer row's age range (`max_age_whole_years` from decision 018). */
export function ageRangeOf(offer: {
	min_age_months: number | null;
	max_age_months: number | null;
	max_age_whole_years: boolean;
}): AgeRange {
	return {
		minAgeMonths: offer.min_age_months,
		maxAgeMonths: offer.max_age_months,
		maxAgeWholeYears: offer.max_age_whole_years,
	};
}
