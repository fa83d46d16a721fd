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
		dateRemoved:
			"Die Einrichtung hat den {{date}} aus den Terminen von „{{title}}“ gestrichen: Die Anmeldung von {{childName}} für diesen Tag ist daher storniert. Falls Sie sie in Ihren Kalender übernommen hatten, verschwindet sie dort.",
		offerCancelled:
			"Die Einrichtung hat „{{title}}“ abgesagt: Die Anmeldung von {{childName}} ist daher storniert. Falls Sie es in Ihren Kalender übernommen hatten, verschwindet es daraus.",
	},
	changes: {
		dates: "Daten: {{after}} (statt {{before}})",
		times: "Uhrzeiten: {{after}} (statt {{before}})",
		house: "Ort: {{after}} (statt {{before}})",
		price: "Teilnahme: {{after}} (statt {{before}})",
		carePrice: "Betreuung: {{after}} (statt {{before}})",
		noCare: "keine Betreuung",
		concerned_one:
			"Eine Familie ist betroffen: Ändern Sie Daten, Uhrzeiten, Ort oder Preis, erhält sie eine E-Mail; sagen Sie ab, wird ihre Anmeldung storniert.",
		concerned_other:
			"{{count}} Familien sind betroffen: Ändern Sie Daten, Uhrzeiten, Ort oder Preis, erhalten sie eine E-Mail; sagen Sie ab, werden ihre Anmeldungen storniert.",
	},
	archived: "Dieses Ferienlager oder diese Aktivität ist archiviert: Es kann nicht mehr geändert werden.",
	delete: {
		notDeletable: "Nur ein Entwurf ohne jede Anmeldung kann gelöscht werden: Archivieren Sie ihn stattdessen.",
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
		chooseDays: "Wählen Sie mindestens einen Termin.",
		dayUnknown: "Einer der gewählten Termine wird nicht (mehr) angeboten: Laden Sie die Seite neu.",
		dayFull: "Einer der gewählten Termine ist ausgebucht, auch die Warteliste: Es wurde nichts angemeldet.",
	},
	cancel: {
		tooLate: "Die Frist für eine Stornierung ist abgelaufen: Bitte wenden Sie sich an die Einrichtung.",
		notActive: "Diese Anmeldung ist nicht mehr aktiv.",
	},
	decide: {
		noPlace: "Es gibt keinen freien Platz mehr: Geben Sie einen frei oder erhöhen Sie die Kapazität.",
		noWaitingRoom: "Die Warteliste ist voll.",
		notAllowed: "Diese Entscheidung ist im aktuellen Stand der Anmeldung nicht möglich.",
		offerCancelled: "Dieses Ferienlager oder diese Aktivität ist abgesagt: Es kann kein Platz vergeben werden.",
		offerOver: "Dieses Ferienlager oder diese Aktivität ist vorbei: Es kann kein Platz mehr vergeben werden.",
	},
	validation: {
		time: "Geben Sie eine Uhrzeit an (HH:MM).",
		price: "Geben Sie einen Betrag in Euro an, zum Beispiel 85 oder 85,50.",
		count: "Geben Sie eine ganze Zahl an.",
		countMax: "Höchstens 5 000.",
		ageYears: "Geben Sie ein Alter von 0 bis 25 Jahren an.",
		ageMonths: "Geben Sie 0 bis 11 Monate an.",
		capacity: "Die Kapazität beträgt mindestens einen Platz.",
		endBeforeStart: "Das Ende muss nach dem Beginn liegen.",
		ageRange: "Das Höchstalter muss über dem Mindestalter liegen.",
		belowTaken: "Die Kapazität darf nicht unter die Zahl der bereits vergebenen Plätze sinken.",
		belowWaiting: "Die Warteliste darf nicht kürzer sein als die Zahl der Kinder, die bereits darauf stehen.",
		house: "Wählen Sie eine Ihrer Einrichtungen.",
		period: "Wählen Sie einen Zeitraum der Gruppe.",
		dateRange: "Geben Sie ein Datum zwischen 2000 und 2099 an.",
		campTooLong: "Ein Ferienlager dauert höchstens 7 Tage: Legen Sie eines pro Woche an.",
		activityTooManyDays: "Eine Aktivität hat höchstens 10 Termine: Legen Sie für die weiteren eine neue an.",
		activityTooLong: "Die Termine einer Aktivität liegen innerhalb eines Jahres.",
		closesAfterEnd: "Die Anmeldungen schließen spätestens am letzten Tag.",
		cancelAfterStart: "Die Stornofrist endet spätestens am ersten Tag.",
		periodTooLong: "Ein Zeitraum dauert höchstens ein Jahr.",
		periodExists: "Die Gruppe hat bereits einen Zeitraum mit diesem Namen.",
		periodSameDates: "Die Gruppe hat bereits einen Zeitraum mit diesen Daten.",
		outsidePeriod: "Die Daten liegen außerhalb des gewählten Zeitraums.",
		datesTogetherLocked:
			"Es gibt laufende Anmeldungen: Die Wahl „alle Termine zusammen“ kann nicht mehr geändert werden.",
	},
};
