import type { offersFr } from "./fr.ts";

/** Camps and activities in German (East Belgium, « Sie »). Merged into the German locale under `offers`. */
export const offersDe: typeof offersFr = {
	kinds: { camp: "Ferienlager", activity: "Aktivität" },
	status: { draft: "Entwurf", open: "offen", closed: "abgeschlossen", cancelled: "abgesagt" },
	registration: {
		status: {
			pending: "wartet auf Bestätigung",
			accepted: "angenommen",
			waiting: "Warteliste",
			refused: "abgelehnt",
			cancelled: "storniert",
		},
		waitingPosition: "Warteliste (Platz {{position}})",
	},
	mail: {
		pending:
			"Ihre Anfrage ist eingegangen und für {{childName}} wird ein Platz reserviert, bis die Einrichtung entschieden hat. Die Entscheidung teilen wir Ihnen per E-Mail mit.",
		accepted:
			"Der Platz für {{childName}} ist bestätigt. Die Bestätigung (PDF) und den Eintrag für Ihren Kalender finden Sie im Portal.",
		waiting:
			"Das Ferienlager ist ausgebucht: {{childName}} steht auf der Warteliste, auf Platz {{position}}. Wird ein Platz frei, erhält Ihr Kind ihn automatisch und Sie werden benachrichtigt.",
		refused: "Die Einrichtung konnte die Anmeldung von {{childName}} leider nicht annehmen. Grund: {{reason}}",
		cancelled: "Die Anmeldung von {{childName}} ist storniert.",
	},
	register: {
		notOpen: "Die Anmeldung ist derzeit nicht geöffnet.",
		closed: "Die Anmeldung ist abgeschlossen.",
		full: "Ausgebucht: Es gibt keinen Platz mehr, auch nicht auf der Warteliste.",
		already: "Dieses Kind ist für dieses Ferienlager oder diese Aktivität bereits angemeldet.",
		age: "Das Alter des Kindes entspricht nicht dem verlangten Alter.",
		residents: "Die Anmeldung ist Einwohnern der angegebenen Postleitzahlen vorbehalten.",
		incomplete: "Die Akte des Kindes ist unvollständig: Bitte vervollständigen Sie sie, bevor Sie Ihr Kind anmelden.",
		noCare: "Für dieses Ferienlager wird keine Betreuung (Garderie) angeboten.",
	},
	cancel: {
		tooLate: "Die Frist für eine Stornierung ist abgelaufen: Bitte wenden Sie sich an die Einrichtung.",
		notActive: "Diese Anmeldung ist nicht mehr aktiv.",
	},
	decide: {
		noPlace: "Es gibt keinen freien Platz mehr: Geben Sie einen frei oder erhöhen Sie die Kapazität.",
		noWaitingRoom: "Die Warteliste ist voll.",
		notAllowed: "Diese Entscheidung ist im aktuellen Stand der Anmeldung nicht möglich.",
	},
	validation: {
		time: "Geben Sie eine Uhrzeit an (HH:MM).",
		price: "Geben Sie einen Betrag in Euro an, zum Beispiel 85 oder 85,50.",
		count: "Geben Sie eine ganze Zahl an.",
		capacity: "Die Kapazität beträgt mindestens einen Platz.",
		endBeforeStart: "Das Ende muss nach dem Beginn liegen.",
		ageRange: "Das Höchstalter muss über dem Mindestalter liegen.",
		belowTaken: "Die Kapazität darf nicht unter die Zahl der bereits vergebenen Plätze sinken.",
		belowWaiting: "Die Warteliste darf nicht kürzer sein als die Zahl der Kinder, die bereits darauf stehen.",
		house: "Wählen Sie eine Ihrer Einrichtungen.",
		period: "Wählen Sie einen Zeitraum der Gruppe.",
	},
};
