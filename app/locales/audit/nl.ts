import type { auditFr } from "./fr.ts";

/** The audit log in sentences (Dutch, Belgian usage). Merged under `audit`. */
export const auditNl: typeof auditFr = {
	anonymous: "Het systeem",
	quoted: "“{{title}}”",
	/** The address under the sentence, on phones. */
	ipLine: "IP-adres: {{address}}",
	unknown: {
		person: "een persoon van wie de account verwijderd is",
		account: "een onbekende gebruikersnaam",
		child: "een kind van wie het dossier verwijderd is",
		offer: "een verwijderd kamp of verwijderde activiteit",
		house: "een verwijderd huis",
		period: "een verwijderde periode",
		group: "de groep",
		email: "een onbekend adres",
	},
	sentences: {
		auth: {
			sign_up: {
				created: "{{actor}} heeft een account aangemaakt.",
				existing_address: "Iemand probeerde een account aan te maken met het adres van {{person}}.",
			},
			confirmation: { resent: "Er werd een nieuwe bevestigingslink naar {{person}} gestuurd." },
			sign_in: {
				succeeded: "{{actor}} heeft zich aangemeld.",
				failed: "Aanmelding geweigerd voor {{person}}.",
			},
			password: { changed: "{{actor}} heeft het wachtwoord gewijzigd." },
			password_reset: {
				requested: "Nieuw wachtwoord aangevraagd voor {{person}}.",
				completed: "{{actor}} heeft met de herstellink een nieuw wachtwoord gekozen.",
			},
			email_change: { requested: "{{actor}} heeft gevraagd om het e-mailadres te wijzigen." },
			email: { changed: "{{actor}} heeft het e-mailadres {{oldEmail}} vervangen door {{newEmail}}." },
			session: { revoked: "{{actor}} heeft een van de eigen sessies afgesloten." },
			sessions: { revoked_all: "{{actor}} heeft alle eigen sessies afgesloten." },
		},
		operator: { granted: "{{person}} is operator van het platform geworden." },
		group: {
			created: "{{actor}} heeft de groep {{group}} aangemaakt.",
			dossier_settings: { updated: "{{actor}} heeft de verplichte velden van de dossiers gewijzigd." },
		},
		house: {
			required_documents: { updated: "{{actor}} heeft de gevraagde documenten van {{house}} gewijzigd." },
			closed_day: {
				added: "{{actor}} heeft huis {{house}} gesloten op {{date}}.",
				removed: "{{actor}} heeft huis {{house}} weer geopend op {{date}}.",
			},
			created: "{{actor}} heeft het huis {{house}} aangemaakt.",
			updated: "{{actor}} heeft het huis {{house}} gewijzigd.",
			archived: "{{actor}} heeft het huis {{house}} gearchiveerd.",
			restored: "{{actor}} heeft het huis {{house}} hersteld.",
			deleted: "{{actor}} heeft het huis {{house}} verwijderd.",
		},
		staff: {
			invited: "{{actor}} heeft {{email}} uitgenodigd als {{role}}.",
			invitation: {
				accepted: "{{actor}} is bij de groep gekomen als {{role}}.",
				revoked: "{{actor}} heeft de uitnodiging aan {{email}} ingetrokken.",
			},
			role_changed: "{{actor}} heeft de rol van {{person}} gewijzigd: {{fromRole}} → {{toRole}}.",
			removed: "{{actor}} heeft {{person}} uit het personeel verwijderd ({{role}}).",
		},
		family: {
			profile: { updated: "{{actor}} heeft de eigen gegevens bijgewerkt." },
			calendar_feed: { regenerated: "{{actor}} heeft de link naar de eigen agenda vernieuwd." },
		},
		billing: {
			signature_updated: "{{actor}} heeft de handtekeningafbeelding van de attesten gewijzigd.",
			signature_removed: "{{actor}} heeft de handtekeningafbeelding van de attesten verwijderd.",
			settings_updated: "{{actor}} heeft de facturatiegegevens van de groep gewijzigd.",
			run_created: "{{actor}} heeft een facturatie voorbereid van {{startsOn}} tot en met {{date}} ({{amount}}).",
			run_confirmed: "{{actor}} heeft een facturatie uitgereikt ({{amount}}).",
			run_discarded: "{{actor}} heeft een facturatie in voorbereiding verworpen.",
			adjustment_added: "{{actor}} heeft een manuele lijn van {{amount}} toegevoegd voor {{child}}.",
			invoice_cancelled: "{{actor}} heeft factuur {{invoiceNumber}} geannuleerd met een creditnota{{reasonNote}}.",
			payment_recorded: "{{actor}} heeft een betaling van {{amount}} geboekt op factuur {{invoiceNumber}}.",
			statement_imported: "{{actor}} heeft rekeninguittreksel {{statement}} ingelezen.",
			movement_matched: "{{actor}} heeft een overschrijving van {{amount}} toegewezen aan factuur {{invoiceNumber}}.",
			movement_ignored: "{{actor}} heeft een bankverrichting van {{amount}} genegeerd.",
			reminder_sent: "Er is een betalingsherinnering verstuurd voor factuur {{invoiceNumber}} ({{amount}}).",
			tax_certificates_issued: "{{actor}} heeft {{count}} fiscale attest(en) 281.86 uitgereikt.",
			tax_certificate_cap_updated: "{{actor}} heeft het dagmaximum van de fiscale attesten gewijzigd ({{amount}}).",
			certifying_authority_updated: "{{actor}} heeft de certificerende instantie van de fiscale attesten gewijzigd.",
		},
		document: {
			published_one: "{{actor}} heeft het document {{document}} voor {{count}} gezin gepubliceerd.",
			published_other: "{{actor}} heeft het document {{document}} voor {{count}} gezinnen gepubliceerd.",
			withdrawn: "{{actor}} heeft het gepubliceerde document {{document}} ingetrokken.",
			file: { downloaded: "{{actor}} heeft het gepubliceerde document {{document}} geopend." },
		},
		message: {
			file: { downloaded: "{{actor}} heeft een bijlage geopend van een bericht over {{child}}." },
			thread: {
				started: "{{actor}} heeft een nieuw bericht gestuurd.",
				assigned: "{{actor}} heeft een gesprek toegewezen.",
				done: "{{actor}} heeft een gesprek als afgehandeld gemarkeerd.",
				reopened: "{{actor}} heeft een gesprek heropend.",
			},
			broadcast: { sent: "{{actor}} heeft een bericht naar {{count}} gezinnen gestuurd." },
		},
		meal: {
			kitchen: {
				viewed_one: "{{actor}} heeft de maaltijden van huis {{house}} op {{date}} bekeken ({{count}} kind).",
				viewed_other: "{{actor}} heeft de maaltijden van huis {{house}} op {{date}} bekeken ({{count}} kinderen).",
			},
			offer: {
				created: "{{actor}} heeft de maaltijd {{offer}} aangemaakt.",
				updated: "{{actor}} heeft de naam of de huizen van de maaltijd {{offer}} gewijzigd.",
			},
			price: {
				set: "{{actor}} heeft de prijs van de maaltijd {{offer}}{{labelNote}} vanaf {{startsOn}} op {{amount}} gezet.",
			},
			rules: { set: "{{actor}} heeft de termijnen van de maaltijd {{offer}} vanaf {{startsOn}} vastgelegd." },
			booked_by_staff_one: "{{actor}} heeft {{count}} maaltijd {{offer}} gereserveerd voor {{child}}{{reasonNote}}.",
			booked_by_staff_other:
				"{{actor}} heeft {{count}} maaltijden {{offer}} gereserveerd voor {{child}}{{reasonNote}}.",
			cancelled_by_staff_one: "{{actor}} heeft {{count}} maaltijd {{offer}} van {{child}} geannuleerd{{reasonNote}}.",
			cancelled_by_staff_other:
				"{{actor}} heeft {{count}} maaltijden {{offer}} van {{child}} geannuleerd{{reasonNote}}.",
		},
		child: {
			document: {
				uploaded: "{{actor}} heeft een document over {{child}} naar {{house}} gestuurd.",
				accepted: "{{actor}} heeft een document voor {{child}} aanvaard ({{house}}).",
				refused: "{{actor}} heeft een document voor {{child}} geweigerd ({{house}}).",
				downloaded: "{{actor}} heeft een document voor {{child}} geopend ({{house}}).",
			},
			billing: { updated: "{{actor}} heeft de facturatie van {{child}} gewijzigd." },
			created: "{{actor}} heeft het dossier van {{child}} aangemaakt.",
			validated: "{{actor}} heeft het dossier van {{child}} gevalideerd.",
			merged: "{{actor}} heeft een dubbel dossier samengevoegd met dat van {{intoChild}}.",
			enrolled: "{{actor}} heeft {{child}} ingeschreven in het huis {{house}} vanaf {{startsOn}}.",
			enrolment: { ended: "{{actor}} heeft de opvang van {{child}} in het huis {{house}} beëindigd op {{date}}." },
			general: { updated: "{{actor}} heeft de algemene gegevens van {{child}} gewijzigd." },
			supplementary: { updated: "{{actor}} heeft de aanvullende gegevens van {{child}} gewijzigd." },
			medical: {
				updated: "{{actor}} heeft de medische gegevens van {{child}} gewijzigd.",
				viewed: "{{actor}} heeft de medische gegevens van {{child}} ingekeken.",
			},
			contacts: { updated: "{{actor}} heeft de contactpersonen van {{child}} gewijzigd." },
			code: {
				issued: "{{actor}} heeft een unieke code voor {{child}} aangemaakt.",
				revoked: "{{actor}} heeft een unieke code van {{child}} ingetrokken.",
				letter_printed: "{{actor}} heeft de brief met de unieke code van {{child}} afgedrukt.",
			},
			guardian: {
				linked: "{{actor}} heeft het dossier van {{child}} met een unieke code aan het eigen portaal toegevoegd.",
				unlinked: "{{actor}} heeft de toegang van {{person}} tot het dossier van {{child}} ingetrokken.",
			},
			guardians: {
				reminded_one: "{{actor}} heeft {{count}} ouder gevraagd het dossier van {{child}} aan te vullen.",
				reminded_other: "{{actor}} heeft {{count}} ouders gevraagd het dossier van {{child}} aan te vullen.",
			},
		},
		period: {
			created: "{{actor}} heeft de periode {{period}} aangemaakt.",
			archived: "{{actor}} heeft de periode {{period}} gearchiveerd.",
			restored: "{{actor}} heeft de periode {{period}} hersteld.",
			deleted: "{{actor}} heeft de periode {{period}} verwijderd.",
		},
		offer: {
			created: "{{actor}} heeft {{offer}} aangemaakt.",
			updated: "{{actor}} heeft {{offer}} gewijzigd.",
			copied: "{{actor}} heeft {{offer}} aangemaakt door {{sourceOffer}} te kopiëren.",
			archived: "{{actor}} heeft {{offer}} gearchiveerd.",
			restored: "{{actor}} heeft {{offer}} uit het archief teruggehaald.",
			deleted: "{{actor}} heeft {{offer}} verwijderd.",
			registrations: {
				exported_one: "{{actor}} heeft {{count}} inschrijving voor {{offer}} geëxporteerd ({{format}}).",
				exported_other: "{{actor}} heeft {{count}} inschrijvingen voor {{offer}} geëxporteerd ({{format}}).",
			},
			attendance: {
				viewed_one: "{{actor}} heeft de aanwezigheidslijst van {{offer}} ingekeken ({{count}} kind).",
				viewed_other: "{{actor}} heeft de aanwezigheidslijst van {{offer}} ingekeken ({{count}} kinderen).",
			},
		},
		registration: {
			created: "{{actor}} heeft {{child}} ingeschreven voor {{offer}}: {{status}}.",
			accepted: "{{actor}} heeft de inschrijving van {{child}} voor {{offer}} aanvaard.",
			moved_to_waiting: "{{actor}} heeft {{child}} op de wachtlijst van {{offer}} gezet.",
			refused: "{{actor}} heeft de inschrijving van {{child}} voor {{offer}} geweigerd.",
			cancelled: "{{actor}} heeft de inschrijving van {{child}} voor {{offer}} geannuleerd.",
		},
	},
};
