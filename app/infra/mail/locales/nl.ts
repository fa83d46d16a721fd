import type { fr } from "./fr.ts";

/** The mails in Dutch (Belgian usage: "u", "gelieve", "verwittigen"). */
export const nl: typeof fr = {
	common: {
		greeting: "Beste {{firstName}},",
		greetingWithoutName: "Goeiedag,",
		linkFallback: "Werkt de knop niet? Kopieer dan deze link in de adresbalk van uw browser:",
		closing: "Met vriendelijke groeten,",
		signature: "Het Ribambelle-team",
		safety:
			"Voor uw veiligheid: geef uw persoonlijke gegevens of uw wachtwoord nooit door via telefoon of e-mail. Ribambelle zal er u nooit om vragen.",
		automatic: "Dit bericht werd automatisch verzonden; gelieve er niet op te antwoorden.",
	},
	templates: {
		"account.confirm": {
			subject: "Bevestig uw e-mailadres",
			body: [
				"Welkom bij Ribambelle! Bevestig uw e-mailadres via de knop hieronder om het aanmaken van uw account te voltooien.",
				{ link: "url", label: "Mijn e-mailadres bevestigen" },
				"Deze link is 24 uur geldig. Daarna kunt u via de aanmeldpagina een nieuwe aanvragen.",
				"Hebt u geen account aangemaakt bij Ribambelle? Dan mag u dit bericht gewoon negeren: zonder bevestiging wordt er geen account geactiveerd.",
			],
		},
		"account.exists": {
			subject: "Poging om een account aan te maken met uw e-mailadres",
			body: [
				"Iemand, misschien uzelf, heeft geprobeerd om met dit e-mailadres een Ribambelle-account aan te maken. Er bestaat echter al een account voor dit adres.",
				"Was u dat? Dan kunt u zich gewoon aanmelden:",
				{ link: "signInUrl", label: "Aanmelden" },
				"Bent u uw wachtwoord vergeten? Kies dan een nieuw:",
				{ link: "resetUrl", label: "Mijn wachtwoord opnieuw instellen" },
				"Was u het niet? Negeer dan dit bericht: uw account werd niet gewijzigd.",
			],
		},
		"password.reset": {
			subject: "Uw wachtwoord opnieuw instellen",
			body: [
				"U hebt gevraagd om het wachtwoord van uw Ribambelle-account opnieuw in te stellen. Klik op de knop hieronder om een nieuw wachtwoord te kiezen.",
				{ link: "url", label: "Een nieuw wachtwoord kiezen" },
				"Deze link is 1 uur geldig en kan maar één keer gebruikt worden.",
				"Hebt u dit niet gevraagd? Negeer dan dit bericht: uw huidige wachtwoord blijft ongewijzigd.",
			],
		},
		"password.changed": {
			subject: "Uw wachtwoord werd gewijzigd",
			body: [
				"Het wachtwoord van uw Ribambelle-account werd zonet gewijzigd.",
				"Was u dat? Dan hoeft u niets meer te doen.",
				"Was u het niet? Dan kent iemand misschien uw wachtwoord: kies meteen een nieuw via de link ‘Wachtwoord vergeten’ op de aanmeldpagina en verwittig de opvang van uw kinderen.",
			],
		},
		"email.change": {
			subject: "Bevestig uw nieuwe e-mailadres",
			body: [
				"U hebt gevraagd om het adres {{newEmail}} te gebruiken voor uw Ribambelle-account. Klik op de knop hieronder om deze wijziging te bevestigen.",
				{ link: "url", label: "Mijn nieuwe e-mailadres bevestigen" },
				"Hebt u deze wijziging niet gevraagd? Negeer dan dit bericht: er verandert niets.",
			],
		},
		"email.changed": {
			subject: "Het e-mailadres van uw account werd gewijzigd",
			body: [
				"Het e-mailadres van uw Ribambelle-account werd vervangen door {{newEmail}}. Voortaan sturen we onze berichten naar dat nieuwe adres.",
				"Hebt u deze wijziging zelf aangevraagd? Dan hoeft u niets meer te doen.",
				"Was u het niet? Neem dan meteen contact op met de opvang van uw kinderen: iemand heeft misschien toegang tot uw account.",
			],
		},
		"staff.invitation": {
			subject: "Uitnodiging om {{groupName}} te vervoegen op Ribambelle",
			body: [
				"{{inviterName}} nodigt u uit om het team van {{groupName}} op Ribambelle te vervoegen, als {{roleLabel}}.",
				"Klik op de knop hieronder om de uitnodiging te aanvaarden. Hebt u al een Ribambelle-account, dan kunt u zich aanmelden; anders kiest u uw wachtwoord.",
				{ link: "url", label: "Uitnodiging aanvaarden" },
				"Deze link is 7 dagen geldig en kan maar één keer gebruikt worden.",
				"Verwachtte u deze uitnodiging niet? Negeer dan dit bericht.",
			],
		},
		"family.guardian-added": {
			subject: "Er werd een ouder toegevoegd aan het dossier van {{childName}}",
			body: [
				"{{guardianName}} heeft het dossier van {{childName}} aan zijn of haar Ribambelle-portaal toegevoegd, met de unieke code van de opvang. Deze persoon kan het dossier van het kind nu inkijken en wijzigen.",
				"Kent u deze persoon niet of denkt u dat het om een vergissing gaat? Neem dan meteen contact op met de opvang van uw kind.",
				{ link: "url", label: "Het dossier van het kind bekijken" },
			],
		},
		"family.guardian-removed": {
			subject: "U hebt geen toegang meer tot het dossier van {{childName}}",
			body: [
				"{{groupName}} heeft het dossier van {{childName}} uit uw Ribambelle-portaal verwijderd. U kunt het niet langer inkijken of wijzigen.",
				"Gaat het om een vergissing? Neem dan contact op met {{groupName}}.",
			],
		},
		"family.dossier-validated": {
			subject: "Het dossier van {{childName}} werd gevalideerd",
			body: [
				"{{groupName}} heeft het dossier van {{childName}} gevalideerd. Houd het up-to-date, vooral de medische gegevens en de contactpersonen.",
				{ link: "url", label: "Het dossier van het kind bekijken" },
			],
		},
		"family.dossier-merged": {
			subject: "Het dossier van {{childName}} werd aan het bestaande dossier gekoppeld",
			body: [
				"{{groupName}} kende {{childName}} al: het dossier dat u had aangemaakt, werd aan het bestaande dossier van het kind gekoppeld. Dat staat nu onder « Mijn kinderen ».",
				"Controleer de gegevens van het kind en vul aan wat ontbreekt.",
				{ link: "url", label: "Het dossier van het kind bekijken" },
			],
		},
		"family.dossier-reminder": {
			subject: "Er ontbreken gegevens in het dossier van {{childName}}",
			body: [
				"{{groupName}} herinnert u eraan dat er verplichte gegevens ontbreken in het dossier van {{childName}}. Zonder die gegevens kunt u uw kind niet inschrijven voor kampen en activiteiten.",
				"Het portaal toont per rubriek wat nog ingevuld moet worden.",
				{ link: "url", label: "Het dossier aanvullen" },
			],
		},
		"registration.updated": {
			subject: "{{childName}} — {{offerTitle}}: {{statusLabel}}",
			body: [
				"Inschrijving van {{childName}} voor „{{offerTitle}}” ({{houseName}}, {{dates}}): {{statusLabel}}.",
				"{{statusSentence}}",
				{ link: "url", label: "De inschrijvingen van het kind bekijken" },
			],
		},
		"registration.offer-changed": {
			subject: "{{offerTitle}}: een wijziging voor {{childName}}",
			body: [
				"{{childName}} is ingeschreven voor „{{offerTitle}}” ({{houseName}}), dat gewijzigd is:",
				"{{changes}}",
				"De inschrijving blijft geldig. Passen deze wijzigingen u niet, dan kunt u ze annuleren op het portaal of contact opnemen met de opvang. Hebt u het kamp of de activiteit aan uw agenda toegevoegd, dan wordt die vanzelf bijgewerkt.",
				{ link: "url", label: "De inschrijvingen van het kind bekijken" },
			],
		},
		"billing.invoice-issued": {
			subject: "Factuur {{number}} van {{groupName}}",
			body: [
				"{{groupName}} stuurt u factuur {{number}} voor een bedrag van {{amount}}, te betalen uiterlijk op {{dueOn}}.",
				"Overschrijving naar rekening {{iban}} met de gestructureerde mededeling {{communication}} (of scan de QR-code op de factuur met uw bankapp).",
				{ link: "url", label: "Factuur bekijken" },
			],
		},
		"billing.invoice-reminder": {
			subject: "Herinnering: factuur {{number}} van {{groupName}}",
			body: [
				"Behoudens vergissing is factuur {{number}} van {{groupName}}, vervallen op {{dueOn}}, nog niet volledig betaald: er blijft {{amount}} te betalen.",
				"Overschrijving naar rekening {{iban}} met de gestructureerde mededeling {{communication}}. Hebt u intussen betaald, dan mag u deze herinnering negeren.",
				{ link: "url", label: "Factuur bekijken" },
			],
		},
		"document.accepted": {
			subject: "{{childName}}: document aanvaard door {{houseName}}",
			body: [
				"{{houseName}} heeft een document aanvaard dat u voor {{childName}} hebt gestuurd.",
				{ link: "url", label: "De verstuurde documenten bekijken" },
			],
		},
		"document.refused": {
			subject: "{{childName}}: document geweigerd door {{houseName}}",
			body: [
				"{{houseName}} heeft een document geweigerd dat u voor {{childName}} hebt gestuurd. De reden staat op het portaal; daar kunt u ook een nieuw document sturen.",
				{ link: "url", label: "De reden bekijken en een nieuw document sturen" },
			],
		},
		"message.received": {
			subject: "Nieuw bericht: {{subject}}",
			body: [
				"U hebt een nieuw bericht ontvangen over {{childName}} ({{houseName}}):",
				"„{{excerpt}}”",
				{ link: "url", label: "Het bericht lezen" },
			],
		},
		"document.published": {
			subject: "Nieuw document: {{title}}",
			body: [
				"{{houseName}} heeft het document „{{title}}” gepubliceerd voor {{childNames}}.",
				"U vindt het bij de documenten van uw kind op het portaal.",
				{ link: "url", label: "De documenten bekijken" },
			],
		},
		"message.digest": {
			subject: "Uw nieuwe berichten van {{day}}",
			body: [
				"Dit zijn de gesprekken waarin de opvang u sinds het vorige overzicht heeft geschreven en die u nog niet hebt gelezen:",
				{
					list: "threads",
					title: "{{subject}}",
					detail: {
						one: "{{childFirstName}} · {{houseName}} · 1 nieuw bericht",
						other: "{{childFirstName}} · {{houseName}} · {{count}} nieuwe berichten",
					},
					quote: "„{{excerpt}}”",
				},
				{ link: "url", label: "Mijn berichten lezen" },
				"U ontvangt dit overzicht één keer per dag, om 18 uur, zoals u hebt gekozen bij „Mijn gegevens”. U kunt op elk moment terug overschakelen naar een e-mail per bericht.",
			],
		},
	},
};
