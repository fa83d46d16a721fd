import type { mealsFr } from "./fr.ts";

/** Meals. Allergens: the short names of Regulation (EU) 1169/2011, Annex II. */
export const mealsEn: typeof mealsFr = {
	allergens: {
		gluten: "Cereals containing gluten",
		crustaceans: "Crustaceans",
		eggs: "Eggs",
		fish: "Fish",
		peanuts: "Peanuts",
		soybeans: "Soybeans",
		milk: "Milk",
		nuts: "Nuts",
		celery: "Celery",
		mustard: "Mustard",
		sesame: "Sesame seeds",
		sulphites: "Sulphur dioxide and sulphites",
		lupin: "Lupin",
		molluscs: "Molluscs",
	},
	courses: {
		starter: "Starter or soup",
		main: "Main course",
		dessert: "Dessert",
		vegetarian: "Vegetarian alternative",
	},
	book: {
		invalidDays: "Choose at least one day, as dd/mm/yyyy.",
		closed: "The house is closed on one of these days (weekend, public holiday or closing day).",
		noRules: "Meals are not offered yet on one of these days.",
		notServed: "This meal is not served in a house where the child is enrolled.",
		reasonRequired: "The deadline has passed: say why you make this exception.",
		tooLate: "The booking deadline of one of these days has passed.",
	},
	cancel: {
		tooLate: "The cancellation deadline of one of these days has passed.",
		sickToday: "« Child ill » is only possible on the day itself, until the set time.",
	},
	validation: {
		name: "Give a name of 1 to 80 characters.",
		houses: "Choose at least one house of the group.",
		price: "Give a price in euros, between 0 and 1,000.",
		date: "Give a date as dd/mm/yyyy.",
		time: "Give a time as hh:mm.",
		deadlineKind: "Choose how the deadline is counted.",
		dish: "Give a dish of 1 to 120 characters.",
		courses: "One dish per course.",
	},
};
