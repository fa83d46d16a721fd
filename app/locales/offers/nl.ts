import type { offersFr } from "./fr.ts";

/** Camps and activities in Dutch (Belgian usage). Merged into the Dutch locale under `offers`. */
export const offersNl: typeof offersFr = {
	kinds: { camp: "Kamp", activity: "Activiteit" },
	status: { draft: "ontwerp", open: "open", closed: "afgesloten", cancelled: "geannuleerd" },
	registration: {
		status: {
			pending: "wacht op bevestiging",
			accepted: "aanvaard",
			waiting: "wachtlijst",
			refused: "geweigerd",
			cancelled: "geannuleerd",
		},
		waitingPosition: "wachtlijst (plaats {{position}})",
	},
	mail: {
		pending:
			"Uw aanvraag is goed geregistreerd en er wordt een plaats voor {{childName}} vastgehouden in afwachting van de beslissing van de opvang, die u per e-mail ontvangt.",
		accepted:
			"De plaats van {{childName}} is bevestigd. De bevestiging (pdf) en de toevoeging aan uw agenda vindt u op het portaal.",
		waiting:
			"Het kamp is volzet: {{childName}} staat op de wachtlijst, op plaats {{position}}. Komt er een plaats vrij, dan krijgt uw kind die automatisch en wordt u verwittigd.",
		refused: "De opvang kon de inschrijving van {{childName}} niet aanvaarden. Reden: {{reason}}",
		cancelled: "De inschrijving van {{childName}} is geannuleerd.",
		dateRemoved:
			"De opvang heeft {{date}} geschrapt uit de data van « {{title}} »: de inschrijving van {{childName}} voor die dag is daarom geannuleerd. Als u ze in uw agenda had gezet, verdwijnt ze daaruit.",
		offerCancelled:
			"De opvang heeft „{{title}}” geannuleerd: de inschrijving van {{childName}} is dus geannuleerd. Had u het aan uw agenda toegevoegd, dan verdwijnt het eruit.",
	},
	changes: {
		dates: "Data: {{after}} (in plaats van {{before}})",
		times: "Uren: {{after}} (in plaats van {{before}})",
		house: "Plaats: {{after}} (in plaats van {{before}})",
		price: "Deelname: {{after}} (in plaats van {{before}})",
		carePrice: "Opvang: {{after}} (in plaats van {{before}})",
		noCare: "geen opvang",
		concerned_one:
			"Eén gezin is betrokken: wijzigt u de data, uren, plaats of prijs, dan krijgt het een e-mail; annuleert u, dan wordt de inschrijving geannuleerd.",
		concerned_other:
			"{{count}} gezinnen zijn betrokken: wijzigt u de data, uren, plaats of prijs, dan krijgen ze een e-mail; annuleert u, dan worden hun inschrijvingen geannuleerd.",
	},
	archived: "Dit kamp of deze activiteit is gearchiveerd: het kan niet meer gewijzigd worden.",
	delete: { notDeletable: "Alleen een ontwerp zonder enige inschrijving kan verwijderd worden: archiveer het liever." },
	register: {
		notOpen: "De inschrijvingen zijn momenteel niet open.",
		closed: "De inschrijvingen zijn afgesloten.",
		full: "Volzet: er is geen plaats meer, ook niet op de wachtlijst.",
		already: "Dit kind is al ingeschreven voor dit kamp of deze activiteit.",
		age: "De leeftijd van het kind komt niet overeen met de gevraagde leeftijd.",
		residents: "De inschrijvingen zijn voorbehouden aan inwoners van de vermelde postcodes.",
		incomplete: "Het dossier van het kind is onvolledig: vul het aan voordat u het kind inschrijft.",
		noCare: "Voor dit kamp wordt geen opvang aangeboden.",
		chooseDays: "Kies minstens één datum.",
		dayUnknown: "Een van de gekozen data wordt niet (meer) aangeboden: herlaad de pagina.",
		dayFull: "Een van de gekozen data is volzet, wachtlijst inbegrepen: er is niets ingeschreven.",
	},
	cancel: {
		tooLate: "De annuleringstermijn is verstreken: neem contact op met de opvang.",
		notActive: "Deze inschrijving is niet meer actief.",
	},
	decide: {
		noPlace: "Er is geen vrije plaats meer: maak er een vrij of verhoog de capaciteit.",
		noWaitingRoom: "De wachtlijst is vol.",
		notAllowed: "Deze beslissing is niet mogelijk in de huidige toestand van de inschrijving.",
		offerCancelled: "Dit kamp of deze activiteit is geannuleerd: er kan geen plaats meer toegekend worden.",
		offerOver: "Dit kamp of deze activiteit is voorbij: er kan geen plaats meer toegekend worden.",
	},
	validation: {
		time: "Vul een uur in (UU:MM).",
		price: "Vul een bedrag in euro in, bijvoorbeeld 85 of 85,50.",
		count: "Vul een geheel getal in.",
		countMax: "Maximaal 5 000.",
		ageYears: "Geef een leeftijd van 0 tot 25 jaar op.",
		ageMonths: "Geef 0 tot 11 maanden op.",
		capacity: "De capaciteit is minstens één plaats.",
		endBeforeStart: "Het einde moet na het begin komen.",
		ageRange: "De maximumleeftijd moet hoger zijn dan de minimumleeftijd.",
		belowTaken: "De capaciteit kan niet lager zijn dan het aantal plaatsen dat al is toegekend.",
		belowWaiting: "De wachtlijst kan niet korter zijn dan het aantal kinderen dat er al op staat.",
		house: "Kies een van uw opvanglocaties.",
		period: "Kies een periode van de groep.",
		dateRange: "Geef een datum tussen 2000 en 2099.",
		campTooLong: "Een kamp duurt hoogstens 7 dagen: maak er een per week.",
		activityTooManyDays: "Een activiteit heeft hoogstens 10 data: maak een nieuwe voor de volgende.",
		activityTooLong: "De data van een activiteit vallen binnen één jaar.",
		closesAfterEnd: "De inschrijvingen sluiten uiterlijk op de laatste dag.",
		cancelAfterStart: "De annuleringstermijn valt uiterlijk op de eerste dag.",
		periodTooLong: "Een periode duurt hoogstens een jaar.",
		periodExists: "De groep heeft al een periode met deze naam.",
		periodSameDates: "De groep heeft al een periode op deze data.",
		outsidePeriod: "De data vallen buiten de gekozen periode.",
		datesTogetherLocked: "Er lopen inschrijvingen: de keuze « alle data samen » kan niet meer veranderen.",
	},
};
