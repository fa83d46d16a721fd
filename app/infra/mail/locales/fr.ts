import type { MailCatalogue } from "./catalogue.ts";

/** The mails in French, the reference language: every other catalogue has this shape. */
export const fr = {
	common: {
		greeting: "Bonjour {{firstName}},",
		greetingWithoutName: "Bonjour,",
		linkFallback: "Si le bouton ne fonctionne pas, copiez ce lien dans la barre d'adresse de votre navigateur :",
		closing: "Bien à vous,",
		signature: "L'équipe Ribambelle",
		safety:
			"Pour votre sécurité : ne communiquez jamais vos données personnelles ni votre mot de passe par téléphone ou par e-mail. Ribambelle ne vous les demandera jamais.",
		automatic: "Ce message vous est envoyé automatiquement ; merci de ne pas y répondre.",
	},
	templates: {
		"account.confirm": {
			subject: "Confirmez votre adresse e-mail",
			body: [
				"Bienvenue sur Ribambelle ! Pour terminer la création de votre compte, confirmez votre adresse e-mail en cliquant sur le bouton ci-dessous.",
				{ link: "url", label: "Confirmer mon adresse e-mail" },
				"Ce lien est valable 24 heures. Passé ce délai, vous pourrez en demander un nouveau depuis la page de connexion.",
				"Vous n'avez pas créé de compte sur Ribambelle ? Ignorez simplement ce message : sans confirmation, aucun compte ne sera activé.",
			],
		},
		"account.exists": {
			subject: "Tentative de création d'un compte avec votre adresse e-mail",
			body: [
				"Quelqu'un, peut-être vous, a essayé de créer un compte Ribambelle avec cette adresse e-mail. Or, un compte existe déjà pour cette adresse.",
				"Si c'était vous, vous pouvez simplement vous connecter :",
				{ link: "signInUrl", label: "Me connecter" },
				"Vous avez oublié votre mot de passe ? Choisissez-en un nouveau :",
				{ link: "resetUrl", label: "Réinitialiser mon mot de passe" },
				"Si ce n'était pas vous, ignorez ce message : votre compte n'a pas été modifié.",
			],
		},
		"password.reset": {
			subject: "Réinitialisation de votre mot de passe",
			body: [
				"Vous avez demandé à réinitialiser le mot de passe de votre compte Ribambelle. Cliquez sur le bouton ci-dessous pour en choisir un nouveau.",
				{ link: "url", label: "Choisir un nouveau mot de passe" },
				"Ce lien est valable 1 heure et ne peut être utilisé qu'une seule fois.",
				"Vous n'avez pas fait cette demande ? Ignorez ce message : votre mot de passe actuel reste inchangé.",
			],
		},
		"password.changed": {
			subject: "Votre mot de passe a été modifié",
			body: [
				"Le mot de passe de votre compte Ribambelle vient d'être modifié.",
				"Si c'est vous, vous n'avez rien d'autre à faire.",
				"Si ce n'est pas vous, quelqu'un connaît peut-être votre mot de passe : choisissez-en un nouveau sans attendre grâce au lien « Mot de passe oublié » de la page de connexion, et prévenez le milieu d'accueil de vos enfants.",
			],
		},
		"email.change": {
			subject: "Confirmez votre nouvelle adresse e-mail",
			body: [
				"Vous avez demandé à utiliser l'adresse {{newEmail}} pour votre compte Ribambelle. Pour confirmer ce changement, cliquez sur le bouton ci-dessous.",
				{ link: "url", label: "Confirmer ma nouvelle adresse" },
				"Vous n'avez pas demandé ce changement ? Ignorez ce message : rien ne sera modifié.",
			],
		},
		"email.changed": {
			subject: "L'adresse e-mail de votre compte a été modifiée",
			body: [
				"L'adresse e-mail de votre compte Ribambelle a été remplacée par {{newEmail}}. Nos prochains messages seront envoyés à cette nouvelle adresse.",
				"Si vous êtes à l'origine de ce changement, vous n'avez rien d'autre à faire.",
				"Si ce n'est pas vous, prenez contact sans attendre avec le milieu d'accueil de vos enfants : quelqu'un a peut-être accès à votre compte.",
			],
		},
		"staff.invitation": {
			subject: "Invitation à rejoindre {{groupName}} sur Ribambelle",
			body: [
				"{{inviterName}} vous invite à rejoindre l'équipe de {{groupName}} sur Ribambelle, en tant que {{roleLabel}}.",
				"Cliquez sur le bouton ci-dessous pour accepter l'invitation. Si vous avez déjà un compte Ribambelle, vous pourrez vous y connecter ; sinon, vous choisirez votre mot de passe.",
				{ link: "url", label: "Accepter l'invitation" },
				"Ce lien est valable 7 jours et ne peut être utilisé qu'une seule fois.",
				"Vous ne vous attendiez pas à cette invitation ? Ignorez ce message.",
			],
		},
		"family.guardian-added": {
			subject: "Un parent a été ajouté au dossier de {{childName}}",
			body: [
				"{{guardianName}} a ajouté le dossier de {{childName}} à son portail Ribambelle, avec le code unique remis par le milieu d'accueil. Cette personne peut désormais consulter et modifier le dossier de l'enfant.",
				"Si vous ne connaissez pas cette personne ou pensez qu'il s'agit d'une erreur, contactez sans tarder le milieu d'accueil de votre enfant.",
				{ link: "url", label: "Voir le dossier de l'enfant" },
			],
		},
		"family.guardian-removed": {
			subject: "Vous n'avez plus accès au dossier de {{childName}}",
			body: [
				"{{groupName}} a retiré le dossier de {{childName}} de votre portail Ribambelle. Vous ne pouvez plus le consulter ni le modifier.",
				"S'il s'agit d'une erreur, contactez {{groupName}}.",
			],
		},
		"family.dossier-validated": {
			subject: "Le dossier de {{childName}} a été validé",
			body: [
				"{{groupName}} a validé le dossier de {{childName}}. Pensez à le garder à jour, en particulier les données médicales et les contacts.",
				{ link: "url", label: "Voir le dossier de l'enfant" },
			],
		},
		"family.dossier-merged": {
			subject: "Le dossier de {{childName}} a été rattaché au dossier existant",
			body: [
				"{{groupName}} connaissait déjà {{childName}} : le dossier que vous aviez créé a été rattaché au dossier existant de l'enfant, qui apparaît maintenant dans « Mes enfants ».",
				"Vérifiez les données de l'enfant et complétez ce qui manque.",
				{ link: "url", label: "Voir le dossier de l'enfant" },
			],
		},
		"family.dossier-reminder": {
			subject: "Des données manquent dans le dossier de {{childName}}",
			body: [
				"{{groupName}} vous rappelle que des données obligatoires manquent dans le dossier de {{childName}}. Sans elles, vous ne pourrez pas inscrire votre enfant aux stages et activités.",
				"Le portail vous indique, rubrique par rubrique, ce qu'il reste à compléter.",
				{ link: "url", label: "Compléter le dossier" },
			],
		},
		"registration.updated": {
			subject: "{{childName}} — {{offerTitle}} : {{statusLabel}}",
			body: [
				"Inscription de {{childName}} à « {{offerTitle}} » ({{houseName}}, {{dates}}) : {{statusLabel}}.",
				"{{statusSentence}}",
				{ link: "url", label: "Voir les inscriptions de l'enfant" },
			],
		},
		"registration.offer-changed": {
			subject: "{{offerTitle}} : changement pour {{childName}}",
			body: [
				"{{childName}} est inscrit(e) à « {{offerTitle}} » ({{houseName}}), qui change :",
				"{{changes}}",
				"L'inscription reste valable. Si ces changements ne vous conviennent pas, vous pouvez l'annuler sur le portail ou contacter le milieu d'accueil. Si vous avez ajouté le stage ou l'activité à votre agenda, il se met à jour.",
				{ link: "url", label: "Voir les inscriptions de l'enfant" },
			],
		},
		"billing.invoice-issued": {
			subject: "Facture {{number}} de {{groupName}}",
			body: [
				"{{groupName}} vous adresse la facture {{number}} d'un montant de {{amount}}, à payer au plus tard le {{dueOn}}.",
				"Virement au compte {{iban}} avec la communication structurée {{communication}} (ou scannez le code QR de la facture avec votre application bancaire).",
				{ link: "url", label: "Voir la facture" },
			],
		},
		"billing.invoice-reminder": {
			subject: "Rappel : facture {{number}} de {{groupName}}",
			body: [
				"Sauf erreur de notre part, la facture {{number}} de {{groupName}}, échue le {{dueOn}}, n'est pas encore entièrement payée : il reste {{amount}} à payer.",
				"Virement au compte {{iban}} avec la communication structurée {{communication}}. Si vous avez payé entre-temps, ne tenez pas compte de ce rappel.",
				{ link: "url", label: "Voir la facture" },
			],
		},
		"document.accepted": {
			subject: "{{childName}} : document accepté par {{houseName}}",
			body: [
				"{{houseName}} a accepté un document que vous avez envoyé pour {{childName}}.",
				{ link: "url", label: "Voir les documents envoyés" },
			],
		},
		"document.refused": {
			subject: "{{childName}} : document refusé par {{houseName}}",
			body: [
				"{{houseName}} a refusé un document que vous avez envoyé pour {{childName}}. La raison du refus est indiquée sur le portail ; vous pouvez y envoyer un nouveau document.",
				{ link: "url", label: "Voir la raison et envoyer un nouveau document" },
			],
		},
		"message.received": {
			subject: "Nouveau message : {{subject}}",
			body: [
				"Vous avez reçu un nouveau message au sujet de {{childName}} ({{houseName}}) :",
				"« {{excerpt}} »",
				{ link: "url", label: "Lire le message" },
			],
		},
		"document.published": {
			subject: "Nouveau document : {{title}}",
			body: [
				"{{houseName}} a publié le document « {{title}} » pour {{childNames}}.",
				"Vous le trouverez dans les documents de votre enfant sur le portail.",
				{ link: "url", label: "Voir les documents" },
			],
		},
		"message.digest": {
			subject: "Vos nouveaux messages du {{day}}",
			body: [
				"Voici les conversations dans lesquelles le milieu d'accueil vous a écrit depuis le dernier résumé et que vous n'avez pas encore lues :",
				{
					list: "threads",
					title: "{{subject}}",
					detail: {
						one: "{{childFirstName}} · {{houseName}} · 1 nouveau message",
						other: "{{childFirstName}} · {{houseName}} · {{count}} nouveaux messages",
					},
					quote: "« {{excerpt}} »",
				},
				{ link: "url", label: "Lire mes messages" },
				"Vous recevez ce résumé une fois par jour, à 18 h, comme vous l'avez choisi dans « Mes données ». Vous pouvez y revenir à un e-mail par message à tout moment.",
			],
		},
	},
} satisfies MailCatalogue;
