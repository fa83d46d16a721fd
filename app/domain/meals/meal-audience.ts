import { isAgeEligible } from "#app/domain/offers/age.ts";

/** Who a meal offer is for besides its houses (issue 12 §1): school-class labels and ages. */
export type MealAudience = { class_labels: string; min_age_years: number | null; max_age_years: number | null };

/** The labels of `class_labels` (« maternelle, primaire »), trimmed, without empties. */
export function classLabelsOf(stored: string): string[] {
	return stored
		.split(",")
		.map((label) => label.trim())
		.filter((label) => label !== "");
}

/** Whether the offer is for every child (no class label, no age limit). */
export function isForEveryone(audience: MealAudience): boolean {
	return (
		classLabelsOf(audience.class_labels).length === 0 &&
		audience.min_age_years === null &&
		audience.max_age_years === null
	);
}

/**
 * Whether a child may have a meal offer on `day`: the school class (supplementary data) contains
 * one of the offer's labels, ignoring case (none: any class), and the age on that day in whole
 * years is within its limits, a maximum of 6 including 6 years and 11 months (decision 018's
 * reading of ages in years). A limit the child's data cannot answer (no class, no birth date)
 * excludes the child.
 */
export function isInMealAudience(
	audience: MealAudience,
	child: { birthDate: string | null; schoolClass: string | null },
	day: string,
): boolean {
	const labels = classLabelsOf(audience.class_labels);
	if (labels.length > 0) {
		const schoolClass = (child.schoolClass ?? "").toLocaleLowerCase("fr");
		if (!labels.some((label) => schoolClass.includes(label.toLocaleLowerCase("fr")))) return false;
	}
	if (audience.min_age_years === null && audience.max_age_years === null) return true;
	if (!child.birthDate) return false;
	return isAgeEligible(child.birthDate, day, {
		minAgeMonths: audience.min_age_years === null ? null : audience.min_age_years * 12,
		maxAgeMonths: audience.max_age_years === null ? null : audience.max_age_years * 12,
		maxAgeWholeYears: true,
	});
}
