import type { fr } from "./fr.ts";

/** The mails in English (British spelling, as used in Belgium). */
export const en: typeof fr = {
	common: {
		greeting: "Hello {{firstName}},",
		greetingWithoutName: "Hello,",
		linkFallback: "If the button does not work, copy this link into your browser's address bar:",
		closing: "Kind regards,",
		signature: "The Ribambelle team",
		safety:
			"For your security: never disclose your personal information or your password by phone or e-mail. Ribambelle will never ask you for them.",
		automatic: "This message was sent automatically; please do not reply to it.",
	},
	templates: {
		"account.confirm": {
			subject: "Confirm your e-mail address",
			body: [
				"Welcome to Ribambelle! To finish creating your account, please confirm your e-mail address with the button below.",
				{ link: "url", label: "Confirm my e-mail address" },
				"This link is valid for 24 hours. After that, you can request a new one from the sign-in page.",
				"Didn't create an account on Ribambelle? Simply ignore this message: without confirmation, no account will be activated.",
			],
		},
		"account.exists": {
			subject: "Someone tried to create an account with your e-mail address",
			body: [
				"Someone, perhaps you, tried to create a Ribambelle account with this e-mail address. However, an account already exists for this address.",
				"If it was you, you can simply sign in:",
				{ link: "signInUrl", label: "Sign in" },
				"Forgotten your password? Choose a new one:",
				{ link: "resetUrl", label: "Reset my password" },
				"If it wasn't you, ignore this message: your account has not been changed.",
			],
		},
		"password.reset": {
			subject: "Reset your password",
			body: [
				"You asked to reset the password of your Ribambelle account. Click the button below to choose a new one.",
				{ link: "url", label: "Choose a new password" },
				"This link is valid for 1 hour and can only be used once.",
				"Didn't ask for this? Ignore this message: your current password stays unchanged.",
			],
		},
		"password.changed": {
			subject: "Your password has been changed",
			body: [
				"The password of your Ribambelle account has just been changed.",
				"If it was you, there is nothing else to do.",
				"If it wasn't you, someone may know your password: choose a new one straight away with the “Forgotten password” link on the sign-in page, and let your children's childcare provider know.",
			],
		},
		"email.change": {
			subject: "Confirm your new e-mail address",
			body: [
				"You asked to use the address {{newEmail}} for your Ribambelle account. Click the button below to confirm this change.",
				{ link: "url", label: "Confirm my new e-mail address" },
				"Didn't ask for this change? Ignore this message: nothing will be changed.",
			],
		},
		"email.changed": {
			subject: "The e-mail address of your account has been changed",
			body: [
				"The e-mail address of your Ribambelle account has been replaced by {{newEmail}}. From now on, we will send our messages to that new address.",
				"If you made this change, there is nothing else to do.",
				"If it wasn't you, contact your children's childcare provider straight away: someone may have access to your account.",
			],
		},
		"staff.invitation": {
			subject: "Invitation to join {{groupName}} on Ribambelle",
			body: [
				"{{inviterName}} invites you to join the {{groupName}} team on Ribambelle, as {{roleLabel}}.",
				"Click the button below to accept the invitation. If you already have a Ribambelle account you can sign in; otherwise you will choose your password.",
				{ link: "url", label: "Accept the invitation" },
				"This link is valid for 7 days and can be used once.",
				"Not expecting this invitation? Just ignore this message.",
			],
		},
		"family.guardian-added": {
			subject: "A parent was added to {{childName}}'s file",
			body: [
				"{{guardianName}} added {{childName}}'s file to their Ribambelle portal with the unique code given by the childcare setting. This person can now see and change the child's file.",
				"If you do not know this person or think this is a mistake, contact your child's childcare setting straight away.",
				{ link: "url", label: "View the child's file" },
			],
		},
		"family.guardian-removed": {
			subject: "You no longer have access to {{childName}}'s file",
			body: [
				"{{groupName}} removed {{childName}}'s file from your Ribambelle portal. You can no longer see or change it.",
				"If this is a mistake, please contact {{groupName}}.",
			],
		},
		"family.dossier-validated": {
			subject: "{{childName}}'s file has been validated",
			body: [
				"{{groupName}} validated {{childName}}'s file. Please keep it up to date, especially the medical data and the contacts.",
				{ link: "url", label: "View the child's file" },
			],
		},
		"family.dossier-merged": {
			subject: "{{childName}}'s file was joined to the existing file",
			body: [
				'{{groupName}} already knew {{childName}}: the file you created was joined to the child\'s existing file, which now appears under "My children".',
				"Please check the child's data and complete what is missing.",
				{ link: "url", label: "View the child's file" },
			],
		},
		"family.dossier-reminder": {
			subject: "Data is missing from {{childName}}'s file",
			body: [
				"{{groupName}} reminds you that mandatory data is missing from {{childName}}'s file. Without it you cannot register your child for camps and activities.",
				"The portal shows you, section by section, what remains to be filled in.",
				{ link: "url", label: "Complete the file" },
			],
		},
		"registration.updated": {
			subject: "{{childName}} — {{offerTitle}}: {{statusLabel}}",
			body: [
				"{{childName}}'s registration for “{{offerTitle}}” ({{houseName}}, {{dates}}): {{statusLabel}}.",
				"{{statusSentence}}",
				{ link: "url", label: "View the child's registrations" },
			],
		},
		"registration.offer-changed": {
			subject: "{{offerTitle}}: a change for {{childName}}",
			body: [
				"{{childName}} is registered for “{{offerTitle}}” ({{houseName}}), which has changed:",
				"{{changes}}",
				"The registration still stands. If these changes do not suit you, you can cancel it on the portal or contact the childcare setting. If you added the camp or activity to your calendar, it updates itself.",
				{ link: "url", label: "View the child's registrations" },
			],
		},
		"billing.invoice-issued": {
			subject: "Invoice {{number}} from {{groupName}}",
			body: [
				"{{groupName}} sends you invoice {{number}} for {{amount}}, to be paid by {{dueOn}}.",
				"Transfer to account {{iban}} with the structured communication {{communication}} (or scan the invoice's QR code with your banking app).",
				{ link: "url", label: "View the invoice" },
			],
		},
		"billing.invoice-reminder": {
			subject: "Reminder: invoice {{number}} from {{groupName}}",
			body: [
				"Unless we are mistaken, invoice {{number}} from {{groupName}}, due on {{dueOn}}, is not fully paid yet: {{amount}} remains due.",
				"Transfer to account {{iban}} with the structured communication {{communication}}. If you have paid in the meantime, please disregard this reminder.",
				{ link: "url", label: "View the invoice" },
			],
		},
		"document.accepted": {
			subject: "{{childName}}: document accepted by {{houseName}}",
			body: [
				"{{houseName}} accepted a document you sent for {{childName}}.",
				{ link: "url", label: "See the documents you sent" },
			],
		},
		"document.refused": {
			subject: "{{childName}}: document refused by {{houseName}}",
			body: [
				"{{houseName}} refused a document you sent for {{childName}}. The reason is shown on the portal, where you can also send a new document.",
				{ link: "url", label: "See the reason and send a new document" },
			],
		},
		"message.received": {
			subject: "New message: {{subject}}",
			body: [
				"You have received a new message about {{childName}} ({{houseName}}):",
				"“{{excerpt}}”",
				{ link: "url", label: "Read the message" },
			],
		},
		"document.published": {
			subject: "New document: {{title}}",
			body: [
				"{{houseName}} has published the document “{{title}}” for {{childNames}}.",
				"You will find it among your child's documents on the portal.",
				{ link: "url", label: "See the documents" },
			],
		},
		"message.digest": {
			subject: "Your new messages of {{day}}",
			body: [
				"Here are the conversations in which the childcare setting has written to you since the last summary and that you have not read yet:",
				{
					list: "threads",
					title: "{{subject}}",
					detail: {
						one: "{{childFirstName}} · {{houseName}} · 1 new message",
						other: "{{childFirstName}} · {{houseName}} · {{count}} new messages",
					},
					quote: "“{{excerpt}}”",
				},
				{ link: "url", label: "Read my messages" },
				"You receive this summary once a day, at 6 pm, as you chose in “My details”. You can go back to one e-mail per message at any time.",
			],
		},
	},
};
