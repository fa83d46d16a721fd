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
		account: "Mijn account",
		signIn: "Aanmelden",
		signUp: "Registreren",
		signOut: "Afmelden",
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
	auth: {
		fields: {
			username: "Gebruikersnaam",
			email: "E-mail",
			firstName: "Voornaam",
			lastName: "Naam",
			password: "Wachtwoord",
			newPassword: "Nieuw wachtwoord",
			confirmPassword: "Bevestig het wachtwoord",
			currentPassword: "Huidig wachtwoord",
		},
		signIn: {
			title: "Aanmelden",
			lead: "Kies hoe u zich wilt aanmelden.",
			accountTitle: "Ribambelle-account",
			identifier: "Gebruikersnaam of e-mail",
			rememberMe: "Mij onthouden?",
			submit: "Aanmelden",
			forgot: "Wachtwoord vergeten?",
			signUp: "Registreren?",
			socialTitle: "Sociale netwerken",
			google: "Aanmelden met Google",
			openIdFailed: "Aanmelden met Google is niet gelukt. Probeer het opnieuw of gebruik uw wachtwoord.",
			invalid: "Gebruikersnaam, e-mail of wachtwoord is onjuist.",
			unverifiedTitle: "Uw account is nog niet bevestigd.",
			unverifiedMessage:
				"Klik op de link in de e-mail om uw account te bevestigen. Vindt u die niet meer terug? Dan sturen we ze opnieuw.",
			resend: "Bevestigingsmail opnieuw versturen",
		},
		signUp: {
			title: "Registratie",
			lead: "Een nieuw account aanmaken.",
			submit: "Registreren",
			haveAccount: "Hebt u al een account?",
		},
		username: {
			hint: "3 tot 30 tekens: letters, cijfers, punt, koppelteken of liggend streepje.",
			tooShort: "De gebruikersnaam telt minstens 3 tekens.",
			tooLong: "De gebruikersnaam telt hoogstens 30 tekens.",
			format: "Alleen letters, cijfers, punten, koppeltekens en liggende streepjes zijn toegestaan.",
			taken: "Deze gebruikersnaam is al in gebruik. Kies een andere.",
		},
		password: {
			requirements: "Vereisten voor het wachtwoord",
			met: "voldaan",
			notMet: "nog niet voldaan",
			rules: {
				length: "Minstens 8 tekens",
				upper: "Een hoofdletter (A-Z)",
				lower: "Een kleine letter (a-z)",
				digit: "Een cijfer (0-9)",
				special: "Een speciaal teken (#$^+=!*()@%&)",
			},
			tooLong: "Het wachtwoord telt hoogstens 128 tekens.",
			mismatch: "De twee wachtwoorden zijn niet gelijk.",
			common: "Dit wachtwoord komt te vaak voor of is te makkelijk te raden. Kies een ander.",
			currentWrong: "Het huidige wachtwoord is onjuist.",
		},
		email: {
			unchanged: "Dit is al het e-mailadres van uw account.",
			taken: "Dit e-mailadres wordt al door een ander account gebruikt.",
		},
		checkMailbox: {
			title: "Er is u een e-mail gestuurd!",
			"sign-up": "Bevestig uw account door op de link in het bericht te klikken. De link is 24 uur geldig.",
			confirmation:
				"Als dit account nog op bevestiging wacht, is er zonet een nieuwe link vertrokken. De link is 24 uur geldig.",
			reset:
				"Als er een account met dit adres bestaat, ontvangt u een link om een nieuw wachtwoord te kiezen. De link is een uur geldig en werkt maar één keer.",
			"email-change":
				"Bevestig uw nieuwe adres door op de link te klikken die we daarheen stuurden. Zolang u het niet bevestigd hebt, blijft uw huidige adres behouden.",
			spam: "Na enkele minuten nog niets ontvangen? Kijk dan in uw map met ongewenste e-mail.",
			backToSignIn: "Terug naar aanmelden",
		},
		forgot: {
			title: "Wachtwoord vergeten?",
			lead: "Vul het e-mailadres van uw account in: we sturen u een link om een nieuw wachtwoord te kiezen.",
			submit: "Link versturen",
		},
		reset: {
			title: "Nieuw wachtwoord",
			lead: "Kies uw nieuwe wachtwoord. U wordt op al uw toestellen afgemeld.",
			submit: "Wachtwoord opslaan",
			invalidToken: "Deze link is niet meer geldig: hij werd al gebruikt of is verlopen.",
			askAgain: "Een nieuwe link aanvragen",
			done: "Uw wachtwoord is gewijzigd. U kunt zich aanmelden.",
		},
		confirmed: {
			title: "Account bevestigd",
			problemTitle: "Bevestigingslink",
			welcome: "Uw account is bevestigd. Welkom bij Ribambelle!",
			signInNow: "Uw e-mailadres is bevestigd. Meld u aan om verder te gaan.",
			expired: "Deze bevestigingslink is verlopen. Vul uw e-mailadres in om een nieuwe te ontvangen.",
			invalid: "Deze bevestigingslink is niet geldig. Vul uw e-mailadres in om een nieuwe te ontvangen.",
			resendLabel: "Uw e-mailadres",
		},
	},
	account: {
		title: "Mijn account",
		lead: "Uw aanmeldgegevens, uw wachtwoord en de aangemelde toestellen.",
		identity: {
			title: "Aanmeldgegevens",
			noUsername: "geen (aanmelden met e-mail of Google)",
		},
		email: {
			title: "Mijn e-mailadres wijzigen",
			newEmail: "Nieuw e-mailadres",
			hint: "We sturen een bevestigingslink naar het nieuwe adres.",
			submit: "Adres wijzigen",
			changed: "Uw e-mailadres is gewijzigd.",
			confirmTitle: "Mijn nieuwe adres bevestigen",
			confirmLead: "Klik op de knop om dit adres voor uw Ribambelle-account te gebruiken.",
			confirmSubmit: "Adres bevestigen",
			invalidLink:
				"Deze link is niet meer geldig: hij werd al gebruikt of is verlopen. U kunt de aanvraag opnieuw doen vanuit uw account.",
		},
		password: {
			title: "Mijn wachtwoord wijzigen",
			hint: "Uw andere toestellen worden afgemeld.",
			submit: "Wachtwoord wijzigen",
			changed: "Uw wachtwoord is gewijzigd. Uw andere toestellen zijn afgemeld.",
			noPasswordYet:
				"U meldt zich aan met Google. Om een wachtwoord toe te voegen, gebruikt u „Wachtwoord vergeten?” op de aanmeldpagina.",
		},
		sessions: {
			title: "Aangemelde toestellen",
			lead: "De browsers en toestellen die nu bij uw account aangemeld zijn.",
			current: "dit toestel",
			unknownDevice: "Onbekend toestel",
			details: "Adres {{ipAddress}} · laatste activiteit op {{lastUsedAt}}",
			revoke: "Afmelden",
			revokeAll: "Overal afmelden",
			revoked: "Het toestel is afgemeld.",
			signedOutEverywhere: "U bent op al uw toestellen afgemeld.",
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
	devMailbox: {
		title: "Mailbox voor ontwikkeling",
		lead: "Zolang er geen SMTP-server ingesteld is, komen de e-mails van de toepassing hier terecht in plaats van te vertrekken. Hier vindt u de 50 recentste, de nieuwste eerst.",
		empty: "Nog geen e-mails.",
		to: "Ontvanger",
		receivedAt: "Ontvangen op",
	},
};
