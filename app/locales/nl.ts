import type { fr } from "./fr.ts";

export const nl: typeof fr = {
	app: {
		name: "Ribambelle",
		skipToContent: "Naar de hoofdinhoud",
		footer: "Ribambelle — het portaal voor gezinnen en opvanginitiatieven.",
	},
	nav: {
		main: "Hoofdnavigatie",
		children: "Mijn kinderen",
		myData: "Mijn gegevens",
		messages: "Berichten",
		staff: "Personeelsruimte",
		child: {
			label: "Dossier van het kind",
			houses: "De opvanglocaties van het kind",
			camps: "Kampen",
			activities: "Activiteiten",
			general: "Algemene gegevens",
			supplementary: "Aanvullende gegevens",
			medical: "Medische gegevens",
			contacts: "Contactpersonen",
			documents: "Documenten",
			meals: "Maaltijden",
		},
	},
	language: {
		label: "Taal",
		names: { fr: "Français", nl: "Nederlands", de: "Deutsch", en: "English" },
	},
	home: {
		title: "Welkom bij Ribambelle",
		lead: "Het portaal dat u verbindt met de opvang van uw kinderen: kinderdagverblijven, buitenschoolse opvang, scholen en vakantiecentra.",
		groups: {
			title: "De opvanginitiatieven",
			empty: "Er is nog geen opvanginitiatief ingeschreven.",
			contact: "Inlichtingen:",
		},
	},
	houses: {
		kinds: {
			creche: "Kinderdagverblijf",
			out_of_school: "Buitenschoolse opvang",
			school: "School",
			holiday_centre: "Vakantiecentrum",
		},
	},
	staff: {
		title: "Personeelsruimte",
		lead: "Beheer van locaties, dossiers, kampen en inschrijvingen.",
	},
	comingSoon: {
		title: "Binnenkort beschikbaar",
		message: "„{{what}}” is nog niet beschikbaar in deze versie van het portaal.",
	},
	errors: {
		backHome: "Terug naar de startpagina",
		reference: "Referentie van de aanvraag: {{requestId}}",
		forbidden: {
			title: "Toegang geweigerd",
			message: "U hebt geen toestemming om deze handeling uit te voeren.",
		},
		notFound: {
			title: "Pagina niet gevonden",
			message: "Deze pagina bestaat niet of is niet meer beschikbaar.",
		},
		tooManyRequests: {
			title: "Te veel pogingen",
			message: "U hebt te veel pogingen gedaan. Wacht enkele minuten voordat u het opnieuw probeert.",
		},
		payloadTooLarge: {
			title: "Verzending te groot",
			message: "Wat u hebt verzonden, is groter dan toegestaan.",
		},
		lengthRequired: {
			title: "Verzending geweigerd",
			message: "Uw browser heeft een verzoek verstuurd dat wij niet kunnen aanvaarden. Probeer het opnieuw.",
		},
		serverError: {
			title: "Er is een fout opgetreden",
			message:
				"We konden uw aanvraag niet verwerken. Niets van wat u hebt opgeslagen, is verloren; probeer het zo dadelijk opnieuw.",
		},
	},
	validation: {
		required: "Dit veld is verplicht.",
		tooLong: "Deze tekst is te lang.",
		email: "Vul een geldig e-mailadres in.",
	},
	groups: {
		code: {
			tooShort: "De groepscode telt minstens 3 letters.",
			lettersOnly: "Alleen letters zijn toegestaan (geen cijfers, spaties of speciale tekens).",
			taken: "Deze groepscode is al in gebruik.",
		},
	},
};
