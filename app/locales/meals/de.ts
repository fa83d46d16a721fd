import type { mealsFr } from "./fr.ts";

/** Mahlzeiten. Allergene: die Kurzbezeichnungen der Verordnung (EU) 1169/2011, Anhang II. */
export const mealsDe: typeof mealsFr = {
	allergens: {
		gluten: "Glutenhaltiges Getreide",
		crustaceans: "Krebstiere",
		eggs: "Eier",
		fish: "Fisch",
		peanuts: "Erdnüsse",
		soybeans: "Soja",
		milk: "Milch",
		nuts: "Schalenfrüchte",
		celery: "Sellerie",
		mustard: "Senf",
		sesame: "Sesamsamen",
		sulphites: "Schwefeldioxid und Sulphite",
		lupin: "Lupinen",
		molluscs: "Weichtiere",
	},
	courses: {
		starter: "Vorspeise oder Suppe",
		main: "Hauptgericht",
		dessert: "Nachtisch",
		vegetarian: "Vegetarische Alternative",
	},
	book: {
		invalidDays: "Wählen Sie mindestens einen Tag im Format TT/MM/JJJJ.",
		closed: "Das Haus ist an einem dieser Tage geschlossen (Wochenende, Feiertag oder Schließtag).",
		noRules: "Die Mahlzeiten eines dieser Tage werden noch nicht angeboten.",
		notServed: "Diese Mahlzeit wird in keinem Haus serviert, in dem das Kind angemeldet ist.",
		reasonRequired: "Die Frist ist abgelaufen: Geben Sie den Grund für diese Ausnahme an.",
		tooLate: "Die Reservierungsfrist eines dieser Tage ist abgelaufen.",
	},
	cancel: {
		tooLate: "Die Stornierungsfrist eines dieser Tage ist abgelaufen.",
		sickToday: "« Kind krank » ist nur am selben Tag bis zur vorgesehenen Uhrzeit möglich.",
	},
	validation: {
		name: "Geben Sie einen Namen mit 1 bis 80 Zeichen an.",
		houses: "Wählen Sie mindestens ein Haus der Gruppe.",
		price: "Geben Sie einen Preis in Euro zwischen 0 und 1 000 an.",
		date: "Geben Sie ein Datum im Format TT/MM/JJJJ an.",
		time: "Geben Sie eine Uhrzeit im Format hh:mm an.",
		deadlineKind: "Wählen Sie, wie die Frist berechnet wird.",
		dish: "Geben Sie ein Gericht mit 1 bis 120 Zeichen an.",
		courses: "Ein Gericht pro Gang.",
	},
};
