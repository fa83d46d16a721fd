/**
 * The 14 substances or products causing allergies or intolerances of Regulation (EU) No
 * 1169/2011, Annex II, in the Annex's order. Stored as these codes; their names are
 * translations (`meals.allergens.<code>`, the Regulation's own short names in French, Dutch,
 * German and English).
 */
export const allergenCodes = [
	"gluten",
	"crustaceans",
	"eggs",
	"fish",
	"peanuts",
	"soybeans",
	"milk",
	"nuts",
	"celery",
	"mustard",
	"sesame",
	"sulphites",
	"lupin",
	"molluscs",
] as const;

export type AllergenCode = (typeof allergenCodes)[number];

const known = new Set<string>(allergenCodes);

export function isAllergenCode(value: unknown): value is AllergenCode {
	return typeof value === "string" && known.has(value);
}

/**
 * Allergen codes from their stored form (comma-separated, as in `meal_dishes.allergens`), in
 * the Annex's order, unknown codes dropped.
 */
export function parseAllergens(stored: string | null | undefined): AllergenCode[] {
	const given = new Set((stored ?? "").split(",").map((code) => code.trim()));
	return allergenCodes.filter((code) => given.has(code));
}

/** The stored form of a set of allergen codes: comma-separated, in the Annex's order. */
export function storedAllergens(codes: Iterable<string>): string {
	return parseAllergens([...codes].join(",")).join(",");
}
