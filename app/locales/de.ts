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
		account: "Mein Konto",
		signIn: "Anmelden",
		signUp: "Registrieren",
		signOut: "Abmelden",
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
	auth: {
		fields: {
			username: "Benutzername",
			email: "E-Mail",
			firstName: "Vorname",
			lastName: "Name",
			password: "Passwort",
			newPassword: "Neues Passwort",
			confirmPassword: "Passwort bestätigen",
			currentPassword: "Aktuelles Passwort",
		},
		signIn: {
			title: "Anmeldung",
			lead: "Wählen Sie, wie Sie sich anmelden möchten.",
			accountTitle: "Ribambelle-Konto",
			identifier: "Benutzername oder E-Mail",
			rememberMe: "Angemeldet bleiben?",
			submit: "Anmelden",
			forgot: "Passwort vergessen?",
			signUp: "Registrieren?",
			socialTitle: "Soziale Netzwerke",
			google: "Mit Google anmelden",
			openIdFailed:
				"Die Anmeldung mit Google ist nicht gelungen. Bitte versuchen Sie es erneut oder verwenden Sie Ihr Passwort.",
			invalid: "Benutzername, E-Mail oder Passwort ist falsch.",
			unverifiedTitle: "Ihr Konto ist noch nicht bestätigt.",
			unverifiedMessage:
				"Klicken Sie auf den Link in der E-Mail, um Ihr Konto zu bestätigen. Sie finden sie nicht mehr? Wir können sie Ihnen erneut senden.",
			resend: "Bestätigungs-E-Mail erneut senden",
		},
		signUp: {
			title: "Registrierung",
			lead: "Ein neues Konto erstellen.",
			submit: "Registrieren",
			haveAccount: "Sie haben bereits ein Konto?",
		},
		username: {
			hint: "3 bis 30 Zeichen: Buchstaben, Ziffern, Punkt, Bindestrich oder Unterstrich.",
			tooShort: "Der Benutzername hat mindestens 3 Zeichen.",
			tooLong: "Der Benutzername hat höchstens 30 Zeichen.",
			format: "Nur Buchstaben, Ziffern, Punkte, Bindestriche und Unterstriche sind erlaubt.",
			taken: "Dieser Benutzername ist bereits vergeben. Bitte wählen Sie einen anderen.",
		},
		password: {
			requirements: "Anforderungen an das Passwort",
			met: "erfüllt",
			notMet: "noch nicht erfüllt",
			rules: {
				length: "Mindestens 8 Zeichen",
				upper: "Ein Großbuchstabe (A-Z)",
				lower: "Ein Kleinbuchstabe (a-z)",
				digit: "Eine Ziffer (0-9)",
				special: "Ein Sonderzeichen (#$^+=!*()@%&)",
			},
			tooLong: "Das Passwort hat höchstens 128 Zeichen.",
			mismatch: "Die beiden Passwörter stimmen nicht überein.",
			common: "Dieses Passwort ist zu verbreitet oder zu leicht zu erraten. Bitte wählen Sie ein anderes.",
			currentWrong: "Das aktuelle Passwort ist falsch.",
		},
		email: {
			unchanged: "Das ist bereits die E-Mail-Adresse Ihres Kontos.",
			taken: "Diese E-Mail-Adresse wird bereits von einem anderen Konto verwendet.",
		},
		checkMailbox: {
			title: "Wir haben Ihnen eine E-Mail gesendet!",
			"sign-up":
				"Bestätigen Sie Ihr Konto, indem Sie auf den Link in der Nachricht klicken. Der Link ist 24 Stunden gültig.",
			confirmation:
				"Falls dieses Konto noch auf seine Bestätigung wartet, wurde soeben ein neuer Link versendet. Der Link ist 24 Stunden gültig.",
			reset:
				"Falls ein Konto mit dieser Adresse existiert, erhalten Sie einen Link, um ein neues Passwort zu wählen. Der Link ist eine Stunde gültig und nur einmal verwendbar.",
			"email-change":
				"Bestätigen Sie Ihre neue Adresse über den Link, den wir an sie gesendet haben. Bis dahin bleibt Ihre bisherige Adresse bestehen.",
			spam: "Nach einigen Minuten nichts erhalten? Sehen Sie in Ihrem Spam-Ordner nach.",
			backToSignIn: "Zurück zur Anmeldung",
		},
		forgot: {
			title: "Passwort vergessen?",
			lead: "Geben Sie die E-Mail-Adresse Ihres Kontos ein: Wir senden Ihnen einen Link, um ein neues Passwort zu wählen.",
			submit: "Link senden",
		},
		reset: {
			title: "Neues Passwort",
			lead: "Wählen Sie Ihr neues Passwort. Sie werden auf all Ihren Geräten abgemeldet.",
			submit: "Passwort speichern",
			invalidToken: "Dieser Link ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen.",
			askAgain: "Einen neuen Link anfordern",
			done: "Ihr Passwort wurde geändert. Sie können sich anmelden.",
		},
		confirmed: {
			title: "Konto bestätigt",
			problemTitle: "Bestätigungslink",
			welcome: "Ihr Konto ist bestätigt. Willkommen bei Ribambelle!",
			signInNow: "Ihre E-Mail-Adresse ist bestätigt. Melden Sie sich an, um fortzufahren.",
			expired: "Dieser Bestätigungslink ist abgelaufen. Geben Sie Ihre E-Mail-Adresse ein, um einen neuen zu erhalten.",
			invalid: "Dieser Bestätigungslink ist ungültig. Geben Sie Ihre E-Mail-Adresse ein, um einen neuen zu erhalten.",
			resendLabel: "Ihre E-Mail-Adresse",
		},
	},
	account: {
		title: "Mein Konto",
		lead: "Ihre Anmeldedaten, Ihr Passwort und die angemeldeten Geräte.",
		identity: {
			title: "Anmeldedaten",
			noUsername: "keiner (Anmeldung per E-Mail oder Google)",
		},
		email: {
			title: "Meine E-Mail-Adresse ändern",
			newEmail: "Neue E-Mail-Adresse",
			hint: "Wir senden einen Bestätigungslink an die neue Adresse.",
			submit: "Adresse ändern",
			changed: "Ihre E-Mail-Adresse wurde geändert.",
			confirmTitle: "Meine neue Adresse bestätigen",
			confirmLead: "Klicken Sie auf die Schaltfläche, um diese Adresse für Ihr Ribambelle-Konto zu verwenden.",
			confirmSubmit: "Adresse bestätigen",
			invalidLink:
				"Dieser Link ist nicht mehr gültig: Er wurde bereits verwendet oder ist abgelaufen. Sie können die Änderung in Ihrem Konto erneut anfordern.",
		},
		password: {
			title: "Mein Passwort ändern",
			hint: "Ihre anderen Geräte werden abgemeldet.",
			submit: "Passwort ändern",
			changed: "Ihr Passwort wurde geändert. Ihre anderen Geräte wurden abgemeldet.",
			noPasswordYet:
				"Sie melden sich mit Google an. Um ein Passwort hinzuzufügen, verwenden Sie „Passwort vergessen?“ auf der Anmeldeseite.",
		},
		sessions: {
			title: "Angemeldete Geräte",
			lead: "Die Browser und Geräte, die gerade bei Ihrem Konto angemeldet sind.",
			current: "dieses Gerät",
			unknownDevice: "Unbekanntes Gerät",
			details: "Adresse {{ipAddress}} · letzte Aktivität am {{lastUsedAt}}",
			revoke: "Abmelden",
			revokeAll: "Überall abmelden",
			revoked: "Das Gerät wurde abgemeldet.",
			signedOutEverywhere: "Sie wurden auf all Ihren Geräten abgemeldet.",
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
	devMailbox: {
		title: "Entwicklungs-Postfach",
		lead: "Solange kein SMTP-Server eingerichtet ist, landen die E-Mails der Anwendung hier, statt versendet zu werden. Hier sehen Sie die 50 neuesten, die jüngste zuerst.",
		empty: "Noch keine E-Mails.",
		to: "Empfänger",
		receivedAt: "Empfangen am",
	},
};
