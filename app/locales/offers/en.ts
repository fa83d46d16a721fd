import type { offersFr } from "./fr.ts";

/** Camps and activities in British English. Merged into the English locale under `offers`. */
export const offersEn: typeof offersFr = {
	kinds: { camp: "Holiday camp", activity: "Activity" },
	status: { draft: "draft", open: "open", closed: "closed", cancelled: "cancelled" },
	registration: {
		status: {
			pending: "awaiting confirmation",
			accepted: "accepted",
			waiting: "waiting list",
			refused: "refused",
			cancelled: "cancelled",
		},
		waitingPosition: "waiting list (position {{position}})",
	},
	mail: {
		pending:
			"Your request has been received and a place is being held for {{childName}} until the childcare setting decides; you will be told by e-mail.",
		accepted:
			"{{childName}}'s place is confirmed. The confirmation (PDF) and the entry for your calendar are available on the portal.",
		waiting:
			"The camp is full: {{childName}} is on the waiting list, in position {{position}}. If a place becomes free, it will be given to your child automatically and you will be notified.",
		refused: "The childcare setting was unable to accept {{childName}}'s registration. Reason: {{reason}}",
		cancelled: "{{childName}}'s registration has been cancelled.",
	},
	register: {
		notOpen: "Registrations are not open at the moment.",
		closed: "Registrations are closed.",
		full: "Full: there are no places left, not even on the waiting list.",
		already: "This child is already registered for this camp or activity.",
		age: "The child's age does not match the age required.",
		residents: "Registrations are reserved for residents of the postcodes listed.",
		incomplete: "The child's file is incomplete: please complete it before registering your child.",
		noCare: "Extended care is not offered for this camp.",
	},
	cancel: {
		tooLate: "The cancellation deadline has passed: please contact the childcare setting.",
		notActive: "This registration is no longer active.",
	},
	decide: {
		noPlace: "There are no free places left: free one up or increase the capacity.",
		noWaitingRoom: "The waiting list is full.",
		notAllowed: "This decision is not possible in the registration's current state.",
	},
	validation: {
		time: "Enter a time (HH:MM).",
		price: "Enter an amount in euros, for example 85 or 85.50.",
		count: "Enter a whole number.",
		capacity: "The capacity is at least one place.",
		endBeforeStart: "The end must come after the start.",
		ageRange: "The maximum age must be higher than the minimum age.",
		belowTaken: "The capacity cannot go below the number of places already given.",
		belowWaiting: "The waiting list cannot be shorter than the number of children already on it.",
		house: "Choose one of your settings.",
		period: "Choose one of the group's periods.",
	},
};
