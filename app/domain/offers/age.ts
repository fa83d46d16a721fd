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

/** Whether a child of that birth date may attend an offer for ages [min, max] months on its first day. */
export function isAgeEligible(
	birthDate: string,
	firstDay: string,
	range: { minAgeMonths: number | null; maxAgeMonths: number | null },
): boolean {
	const age = ageInMonthsOn(birthDate, firstDay);
	if (age < 0) return false;
	if (range.minAgeMonths !== null && age < range.minAgeMonths) return false;
	if (range.maxAgeMonths !== null && age > range.maxAgeMonths) return false;
	return true;
}
