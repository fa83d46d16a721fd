import type { auditFr } from "./fr.ts";

/** The audit log in sentences (English). Merged under `audit`. */
export const auditEn: typeof auditFr = {
	anonymous: "The system",
	quoted: "“{{title}}”",
	/** The address under the sentence, on phones. */
	ipLine: "IP address: {{address}}",
	unknown: {
		person: "a person whose account was deleted",
		account: "an unknown identifier",
		child: "a child whose file was deleted",
		offer: "a deleted camp or activity",
		house: "a deleted house",
		period: "a deleted period",
		group: "the group",
		email: "an unknown address",
	},
	sentences: {
		auth: {
			sign_up: {
				created: "{{actor}} created their account.",
				existing_address: "Someone tried to create an account with the address of {{person}}.",
			},
			confirmation: { resent: "A new confirmation link was sent to {{person}}." },
			sign_in: {
				succeeded: "{{actor}} signed in.",
				failed: "Sign-in refused for {{person}}.",
			},
			password: { changed: "{{actor}} changed their password." },
			password_reset: {
				requested: "Password reset requested for {{person}}.",
				completed: "{{actor}} chose a new password with the reset link.",
			},
			email_change: { requested: "{{actor}} asked to change their e-mail address." },
			email: { changed: "{{actor}} replaced their e-mail address {{oldEmail}} with {{newEmail}}." },
			session: { revoked: "{{actor}} closed one of their sessions." },
			sessions: { revoked_all: "{{actor}} closed all their sessions." },
		},
		operator: { granted: "{{person}} became an operator of the platform." },
		group: {
			created: "{{actor}} created the group {{group}}.",
			dossier_settings: { updated: "{{actor}} changed the required fields of the files." },
		},
		house: {
			required_documents: { updated: "{{actor}} changed the documents required by {{house}}." },
			closed_day: {
				added: "{{actor}} closed the house {{house}} on {{date}}.",
				removed: "{{actor}} reopened the house {{house}} on {{date}}.",
			},
			created: "{{actor}} created the house {{house}}.",
			updated: "{{actor}} changed the house {{house}}.",
			archived: "{{actor}} archived the house {{house}}.",
			restored: "{{actor}} restored the house {{house}}.",
			deleted: "{{actor}} deleted the house {{house}}.",
		},
		staff: {
			invited: "{{actor}} invited {{email}} as {{role}}.",
			invitation: {
				accepted: "{{actor}} joined the group as {{role}}.",
				revoked: "{{actor}} withdrew the invitation sent to {{email}}.",
			},
			role_changed: "{{actor}} changed the role of {{person}}: {{fromRole}} → {{toRole}}.",
			removed: "{{actor}} removed {{person}} from the staff ({{role}}).",
		},
		family: {
			profile: { updated: "{{actor}} updated their details." },
			calendar_feed: { regenerated: "{{actor}} renewed the link to their calendar." },
		},
		billing: {
			signature_updated: "{{actor}} changed the signature image of the certificates.",
			signature_removed: "{{actor}} removed the signature image of the certificates.",
			settings_updated: "{{actor}} changed the group's billing details.",
			run_created: "{{actor}} prepared a billing run from {{startsOn}} to {{date}} ({{amount}}).",
			run_confirmed: "{{actor}} issued a billing run ({{amount}}).",
			run_discarded: "{{actor}} discarded a billing run in preparation.",
			adjustment_added: "{{actor}} added a manual line of {{amount}} for {{child}}.",
			invoice_cancelled: "{{actor}} cancelled invoice {{invoiceNumber}} with a credit note{{reasonNote}}.",
			payment_recorded: "{{actor}} recorded a payment of {{amount}} on invoice {{invoiceNumber}}.",
			statement_imported: "{{actor}} imported bank statement {{statement}}.",
			movement_matched: "{{actor}} assigned a transfer of {{amount}} to invoice {{invoiceNumber}}.",
			movement_ignored: "{{actor}} ignored a bank movement of {{amount}}.",
			reminder_sent: "A payment reminder was sent for invoice {{invoiceNumber}} ({{amount}}).",
			tax_certificates_issued: "{{actor}} issued {{count}} tax certificate(s) 281.86.",
			tax_certificate_cap_updated: "{{actor}} changed the daily cap of the tax certificates ({{amount}}).",
			certifying_authority_updated: "{{actor}} changed the certifying authority of the tax certificates.",
		},
		document: {
			published_one: "{{actor}} published the document {{document}} for {{count}} family.",
			published_other: "{{actor}} published the document {{document}} for {{count}} families.",
			withdrawn: "{{actor}} withdrew the published document {{document}}.",
			file: { downloaded: "{{actor}} opened the published document {{document}}." },
		},
		message: {
			file: { downloaded: "{{actor}} opened an attachment of a message about {{child}}." },
			thread: {
				started: "{{actor}} sent a new message.",
				assigned: "{{actor}} assigned a conversation.",
				done: "{{actor}} marked a conversation as done.",
				reopened: "{{actor}} reopened a conversation.",
			},
			broadcast: { sent: "{{actor}} sent a message to {{count}} families." },
		},
		meal: {
			kitchen: {
				viewed_one: "{{actor}} viewed the meals of the house {{house}} on {{date}} ({{count}} child).",
				viewed_other: "{{actor}} viewed the meals of the house {{house}} on {{date}} ({{count}} children).",
			},
			offer: {
				created: "{{actor}} created the meal {{offer}}.",
				updated: "{{actor}} changed the name or the houses of the meal {{offer}}.",
			},
			price: { set: "{{actor}} set the price of the meal {{offer}}{{labelNote}} to {{amount}} from {{startsOn}}." },
			rules: { set: "{{actor}} set the deadlines of the meal {{offer}} from {{startsOn}}." },
			booked_by_staff_one: "{{actor}} booked {{count}} meal {{offer}} for {{child}}{{reasonNote}}.",
			booked_by_staff_other: "{{actor}} booked {{count}} meals {{offer}} for {{child}}{{reasonNote}}.",
			cancelled_by_staff_one: "{{actor}} cancelled {{count}} meal {{offer}} of {{child}}{{reasonNote}}.",
			cancelled_by_staff_other: "{{actor}} cancelled {{count}} meals {{offer}} of {{child}}{{reasonNote}}.",
		},
		child: {
			document: {
				uploaded: "{{actor}} sent a document about {{child}} to {{house}}.",
				accepted: "{{actor}} accepted a document sent for {{child}} ({{house}}).",
				refused: "{{actor}} refused a document sent for {{child}} ({{house}}).",
				downloaded: "{{actor}} opened a document sent for {{child}} ({{house}}).",
			},
			billing: { updated: "{{actor}} changed the billing of {{child}}." },
			created: "{{actor}} created the file of {{child}}.",
			validated: "{{actor}} validated the file of {{child}}.",
			merged: "{{actor}} merged a duplicate file into that of {{intoChild}}.",
			enrolled: "{{actor}} enrolled {{child}} in the house {{house}} from {{startsOn}}.",
			enrolment: { ended: "{{actor}} ended the care of {{child}} in the house {{house}} on {{date}}." },
			general: { updated: "{{actor}} changed the general data of {{child}}." },
			supplementary: { updated: "{{actor}} changed the supplementary data of {{child}}." },
			medical: {
				updated: "{{actor}} changed the medical data of {{child}}.",
				viewed: "{{actor}} viewed the medical data of {{child}}.",
			},
			contacts: { updated: "{{actor}} changed the contacts of {{child}}." },
			code: {
				issued: "{{actor}} generated a unique code for {{child}}.",
				revoked: "{{actor}} withdrew a unique code of {{child}}.",
				letter_printed: "{{actor}} printed the unique-code letter of {{child}}.",
			},
			guardian: {
				linked: "{{actor}} added the file of {{child}} to their portal with a unique code.",
				unlinked: "{{actor}} removed the access of {{person}} to the file of {{child}}.",
			},
			guardians: {
				reminded_one: "{{actor}} asked {{count}} parent to complete the file of {{child}}.",
				reminded_other: "{{actor}} asked {{count}} parents to complete the file of {{child}}.",
			},
		},
		period: {
			created: "{{actor}} created the period {{period}}.",
			archived: "{{actor}} archived the period {{period}}.",
			restored: "{{actor}} restored the period {{period}}.",
			deleted: "{{actor}} deleted the period {{period}}.",
		},
		offer: {
			created: "{{actor}} created {{offer}}.",
			updated: "{{actor}} changed {{offer}}.",
			copied: "{{actor}} created {{offer}} by copying {{sourceOffer}}.",
			archived: "{{actor}} archived {{offer}}.",
			restored: "{{actor}} restored {{offer}} from the archive.",
			deleted: "{{actor}} deleted {{offer}}.",
			registrations: {
				exported_one: "{{actor}} exported {{count}} registration of {{offer}} ({{format}}).",
				exported_other: "{{actor}} exported {{count}} registrations of {{offer}} ({{format}}).",
			},
			attendance: {
				viewed_one: "{{actor}} viewed the attendance list of {{offer}} ({{count}} child).",
				viewed_other: "{{actor}} viewed the attendance list of {{offer}} ({{count}} children).",
			},
		},
		registration: {
			created: "{{actor}} registered {{child}} for {{offer}}: {{status}}.",
			accepted: "{{actor}} accepted the registration of {{child}} for {{offer}}.",
			moved_to_waiting: "{{actor}} put {{child}} on the waiting list of {{offer}}.",
			refused: "{{actor}} refused the registration of {{child}} for {{offer}}.",
			cancelled: "{{actor}} cancelled the registration of {{child}} for {{offer}}.",
		},
	},
};
