/**
 * Meals (« Repas »): allergens, bookings and their refusals. French is the reference. Allergen
 * names are the short names of Regulation (EU) 1169/2011, Annex II, in its French version.
 */
export const mealsFr = {
	allergens: {
		gluten: "Céréales contenant du gluten",
		crustaceans: "Crustacés",
		eggs: "Œufs",
		fish: "Poissons",
		peanuts: "Arachides",
		soybeans: "Soja",
		milk: "Lait",
		nuts: "Fruits à coque",
		celery: "Céleri",
		mustard: "Moutarde",
		sesame: "Graines de sésame",
		sulphites: "Anhydride sulfureux et sulfites",
		lupin: "Lupin",
		molluscs: "Mollusques",
	},
	courses: { starter: "Entrée ou potage", main: "Plat", dessert: "Dessert", vegetarian: "Alternative végétarienne" },
	book: {
		invalidDays: "Choisissez au moins un jour, au format jj/mm/aaaa.",
		closed: "La maison est fermée l'un de ces jours (week-end, jour férié ou journée de fermeture).",
		noRules: "Les repas de l'un de ces jours ne sont pas encore proposés.",
		notServed: "Ce repas n'est pas servi dans une maison où l'enfant est inscrit.",
		reasonRequired: "Le délai est dépassé : indiquez la raison de cette exception.",
		tooLate: "Le délai de réservation de l'un de ces jours est dépassé.",
	},
	cancel: {
		tooLate: "Le délai d'annulation de l'un de ces jours est dépassé.",
		sickToday: "« Enfant malade » n'est possible que le jour même, jusqu'à l'heure prévue.",
	},
	validation: {
		name: "Indiquez un nom de 1 à 80 caractères.",
		houses: "Choisissez au moins une maison du groupe.",
		price: "Indiquez un prix en euros, entre 0 et 1 000.",
		date: "Indiquez une date au format jj/mm/aaaa.",
		time: "Indiquez une heure au format hh:mm.",
		deadlineKind: "Choisissez comment le délai se calcule.",
		dish: "Indiquez un plat de 1 à 120 caractères.",
		courses: "Un seul plat par service.",
	},
};
