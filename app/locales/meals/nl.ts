import type { mealsFr } from "./fr.ts";

/** Maaltijden. Allergenen: de korte namen van Verordening (EU) 1169/2011, bijlage II. */
export const mealsNl: typeof mealsFr = {
	allergens: {
		gluten: "Glutenbevattende granen",
		crustaceans: "Schaaldieren",
		eggs: "Eieren",
		fish: "Vis",
		peanuts: "Aardnoten",
		soybeans: "Soja",
		milk: "Melk",
		nuts: "Noten",
		celery: "Selderij",
		mustard: "Mosterd",
		sesame: "Sesamzaad",
		sulphites: "Zwaveldioxide en sulfieten",
		lupin: "Lupine",
		molluscs: "Weekdieren",
	},
	courses: {
		starter: "Voorgerecht of soep",
		main: "Hoofdgerecht",
		dessert: "Dessert",
		vegetarian: "Vegetarisch alternatief",
	},
	book: {
		invalidDays: "Kies minstens één dag, in de vorm dd/mm/jjjj.",
		closed: "Het huis is op een van die dagen gesloten (weekend, feestdag of sluitingsdag).",
		noRules: "De maaltijden van een van die dagen worden nog niet aangeboden.",
		notServed: "Deze maaltijd wordt niet geserveerd in een huis waar het kind ingeschreven is.",
		reasonRequired: "De termijn is verstreken: geef de reden van deze uitzondering op.",
		tooLate: "De reservatietermijn van een van die dagen is verstreken.",
	},
	cancel: {
		tooLate: "De annuleringstermijn van een van die dagen is verstreken.",
		sickToday: "« Kind ziek » kan alleen op de dag zelf, tot het voorziene uur.",
	},
	validation: {
		name: "Geef een naam van 1 tot 80 tekens op.",
		houses: "Kies minstens één huis van de groep.",
		price: "Geef een prijs in euro op, tussen 0 en 1 000.",
		date: "Geef een datum op in de vorm dd/mm/jjjj.",
		time: "Geef een uur op in de vorm uu:mm.",
		deadlineKind: "Kies hoe de termijn berekend wordt.",
		dish: "Geef een gerecht van 1 tot 120 tekens op.",
		courses: "Eén gerecht per gang.",
	},
};
