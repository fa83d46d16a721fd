/**
 * Calendar arithmetic for the demo data: days as `YYYY-MM-DD`, the next school holidays, and
 * valid national numbers for invented children. Pure.
 */
import { addDays } from "#app/infra/clock.ts";

/** Monday = 0 … Sunday = 6. */
export function weekday(date: string): number {
	return (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7;
}

/** Easter Sunday (anonymous Gregorian algorithm): carnival follows it. */
function easter(year: number): string {
	const a = year % 19;
	const b = Math.floor(year / 100);
	const c = year % 100;
	const h = (19 * a + b - Math.floor(b / 4) - Math.floor((8 * b + 13) / 25) + 15) % 30;
	const l = (32 + 2 * (b % 4) + 2 * Math.floor(c / 4) - h - (c % 4)) % 7;
	const m = Math.floor((a + 11 * h + 22 * l) / 451);
	const month = Math.floor((h + l - 7 * m + 114) / 31);
	const day = ((h + l - 7 * m + 114) % 31) + 1;
	return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The next Christmas and carnival school holidays after `today`, close to the Wallonia-Brussels
 * calendar: two weeks from the Monday of Christmas week, and two weeks from carnival Monday.
 * Demo data only: the real calendar is the group's business (its periods).
 */
export function nextHolidays(today: string) {
	let year = Number(today.slice(0, 4));
	if (today > `${year}-12-14`) year += 1;
	const christmas = `${year}-12-25`;
	const christmasDay = weekday(christmas);
	const winterStart = addDays(christmas, christmasDay <= 4 ? -christmasDay : 7 - christmasDay);
	const carnivalStart = addDays(easter(year + 1), -48);
	return {
		winter: { name: `Vacances de Noël ${year}`, startsOn: winterStart, endsOn: addDays(winterStart, 13) },
		carnival: { name: `Carnaval ${year + 1}`, startsOn: carnivalStart, endsOn: addDays(carnivalStart, 13) },
	};
}

/** A valid national number for a birth date from 2000 on (check number on « 2 » + 9 digits). */
export function nationalNumberFor(birthDate: string, sequence: number): string {
	const digits = `${birthDate.slice(2).replaceAll("-", "")}${String(sequence).padStart(3, "0")}`;
	const check = 97 - (Number(`2${digits}`) % 97);
	return `${digits}${String(check).padStart(2, "0")}`;
}
