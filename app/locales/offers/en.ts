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
		dateRemoved:
			"The childcare setting removed {{date}} from the dates of “{{title}}”: {{childName}}'s registration for that day is therefore cancelled. If you had added it to your calendar, it disappears from it.",
		offerCancelled:
			"The childcare setting has cancelled “{{title}}”: {{childName}}'s registration is therefore cancelled. If you had added it to your calendar, it disappears from it.",
	},
	changes: {
		dates: "Dates: {{after}} (instead of {{before}})",
		times: "Times: {{after}} (instead of {{before}})",
		house: "Place: {{after}} (instead of {{before}})",
		price: "Price: {{after}} (instead of {{before}})",
		carePrice: "Extended care: {{after}} (instead of {{before}})",
		noCare: "no extended care",
		concerned_one:
			"One family is concerned: if you change the dates, times, place or price, it will be told by e-mail; if you cancel, its registration will be cancelled.",
		concerned_other:
			"{{count}} families are concerned: if you change the dates, times, place or price, they will be told by e-mail; if you cancel, their registrations will be cancelled.",
	},
	archived: "This camp or activity is archived: it can no longer be changed.",
	delete: { notDeletable: "Only a draft without any registration can be deleted: archive it instead." },
	register: {
		notOpen: "Registrations are not open at the moment.",
		closed: "Registrations are closed.",
		full: "Full: there are no places left, not even on the waiting list.",
		already: "This child is already registered for this camp or activity.",
		age: "The child's age does not match the age required.",
		residents: "Registrations are reserved for residents of the postcodes listed.",
		incomplete: "The child's file is incomplete: please complete it before registering your child.",
		noCare: "Extended care is not offered for this camp.",
		chooseDays: "Choose at least one date.",
		dayUnknown: "One of the chosen dates is not (or no longer) offered: reload the page.",
		dayFull: "One of the chosen dates is full, waiting list included: nothing was registered.",
	},
	cancel: {
		tooLate: "The cancellation deadline has passed: please contact the childcare setting.",
		notActive: "This registration is no longer active.",
	},
	decide: {
		noPlace: "There are no free places left: free one up or increase the capacity.",
		noWaitingRoom: "The waiting list is full.",
		notAllowed: "This decision is not possible in the registration's current state.",
		offerCancelled: "This camp or activity is cancelled: no place can be given in it.",
		offerOver: "This camp or activity is over: no place can be given in it any more.",
	},
	validation: {
		time: "Enter a time (HH:MM).",
		price: "Enter an amount in euros, for example 85 or 85.50.",
		count: "Enter a whole number.",
		countMax: "At most 5,000.",
		ageYears: "Enter an age from 0 to 25 years.",
		ageMonths: "Enter 0 to 11 months.",
		capacity: "The capacity is at least one place.",
		endBeforeStart: "The end must come after the start.",
		ageRange: "The maximum age must be higher than the minimum age.",
		belowTaken: "The capacity cannot go below the number of places already given.",
		belowWaiting: "The waiting list cannot be shorter than the number of children already on it.",
		house: "Choose one of your settings.",
		period: "Choose one of the group's periods.",
		dateRange: "Enter a date between 2000 and 2099.",
		campTooLong: "A camp lasts at most 7 days: create one per week.",
		activityTooManyDays: "An activity has at most 10 dates: create another one for the next ones.",
		activityTooLong: "An activity's dates fit within one year.",
		closesAfterEnd: "Registrations close on the last day at the latest.",
		cancelAfterStart: "The cancellation deadline is on the first day at the latest.",
		periodTooLong: "A period lasts at most one year.",
		periodExists: "The group already has a period with this name.",
		periodSameDates: "The group already has a period on these dates.",
		outsidePeriod: "The dates fall outside the chosen period.",
		datesTogetherLocked: "Registrations are under way: “all dates together” can no longer change.",
	},
};
