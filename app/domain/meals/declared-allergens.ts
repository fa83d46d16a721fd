import { type AllergenCode, allergenCodes } from "./allergens.ts";

/**
 * Words that name each Annex II allergen, or a food made of it, in French, Dutch, German and
 * English, without accents and in lower case. Parents type allergies freely on the health
 * sheet (« Arachides », « cacahuètes », « pinda's »); these words find the codes to warn about.
 * A word of four letters or more also matches words it begins (« noisette » → « noisettes »).
 */
const wordsByAllergen: Record<AllergenCode, string[]> = {
	gluten: [
		"gluten",
		"ble",
		"froment",
		"seigle",
		"orge",
		"epeautre",
		"tarwe",
		"rogge",
		"gerst",
		"spelt",
		"weizen",
		"roggen",
		"gerste",
		"dinkel",
		"wheat",
		"barley",
		"coeliaque",
		"celiaque",
		"coeliakie",
		"zoliakie",
		"coeliac",
		"celiac",
	],
	crustaceans: [
		"crustace",
		"crevette",
		"crabe",
		"homard",
		"langoustine",
		"schaaldier",
		"garnaal",
		"garnalen",
		"krab",
		"kreeft",
		"krebstier",
		"garnele",
		"krabbe",
		"hummer",
		"crustacean",
		"shrimp",
		"prawn",
		"crab",
		"lobster",
	],
	eggs: ["oeuf", "oeufs", "ei", "eieren", "eier", "egg", "eggs"],
	fish: [
		"poisson",
		"vis",
		"fisch",
		"fish",
		"saumon",
		"thon",
		"cabillaud",
		"zalm",
		"tonijn",
		"kabeljauw",
		"lachs",
		"thunfisch",
		"salmon",
		"tuna",
		"cod",
	],
	peanuts: ["arachide", "cacahuete", "aardnoot", "aardnoten", "pinda", "erdnuss", "erdnusse", "peanut"],
	soybeans: ["soja", "soy", "soya", "soybean"],
	milk: ["lait", "laitier", "lactose", "aplv", "melk", "zuivel", "milch", "laktose", "milk", "dairy"],
	nuts: [
		"noix",
		"noisette",
		"amande",
		"cajou",
		"pistache",
		"pecan",
		"macadamia",
		"noten",
		"noot",
		"hazelnoot",
		"amandel",
		"walnoot",
		"cashew",
		"nuss",
		"nusse",
		"haselnuss",
		"mandel",
		"walnuss",
		"nut",
		"nuts",
		"hazelnut",
		"almond",
		"walnut",
		"coque",
	],
	celery: ["celeri", "selderij", "selder", "sellerie", "celery"],
	mustard: ["moutarde", "mosterd", "senf", "mustard"],
	sesame: ["sesame", "sesam", "sesamzaad", "sesamsamen"],
	sulphites: ["sulfite", "sulphite", "sulfiet", "sulfit", "zwaveldioxide", "schwefeldioxid"],
	lupin: ["lupin", "lupine", "lupinen"],
	molluscs: [
		"mollusque",
		"moule",
		"calamar",
		"huitre",
		"weekdier",
		"mossel",
		"inktvis",
		"weichtier",
		"muschel",
		"tintenfisch",
		"mollusc",
		"mussel",
		"squid",
		"oyster",
	],
};

function wordsOf(text: string): string[] {
	return text
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.replace(/œ/gi, "oe")
		.toLowerCase()
		.split(/[^a-z]+/)
		.filter(Boolean);
}

/**
 * The Annex II allergens that the child's declared allergies name, in the Annex's order. Free
 * texts that name none of them (« Kiwi », « pénicilline ») give nothing: those allergies are
 * shown to staff as typed, and parents read the dish names themselves.
 */
export function declaredAllergenCodes(allergies: string[]): AllergenCode[] {
	const words = allergies.flatMap(wordsOf);
	return allergenCodes.filter((code) =>
		wordsByAllergen[code].some((name) =>
			words.some((word) => word === name || (name.length >= 4 && word.startsWith(name))),
		),
	);
}
