import type { fr } from "./fr.ts";

export const de: typeof fr = {
	app: {
		name: "Ribambelle",
		skipToContent: "Zum Hauptinhalt springen",
		footer: "Ribambelle — das Portal für Familien und Betreuungseinrichtungen.",
	},
	nav: {
		main: "Hauptnavigation",
		children: "Meine Kinder",
		myData: "Meine Daten",
		messages: "Nachrichten",
		staff: "Personalbereich",
		child: {
			label: "Akte des Kindes",
			houses: "Die Einrichtungen des Kindes",
			camps: "Ferienlager",
			activities: "Aktivitäten",
			general: "Allgemeine Daten",
			supplementary: "Zusätzliche Daten",
			medical: "Medizinische Daten",
			contacts: "Kontakte",
			documents: "Dokumente",
			meals: "Mahlzeiten",
		},
	},
	language: {
		label: "Sprache",
		names: { fr: "Français", nl: "Nederlands", de: "Deutsch", en: "English" },
	},
	home: {
		title: "Willkommen bei Ribambelle",
		lead: "Das Portal, das Sie mit den Betreuungseinrichtungen Ihrer Kinder verbindet: Krippen, außerschulische Betreuung, Schulen und Ferienzentren.",
		groups: {
			title: "Die Betreuungseinrichtungen",
			empty: "Es ist noch keine Betreuungseinrichtung eingetragen.",
			contact: "Auskünfte:",
		},
	},
	houses: {
		kinds: {
			creche: "Kinderkrippe",
			out_of_school: "Außerschulische Betreuung",
			school: "Schule",
			holiday_centre: "Ferienzentrum",
		},
	},
	staff: {
		title: "Personalbereich",
		lead: "Verwaltung der Einrichtungen, Akten, Ferienlager und Anmeldungen.",
	},
	comingSoon: {
		title: "Demnächst verfügbar",
		message: "„{{what}}“ ist in dieser Version des Portals noch nicht verfügbar.",
	},
	errors: {
		backHome: "Zurück zur Startseite",
		reference: "Referenz der Anfrage: {{requestId}}",
		forbidden: {
			title: "Zugriff verweigert",
			message: "Sie sind nicht berechtigt, diese Aktion auszuführen.",
		},
		notFound: {
			title: "Seite nicht gefunden",
			message: "Diese Seite existiert nicht oder ist nicht mehr verfügbar.",
		},
		tooManyRequests: {
			title: "Zu viele Versuche",
			message:
				"Sie haben zu viele Versuche unternommen. Bitte warten Sie einige Minuten, bevor Sie es erneut versuchen.",
		},
		payloadTooLarge: {
			title: "Sendung zu groß",
			message: "Was Sie gesendet haben, überschreitet die zulässige Größe.",
		},
		lengthRequired: {
			title: "Sendung abgelehnt",
			message: "Ihr Browser hat eine Anfrage gesendet, die wir nicht annehmen können. Bitte versuchen Sie es erneut.",
		},
		serverError: {
			title: "Ein Fehler ist aufgetreten",
			message:
				"Wir konnten Ihre Anfrage nicht bearbeiten. Nichts von dem, was Sie gespeichert haben, ist verloren; bitte versuchen Sie es gleich noch einmal.",
		},
	},
	validation: {
		required: "Dieses Feld ist ein Pflichtfeld.",
		tooLong: "Dieser Text ist zu lang.",
		email: "Bitte geben Sie eine gültige E-Mail-Adresse ein.",
	},
	groups: {
		code: {
			tooShort: "Der Gruppencode hat mindestens 3 Buchstaben.",
			lettersOnly: "Nur Buchstaben sind erlaubt (keine Ziffern, Leerzeichen oder Sonderzeichen).",
			taken: "Dieser Gruppencode wird bereits verwendet.",
		},
	},
};
