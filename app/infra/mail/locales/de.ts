import type { fr } from "./fr.ts";

/** The mails in German (as used in the German-speaking Community of Belgium, "Sie"). */
export const de: typeof fr = {
	common: {
		greeting: "Guten Tag {{firstName}},",
		greetingWithoutName: "Guten Tag,",
		linkFallback:
			"Falls die Schaltfläche nicht funktioniert, kopieren Sie diesen Link in die Adresszeile Ihres Browsers:",
		closing: "Mit freundlichen Grüßen",
		signature: "Ihr Ribambelle-Team",
		safety:
			"Zu Ihrer Sicherheit: Geben Sie Ihre persönlichen Daten oder Ihr Passwort niemals per Telefon oder E-Mail weiter. Ribambelle wird Sie nie danach fragen.",
		automatic: "Diese Nachricht wurde automatisch versendet; bitte antworten Sie nicht darauf.",
	},
	templates: {
		"account.confirm": {
			subject: "Bestätigen Sie Ihre E-Mail-Adresse",
			body: [
				"Willkommen bei Ribambelle! Um die Erstellung Ihres Kontos abzuschließen, bestätigen Sie bitte Ihre E-Mail-Adresse über die Schaltfläche unten.",
				{ link: "url", label: "Meine E-Mail-Adresse bestätigen" },
				"Dieser Link ist 24 Stunden gültig. Danach können Sie auf der Anmeldeseite einen neuen anfordern.",
				"Sie haben kein Konto bei Ribambelle erstellt? Dann ignorieren Sie diese Nachricht einfach: Ohne Bestätigung wird kein Konto aktiviert.",
			],
		},
		"account.exists": {
			subject: "Versuch, ein Konto mit Ihrer E-Mail-Adresse zu erstellen",
			body: [
				"Jemand, vielleicht Sie selbst, hat versucht, mit dieser E-Mail-Adresse ein Ribambelle-Konto zu erstellen. Für diese Adresse besteht jedoch bereits ein Konto.",
				"Waren Sie das? Dann können Sie sich einfach anmelden:",
				{ link: "signInUrl", label: "Anmelden" },
				"Sie haben Ihr Passwort vergessen? Wählen Sie ein neues:",
				{ link: "resetUrl", label: "Mein Passwort zurücksetzen" },
				"Waren Sie es nicht? Dann ignorieren Sie diese Nachricht: Ihr Konto wurde nicht verändert.",
			],
		},
		"password.reset": {
			subject: "Ihr Passwort zurücksetzen",
			body: [
				"Sie haben angefordert, das Passwort Ihres Ribambelle-Kontos zurückzusetzen. Klicken Sie auf die Schaltfläche unten, um ein neues Passwort zu wählen.",
				{ link: "url", label: "Ein neues Passwort wählen" },
				"Dieser Link ist 1 Stunde gültig und kann nur ein einziges Mal verwendet werden.",
				"Sie haben das nicht angefordert? Dann ignorieren Sie diese Nachricht: Ihr bisheriges Passwort bleibt unverändert.",
			],
		},
		"password.changed": {
			subject: "Ihr Passwort wurde geändert",
			body: [
				"Das Passwort Ihres Ribambelle-Kontos wurde soeben geändert.",
				"Waren Sie das? Dann müssen Sie nichts weiter tun.",
				"Waren Sie es nicht? Dann kennt möglicherweise jemand Ihr Passwort: Wählen Sie sofort über den Link „Passwort vergessen“ auf der Anmeldeseite ein neues und benachrichtigen Sie die Betreuungseinrichtung Ihrer Kinder.",
			],
		},
		"email.change": {
			subject: "Bestätigen Sie Ihre neue E-Mail-Adresse",
			body: [
				"Sie möchten die Adresse {{newEmail}} für Ihr Ribambelle-Konto verwenden. Klicken Sie auf die Schaltfläche unten, um diese Änderung zu bestätigen.",
				{ link: "url", label: "Meine neue E-Mail-Adresse bestätigen" },
				"Sie haben diese Änderung nicht angefordert? Dann ignorieren Sie diese Nachricht: Es wird nichts geändert.",
			],
		},
		"email.changed": {
			subject: "Die E-Mail-Adresse Ihres Kontos wurde geändert",
			body: [
				"Die E-Mail-Adresse Ihres Ribambelle-Kontos wurde durch {{newEmail}} ersetzt. Künftige Nachrichten senden wir an diese neue Adresse.",
				"Haben Sie diese Änderung selbst vorgenommen? Dann müssen Sie nichts weiter tun.",
				"Waren Sie es nicht? Dann wenden Sie sich bitte umgehend an die Betreuungseinrichtung Ihrer Kinder: Möglicherweise hat jemand Zugriff auf Ihr Konto.",
			],
		},
		"staff.invitation": {
			subject: "Einladung, {{groupName}} auf Ribambelle beizutreten",
			body: [
				"{{inviterName}} lädt Sie ein, dem Team von {{groupName}} auf Ribambelle beizutreten, als {{roleLabel}}.",
				"Klicken Sie auf die Schaltfläche unten, um die Einladung anzunehmen. Wenn Sie bereits ein Ribambelle-Konto haben, können Sie sich anmelden; andernfalls wählen Sie Ihr Passwort.",
				{ link: "url", label: "Einladung annehmen" },
				"Dieser Link ist 7 Tage gültig und kann nur einmal verwendet werden.",
				"Sie haben diese Einladung nicht erwartet? Dann ignorieren Sie diese Nachricht.",
			],
		},
		"family.guardian-added": {
			subject: "Ein Elternteil wurde der Akte von {{childName}} hinzugefügt",
			body: [
				"{{guardianName}} hat die Akte von {{childName}} mit dem eindeutigen Code der Betreuungseinrichtung zu seinem bzw. ihrem Ribambelle-Portal hinzugefügt. Diese Person kann die Akte des Kindes nun einsehen und ändern.",
				"Wenn Sie diese Person nicht kennen oder an einen Irrtum glauben, wenden Sie sich bitte umgehend an die Betreuungseinrichtung Ihres Kindes.",
				{ link: "url", label: "Akte des Kindes ansehen" },
			],
		},
		"family.guardian-removed": {
			subject: "Sie haben keinen Zugriff mehr auf die Akte von {{childName}}",
			body: [
				"{{groupName}} hat die Akte von {{childName}} aus Ihrem Ribambelle-Portal entfernt. Sie können sie nicht mehr einsehen oder ändern.",
				"Falls es sich um einen Irrtum handelt, wenden Sie sich bitte an {{groupName}}.",
			],
		},
		"family.dossier-validated": {
			subject: "Die Akte von {{childName}} wurde bestätigt",
			body: [
				"{{groupName}} hat die Akte von {{childName}} bestätigt. Bitte halten Sie sie aktuell, besonders die medizinischen Daten und die Kontaktpersonen.",
				{ link: "url", label: "Akte des Kindes ansehen" },
			],
		},
		"family.dossier-merged": {
			subject: "Die Akte von {{childName}} wurde mit der bestehenden Akte zusammengeführt",
			body: [
				"{{groupName}} kannte {{childName}} bereits: Die von Ihnen angelegte Akte wurde mit der bestehenden Akte des Kindes zusammengeführt, die jetzt unter « Meine Kinder » erscheint.",
				"Bitte prüfen Sie die Daten des Kindes und ergänzen Sie, was fehlt.",
				{ link: "url", label: "Akte des Kindes ansehen" },
			],
		},
		"family.dossier-reminder": {
			subject: "In der Akte von {{childName}} fehlen Angaben",
			body: [
				"{{groupName}} erinnert Sie daran, dass in der Akte von {{childName}} Pflichtangaben fehlen. Ohne sie können Sie Ihr Kind nicht für Ferienlager und Aktivitäten anmelden.",
				"Das Portal zeigt Ihnen für jeden Bereich, was noch fehlt.",
				{ link: "url", label: "Akte vervollständigen" },
			],
		},
		"registration.updated": {
			subject: "{{childName}} — {{offerTitle}}: {{statusLabel}}",
			body: [
				"Anmeldung von {{childName}} für „{{offerTitle}}“ ({{houseName}}, {{dates}}): {{statusLabel}}.",
				"{{statusSentence}}",
				{ link: "url", label: "Anmeldungen des Kindes ansehen" },
			],
		},
		"registration.offer-changed": {
			subject: "{{offerTitle}}: eine Änderung für {{childName}}",
			body: [
				"{{childName}} ist für „{{offerTitle}}“ ({{houseName}}) angemeldet, das sich geändert hat:",
				"{{changes}}",
				"Die Anmeldung bleibt bestehen. Passen Ihnen diese Änderungen nicht, können Sie sie im Portal stornieren oder die Einrichtung kontaktieren. Haben Sie das Ferienlager oder die Aktivität in Ihren Kalender übernommen, aktualisiert er sich von selbst.",
				{ link: "url", label: "Anmeldungen des Kindes ansehen" },
			],
		},
		"billing.invoice-issued": {
			subject: "Rechnung {{number}} von {{groupName}}",
			body: [
				"{{groupName}} sendet Ihnen die Rechnung {{number}} über {{amount}}, zahlbar spätestens am {{dueOn}}.",
				"Überweisung auf das Konto {{iban}} mit der strukturierten Mitteilung {{communication}} (oder scannen Sie den QR-Code der Rechnung mit Ihrer Banking-App).",
				{ link: "url", label: "Rechnung ansehen" },
			],
		},
		"billing.invoice-reminder": {
			subject: "Erinnerung: Rechnung {{number}} von {{groupName}}",
			body: [
				"Sofern wir uns nicht irren, ist die Rechnung {{number}} von {{groupName}}, fällig am {{dueOn}}, noch nicht vollständig bezahlt: Es bleiben {{amount}} zu zahlen.",
				"Überweisung auf das Konto {{iban}} mit der strukturierten Mitteilung {{communication}}. Falls Sie inzwischen bezahlt haben, betrachten Sie diese Erinnerung als gegenstandslos.",
				{ link: "url", label: "Rechnung ansehen" },
			],
		},
		"document.accepted": {
			subject: "{{childName}}: Dokument von {{houseName}} angenommen",
			body: [
				"{{houseName}} hat ein Dokument angenommen, das Sie für {{childName}} gesendet haben.",
				{ link: "url", label: "Gesendete Dokumente ansehen" },
			],
		},
		"document.refused": {
			subject: "{{childName}}: Dokument von {{houseName}} abgelehnt",
			body: [
				"{{houseName}} hat ein Dokument abgelehnt, das Sie für {{childName}} gesendet haben. Den Grund finden Sie im Portal; dort können Sie auch ein neues Dokument senden.",
				{ link: "url", label: "Grund ansehen und neues Dokument senden" },
			],
		},
		"message.received": {
			subject: "Neue Nachricht: {{subject}}",
			body: [
				"Sie haben eine neue Nachricht zu {{childName}} ({{houseName}}) erhalten:",
				"„{{excerpt}}“",
				{ link: "url", label: "Nachricht lesen" },
			],
		},
		"document.published": {
			subject: "Neues Dokument: {{title}}",
			body: [
				"{{houseName}} hat das Dokument „{{title}}“ für {{childNames}} veröffentlicht.",
				"Sie finden es bei den Dokumenten Ihres Kindes im Portal.",
				{ link: "url", label: "Dokumente ansehen" },
			],
		},
		"message.digest": {
			subject: "Ihre neuen Nachrichten vom {{day}}",
			body: [
				"Hier sind die Unterhaltungen, in denen Ihnen die Einrichtung seit der letzten Zusammenfassung geschrieben hat und die Sie noch nicht gelesen haben:",
				{
					list: "threads",
					title: "{{subject}}",
					detail: {
						one: "{{childFirstName}} · {{houseName}} · 1 neue Nachricht",
						other: "{{childFirstName}} · {{houseName}} · {{count}} neue Nachrichten",
					},
					quote: "„{{excerpt}}“",
				},
				{ link: "url", label: "Meine Nachrichten lesen" },
				"Sie erhalten diese Zusammenfassung einmal am Tag um 18 Uhr, wie Sie es unter „Meine Daten“ gewählt haben. Sie können jederzeit wieder eine E-Mail pro Nachricht wählen.",
			],
		},
	},
};
