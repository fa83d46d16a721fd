/**
 * How long a registration keeps a child in a house (decision 013): a pending, accepted or
 * waiting registration in an offer of the house counts from the day it is made until this
 * many calendar months after the offer's last day — long enough for the follow-up (invoice,
 * lost property, a question from the parents), short enough that a camp of last summer does
 * not open a dossier for good.
 */
export const DERIVED_ENROLMENT_MONTHS = 3;

/** Registration states that hold a place (or a turn) in an offer, and so tie the child to its house. */
export const enrollingRegistrationStatuses = ["pending", "accepted", "waiting"] as const;

/**
 * The earliest last day (`YYYY-MM-DD`) an offer may have and still tie its registered children
 * to its house on `today`: today minus `DERIVED_ENROLMENT_MONTHS` calendar months, clamped to
 * the month's end (31 May → 28 or 29 February). An offer ending on 9 July counts through
 * 9 October and no longer on 10 October.
 */
export function derivedEnrolmentSince(today: string, months = DERIVED_ENROLMENT_MONTHS): string {
	const [year, month, day] = today.split("-").map(Number) as [number, number, number];
	const monthIndex = year * 12 + (month - 1) - months;
	const targetYear = Math.floor(monthIndex / 12);
	const targetMonth = monthIndex - targetYear * 12 + 1;
	const lastDayOfMonth = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
	const pad = (value: number) => String(value).padStart(2, "0");
	return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDayOfMonth))}`;
}

/** Whether an explicit enrolment still counts on `today` (ended ones end on their last day). */
export function isCurrentEnrolment(enrolment: { ends_on: string | null }, today: string): boolean {
	return enrolment.ends_on === null || enrolment.ends_on >= today;
}
