import type { auditFr } from "./fr.ts";

/**
 * The audit log in sentences (German, as used in East Belgium). Names follow « von », never
 * a genitive « -s », so « Inès » or « Max » need no apostrophe rule. Merged under `audit`.
 */
export const auditDe: typeof auditFr = {
	anonymous: "Das System",
	quoted: "„{{title}}“",
	/** The address under the sentence, on phones. */
	ipLine: "IP-Adresse: {{address}}",
	unknown: {
		person: "eine Person, deren Konto gelöscht wurde",
		account: "eine unbekannte Kennung",
		child: "ein Kind, dessen Akte gelöscht wurde",
		offer: "ein gelöschtes Ferienlager oder eine gelöschte Aktivität",
		house: "eine gelöschte Einrichtung",
		period: "ein gelöschter Zeitraum",
		group: "die Gruppe",
		email: "eine unbekannte Adresse",
	},
	sentences: {
		auth: {
			sign_up: {
				created: "{{actor}} hat ein Konto angelegt.",
				existing_address: "Jemand hat versucht, ein Konto mit der Adresse von {{person}} anzulegen.",
			},
			confirmation: { resent: "Ein neuer Bestätigungslink wurde an {{person}} geschickt." },
			sign_in: {
				succeeded: "{{actor}} hat sich angemeldet.",
				failed: "Anmeldung abgelehnt für {{person}}.",
			},
			password: { changed: "{{actor}} hat das Passwort geändert." },
			password_reset: {
				requested: "Neues Passwort angefordert für {{person}}.",
				completed: "{{actor}} hat mit dem Link zum Zurücksetzen ein neues Passwort gewählt.",
			},
			email_change: { requested: "{{actor}} hat beantragt, die E-Mail-Adresse zu ändern." },
			email: { changed: "{{actor}} hat die E-Mail-Adresse {{oldEmail}} durch {{newEmail}} ersetzt." },
			session: { revoked: "{{actor}} hat eine eigene Sitzung beendet." },
			sessions: { revoked_all: "{{actor}} hat alle eigenen Sitzungen beendet." },
		},
		operator: { granted: "{{person}} ist Betreiber der Plattform geworden." },
		group: {
			created: "{{actor}} hat die Gruppe {{group}} angelegt.",
			dossier_settings: { updated: "{{actor}} hat die Pflichtfelder der Akten geändert." },
		},
		house: {
			required_documents: { updated: "{{actor}} hat die verlangten Dokumente von {{house}} geändert." },
			closed_day: {
				added: "{{actor}} hat das Haus {{house}} am {{date}} geschlossen.",
				removed: "{{actor}} hat das Haus {{house}} am {{date}} wieder geöffnet.",
			},
			created: "{{actor}} hat die Einrichtung {{house}} angelegt.",
			updated: "{{actor}} hat die Einrichtung {{house}} geändert.",
			archived: "{{actor}} hat die Einrichtung {{house}} archiviert.",
			restored: "{{actor}} hat die Einrichtung {{house}} wiederhergestellt.",
			deleted: "{{actor}} hat die Einrichtung {{house}} gelöscht.",
		},
		staff: {
			invited: "{{actor}} hat {{email}} als {{role}} eingeladen.",
			invitation: {
				accepted: "{{actor}} ist der Gruppe als {{role}} beigetreten.",
				revoked: "{{actor}} hat die Einladung an {{email}} zurückgezogen.",
			},
			role_changed: "{{actor}} hat die Rolle von {{person}} geändert: {{fromRole}} → {{toRole}}.",
			removed: "{{actor}} hat {{person}} aus dem Personal entfernt ({{role}}).",
		},
		family: {
			profile: { updated: "{{actor}} hat die eigenen Daten aktualisiert." },
			calendar_feed: { regenerated: "{{actor}} hat den Link zum eigenen Kalender erneuert." },
		},
		billing: {
			signature_updated: "{{actor}} hat das Unterschriftsbild der Bescheinigungen geändert.",
			signature_removed: "{{actor}} hat das Unterschriftsbild der Bescheinigungen entfernt.",
			settings_updated: "{{actor}} hat die Rechnungsdaten der Gruppe geändert.",
			run_created: "{{actor}} hat eine Abrechnung vom {{startsOn}} bis {{date}} vorbereitet ({{amount}}).",
			run_confirmed: "{{actor}} hat eine Abrechnung ausgestellt ({{amount}}).",
			run_discarded: "{{actor}} hat eine vorbereitete Abrechnung verworfen.",
			adjustment_added: "{{actor}} hat eine manuelle Zeile über {{amount}} für {{child}} hinzugefügt.",
			invoice_cancelled: "{{actor}} hat die Rechnung {{invoiceNumber}} durch eine Gutschrift storniert{{reasonNote}}.",
			payment_recorded: "{{actor}} hat eine Zahlung von {{amount}} auf die Rechnung {{invoiceNumber}} gebucht.",
			statement_imported: "{{actor}} hat den Kontoauszug {{statement}} eingelesen.",
			movement_matched: "{{actor}} hat eine Überweisung von {{amount}} der Rechnung {{invoiceNumber}} zugeordnet.",
			movement_ignored: "{{actor}} hat eine Kontobewegung von {{amount}} übergangen.",
			reminder_sent: "Für die Rechnung {{invoiceNumber}} wurde eine Zahlungserinnerung verschickt ({{amount}}).",
			tax_certificates_issued: "{{actor}} hat {{count}} Steuerbescheinigung(en) 281.86 ausgestellt.",
			tax_certificate_cap_updated:
				"{{actor}} hat den Tageshöchstbetrag der Steuerbescheinigungen geändert ({{amount}}).",
			certifying_authority_updated: "{{actor}} hat die bescheinigende Behörde der Steuerbescheinigungen geändert.",
		},
		document: {
			published_one: "{{actor}} hat das Dokument {{document}} für {{count}} Familie veröffentlicht.",
			published_other: "{{actor}} hat das Dokument {{document}} für {{count}} Familien veröffentlicht.",
			withdrawn: "{{actor}} hat das veröffentlichte Dokument {{document}} zurückgezogen.",
			file: { downloaded: "{{actor}} hat das veröffentlichte Dokument {{document}} geöffnet." },
		},
		message: {
			file: { downloaded: "{{actor}} hat einen Anhang einer Nachricht über {{child}} geöffnet." },
			thread: {
				started: "{{actor}} hat eine neue Nachricht gesendet.",
				assigned: "{{actor}} hat ein Gespräch zugewiesen.",
				done: "{{actor}} hat ein Gespräch als erledigt markiert.",
				reopened: "{{actor}} hat ein Gespräch wieder geöffnet.",
			},
			broadcast: { sent: "{{actor}} hat eine Nachricht an {{count}} Familien gesendet." },
		},
		meal: {
			kitchen: {
				viewed_one: "{{actor}} hat die Mahlzeiten des Hauses {{house}} am {{date}} angesehen ({{count}} Kind).",
				viewed_other: "{{actor}} hat die Mahlzeiten des Hauses {{house}} am {{date}} angesehen ({{count}} Kinder).",
			},
			offer: {
				created: "{{actor}} hat die Mahlzeit {{offer}} angelegt.",
				updated: "{{actor}} hat den Namen oder die Häuser der Mahlzeit {{offer}} geändert.",
			},
			price: {
				set: "{{actor}} hat den Preis der Mahlzeit {{offer}}{{labelNote}} ab dem {{startsOn}} auf {{amount}} festgelegt.",
			},
			rules: { set: "{{actor}} hat die Fristen der Mahlzeit {{offer}} ab dem {{startsOn}} festgelegt." },
			booked_by_staff_one: "{{actor}} hat {{count}} Mahlzeit {{offer}} für {{child}} reserviert{{reasonNote}}.",
			booked_by_staff_other: "{{actor}} hat {{count}} Mahlzeiten {{offer}} für {{child}} reserviert{{reasonNote}}.",
			cancelled_by_staff_one: "{{actor}} hat {{count}} Mahlzeit {{offer}} von {{child}} storniert{{reasonNote}}.",
			cancelled_by_staff_other: "{{actor}} hat {{count}} Mahlzeiten {{offer}} von {{child}} storniert{{reasonNote}}.",
		},
		child: {
			document: {
				uploaded: "{{actor}} hat ein Dokument über {{child}} an {{house}} gesendet.",
				accepted: "{{actor}} hat ein Dokument für {{child}} angenommen ({{house}}).",
				refused: "{{actor}} hat ein Dokument für {{child}} abgelehnt ({{house}}).",
				downloaded: "{{actor}} hat ein Dokument für {{child}} geöffnet ({{house}}).",
			},
			billing: { updated: "{{actor}} hat die Abrechnung von {{child}} geändert." },
			created: "{{actor}} hat die Akte von {{child}} angelegt.",
			validated: "{{actor}} hat die Akte von {{child}} bestätigt.",
			merged: "{{actor}} hat eine doppelte Akte mit der von {{intoChild}} zusammengeführt.",
			enrolled: "{{actor}} hat {{child}} ab dem {{startsOn}} in der Einrichtung {{house}} angemeldet.",
			enrolment: {
				ended: "{{actor}} hat die Betreuung von {{child}} in der Einrichtung {{house}} zum {{date}} beendet.",
			},
			general: { updated: "{{actor}} hat die allgemeinen Daten von {{child}} geändert." },
			supplementary: { updated: "{{actor}} hat die zusätzlichen Daten von {{child}} geändert." },
			medical: {
				updated: "{{actor}} hat die medizinischen Daten von {{child}} geändert.",
				viewed: "{{actor}} hat die medizinischen Daten von {{child}} eingesehen.",
			},
			contacts: { updated: "{{actor}} hat die Kontaktpersonen von {{child}} geändert." },
			code: {
				issued: "{{actor}} hat einen eindeutigen Code für {{child}} erstellt.",
				revoked: "{{actor}} hat einen eindeutigen Code von {{child}} zurückgezogen.",
				letter_printed: "{{actor}} hat den Brief mit dem eindeutigen Code von {{child}} gedruckt.",
			},
			guardian: {
				linked: "{{actor}} hat die Akte von {{child}} mit einem eindeutigen Code zum eigenen Portal hinzugefügt.",
				unlinked: "{{actor}} hat {{person}} den Zugang zur Akte von {{child}} entzogen.",
			},
			guardians: {
				reminded_one: "{{actor}} hat {{count}} Elternteil gebeten, die Akte von {{child}} zu vervollständigen.",
				reminded_other: "{{actor}} hat {{count}} Elternteile gebeten, die Akte von {{child}} zu vervollständigen.",
			},
		},
		period: {
			created: "{{actor}} hat den Zeitraum {{period}} angelegt.",
			archived: "{{actor}} hat den Zeitraum {{period}} archiviert.",
			restored: "{{actor}} hat den Zeitraum {{period}} wiederhergestellt.",
			deleted: "{{actor}} hat den Zeitraum {{period}} gelöscht.",
		},
		offer: {
			created: "{{actor}} hat {{offer}} angelegt.",
			updated: "{{actor}} hat {{offer}} geändert.",
			copied: "{{actor}} hat {{offer}} als Kopie von {{sourceOffer}} angelegt.",
			archived: "{{actor}} hat {{offer}} archiviert.",
			restored: "{{actor}} hat {{offer}} aus dem Archiv geholt.",
			deleted: "{{actor}} hat {{offer}} gelöscht.",
			registrations: {
				exported_one: "{{actor}} hat {{count}} Anmeldung für {{offer}} exportiert ({{format}}).",
				exported_other: "{{actor}} hat {{count}} Anmeldungen für {{offer}} exportiert ({{format}}).",
			},
			attendance: {
				viewed_one: "{{actor}} hat die Anwesenheitsliste von {{offer}} eingesehen ({{count}} Kind).",
				viewed_other: "{{actor}} hat die Anwesenheitsliste von {{offer}} eingesehen ({{count}} Kinder).",
			},
		},
		registration: {
			created: "{{actor}} hat {{child}} für {{offer}} angemeldet: {{status}}.",
			accepted: "{{actor}} hat die Anmeldung von {{child}} für {{offer}} angenommen.",
			moved_to_waiting: "{{actor}} hat {{child}} auf die Warteliste von {{offer}} gesetzt.",
			refused: "{{actor}} hat die Anmeldung von {{child}} für {{offer}} abgelehnt.",
			cancelled: "{{actor}} hat die Anmeldung von {{child}} für {{offer}} storniert.",
		},
	},
};
