/** Why a house is closed on a day (`house_closed_days.reason`); names are `meals.closedDays.reasons.*`. */
export const closedDayReasons = ["pedagogical_day", "school_holiday", "public_holiday", "other"] as const;
