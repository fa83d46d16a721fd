import type { fr } from "./fr.ts";

export const en: typeof fr = {
	app: {
		name: "Ribambelle",
		skipToContent: "Skip to main content",
		footer: "Ribambelle — the portal for families and childcare settings.",
	},
	nav: {
		main: "Main navigation",
		children: "My children",
		myData: "My details",
		messages: "Messages",
		staff: "Staff area",
		child: {
			label: "Child's file",
			houses: "The child's settings",
			camps: "Holiday camps",
			activities: "Activities",
			general: "General details",
			supplementary: "Additional details",
			medical: "Medical details",
			contacts: "Contacts",
			documents: "Documents",
			meals: "Meals",
		},
	},
	language: {
		label: "Language",
		names: { fr: "Français", nl: "Nederlands", de: "Deutsch", en: "English" },
	},
	home: {
		title: "Welcome to Ribambelle",
		lead: "The portal that connects you with your children's childcare settings: crèches, out-of-school care, schools and holiday centres.",
		groups: {
			title: "Childcare settings",
			empty: "No childcare setting has joined yet.",
			contact: "Information:",
		},
	},
	houses: {
		kinds: {
			creche: "Crèche",
			out_of_school: "Out-of-school care",
			school: "School",
			holiday_centre: "Holiday centre",
		},
	},
	staff: {
		title: "Staff area",
		lead: "Managing settings, files, camps and registrations.",
	},
	comingSoon: {
		title: "Coming soon",
		message: "“{{what}}” is not available yet in this version of the portal.",
	},
	errors: {
		backHome: "Back to the home page",
		reference: "Request reference: {{requestId}}",
		forbidden: {
			title: "Access denied",
			message: "You are not allowed to do this.",
		},
		notFound: {
			title: "Page not found",
			message: "This page does not exist or is no longer available.",
		},
		tooManyRequests: {
			title: "Too many attempts",
			message: "You have made too many attempts. Please wait a few minutes before trying again.",
		},
		payloadTooLarge: {
			title: "Upload too large",
			message: "What you sent is larger than allowed.",
		},
		lengthRequired: {
			title: "Request refused",
			message: "Your browser sent a request we cannot accept. Please try again.",
		},
		serverError: {
			title: "Something went wrong",
			message: "We could not process your request. Nothing you saved has been lost; please try again in a moment.",
		},
	},
	validation: {
		required: "This field is required.",
		tooLong: "This text is too long.",
		email: "Please enter a valid e-mail address.",
	},
	groups: {
		code: {
			tooShort: "The group code has at least 3 letters.",
			lettersOnly: "Only letters are accepted (no digits, spaces or special characters).",
			taken: "This group code is already in use.",
		},
	},
};
