/**
 * Every e-mail the application sends, with the variables its template needs. Use cases enqueue
 * a template name and its data; the sender renders it (plain text and HTML) in the
 * recipient's language when it delivers.
 */
export type MailTemplates = {
	/** After sign-up: confirm the address (single-use, expiring link). */
	"account.confirm": { firstName: string; url: string };
	/** Someone tried to sign up with an address that already has an account. */
	"account.exists": { firstName: string; signInUrl: string; resetUrl: string };
	/** Forgot password: a single-use, expiring link to choose a new one. */
	"password.reset": { firstName: string; url: string };
	/** Notice after a password change or reset. */
	"password.changed": { firstName: string };
	/** Sent to the new address: confirm the change of e-mail address. */
	"email.change": { firstName: string; url: string; newEmail: string };
	/** Sent to the old address once the change is confirmed. */
	"email.changed": { firstName: string; newEmail: string };
	/** An invitation to join a group's staff (single-use link, 7 days). */
	"staff.invitation": { firstName: string; groupName: string; inviterName: string; roleLabel: string; url: string };
	/** To a child's guardians: another guardian was linked to the child. */
	"family.guardian-added": { firstName: string; childName: string; guardianName: string; url: string };
	/** To a guardian whom staff unlinked from a child. */
	"family.guardian-removed": { firstName: string; childName: string; groupName: string };
	/** To the guardians: staff validated the dossier. */
	"family.dossier-validated": { firstName: string; childName: string; groupName: string; url: string };
	/** To the guardians of a duplicate dossier that staff joined to the child's existing one. */
	"family.dossier-merged": { firstName: string; childName: string; groupName: string; url: string };
	/** Staff reminds the guardians that mandatory data is missing. */
	"family.dossier-reminder": { firstName: string; childName: string; groupName: string; url: string };
	/** To the guardians: a registration's state changed (or was just made). */
	"registration.updated": {
		firstName: string;
		childName: string;
		offerTitle: string;
		houseName: string;
		dates: string;
		/** The state, translated: « acceptée », « liste d'attente (position 2) »… */
		statusLabel: string;
		/** What it means and what to do, translated. */
		statusSentence: string;
		url: string;
	};
	/** To the guardians of a child registered for an offer whose dates, times, place or price changed. */
	"registration.offer-changed": {
		firstName: string;
		childName: string;
		offerTitle: string;
		houseName: string;
		/** One line per change, translated: « Horaire : 08:30 – 16:00 (au lieu de 09:00 – 16:00) ». */
		changes: string;
		url: string;
	};
	/** To the debtor: an invoice was issued (amounts and dates already formatted in the mail's language). */
	"billing.invoice-issued": {
		firstName: string;
		groupName: string;
		/** « 2026/00012 ». */
		number: string;
		amount: string;
		dueOn: string;
		/** « +++123/4567/89002+++ ». */
		communication: string;
		iban: string;
		url: string;
	};
	/** To the debtor: an invoice is past its due date and not paid in full. */
	"billing.invoice-reminder": {
		firstName: string;
		groupName: string;
		number: string;
		/** What is still due, formatted. */
		amount: string;
		dueOn: string;
		communication: string;
		iban: string;
		url: string;
	};
	/** To the other side of a thread: a new message, with a short excerpt (never dossier data). */
	"message.received": {
		firstName: string;
		childName: string;
		houseName: string;
		subject: string;
		excerpt: string;
		url: string;
	};
	/** To each guardian once: a house published a document for their child(ren); a link, never the file. */
	"document.published": {
		firstName: string;
		/** The children it is for, as a list in the mail's language: « Nino et Léa ». */
		childNames: string;
		houseName: string;
		/** The title in the mail's language. */
		title: string;
		url: string;
	};
	/** To a parent who chose one mail a day: the threads with unread staff messages since the last one. */
	"message.digest": {
		firstName: string;
		/** The digest's day, formatted in the mail's language. */
		day: string;
		threads: DigestThread[];
		/** The parent's messages. */
		url: string;
	};
	/** To the guardians: the house accepted a document sent for the child (no type, no health data). */
	"document.accepted": { firstName: string; childName: string; houseName: string; url: string };
	/** To the guardians: the house refused a document; the reason is read on the portal, not in the mail. */
	"document.refused": { firstName: string; childName: string; houseName: string; url: string };
};

/** One thread in a parent's daily digest: what the list shows of it, never more. */
export type DigestThread = {
	subject: string;
	childFirstName: string;
	houseName: string;
	/** Unread staff messages in the thread since the last digest. */
	count: number;
	/** The start of the latest of them (`excerptOf`). */
	excerpt: string;
	url: string;
};

export type MailTemplateName = keyof MailTemplates;

export const mailTemplateNames = [
	"account.confirm",
	"account.exists",
	"password.reset",
	"password.changed",
	"email.change",
	"email.changed",
	"staff.invitation",
	"family.guardian-added",
	"family.guardian-removed",
	"family.dossier-validated",
	"family.dossier-merged",
	"family.dossier-reminder",
	"registration.updated",
	"registration.offer-changed",
	"message.received",
	"document.published",
	"message.digest",
	"billing.invoice-issued",
	"billing.invoice-reminder",
	"document.accepted",
	"document.refused",
] as const satisfies readonly MailTemplateName[];
