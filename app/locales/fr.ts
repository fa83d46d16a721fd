/** French, the reference language: every other locale has exactly these keys. */
export const fr = {
	app: {
		name: "Ribambelle",
		skipToContent: "Aller au contenu principal",
		footer: "Ribambelle — le portail des familles et des milieux d'accueil.",
	},
	nav: {
		main: "Navigation principale",
		children: "Mes enfants",
		myData: "Mes données",
		messages: "Messages",
		staff: "Espace personnel",
		account: "Mon compte",
		signIn: "Connexion",
		signUp: "S'inscrire",
		signOut: "Se déconnecter",
		child: {
			label: "Dossier de l'enfant",
			houses: "Les maisons de l'enfant",
			camps: "Stages",
			activities: "Activités",
			general: "Données générales",
			supplementary: "Données supplémentaires",
			medical: "Données médicales",
			contacts: "Contacts",
			documents: "Documents",
			meals: "Repas",
		},
	},
	language: {
		label: "Langue",
		names: { fr: "Français", nl: "Nederlands", de: "Deutsch", en: "English" },
	},
	home: {
		title: "Bienvenue sur Ribambelle",
		lead: "Le portail qui vous relie aux milieux d'accueil de vos enfants : crèches, accueil extrascolaire, écoles et centres de vacances.",
		groups: {
			title: "Les milieux d'accueil",
			empty: "Aucun milieu d'accueil n'est encore inscrit.",
			contact: "Renseignements :",
		},
	},
	houses: {
		kinds: {
			creche: "Crèche",
			out_of_school: "Accueil extrascolaire",
			school: "École",
			holiday_centre: "Centre de vacances",
		},
	},
	staff: {
		title: "Espace du personnel",
		lead: "Gestion des maisons, des dossiers, des stages et des inscriptions.",
	},
	comingSoon: {
		title: "Bientôt disponible",
		message: "« {{what}} » n'est pas encore disponible dans cette version du portail.",
	},
	errors: {
		backHome: "Retour à l'accueil",
		reference: "Référence de la demande : {{requestId}}",
		forbidden: {
			title: "Accès refusé",
			message: "Vous n'avez pas l'autorisation d'effectuer cette action.",
		},
		notFound: {
			title: "Page introuvable",
			message: "Cette page n'existe pas ou n'est plus disponible.",
		},
		tooManyRequests: {
			title: "Trop de tentatives",
			message: "Vous avez fait trop de tentatives. Veuillez patienter quelques minutes avant de réessayer.",
		},
		payloadTooLarge: {
			title: "Envoi trop volumineux",
			message: "Ce que vous avez envoyé dépasse la taille autorisée.",
		},
		lengthRequired: {
			title: "Envoi refusé",
			message: "Votre navigateur a envoyé une requête que nous ne pouvons pas accepter. Veuillez réessayer.",
		},
		serverError: {
			title: "Une erreur est survenue",
			message:
				"Nous n'avons pas pu traiter votre demande. Rien de ce que vous avez enregistré n'est perdu ; veuillez réessayer dans un instant.",
		},
	},
	auth: {
		fields: {
			username: "Nom d'utilisateur",
			email: "E-mail",
			firstName: "Prénom",
			lastName: "Nom",
			password: "Mot de passe",
			newPassword: "Nouveau mot de passe",
			confirmPassword: "Confirmer le mot de passe",
			currentPassword: "Mot de passe actuel",
		},
		signIn: {
			title: "Connexion",
			lead: "Choisissez un moyen pour vous connecter.",
			accountTitle: "Compte Ribambelle",
			identifier: "Nom d'utilisateur ou e-mail",
			rememberMe: "Se souvenir de moi ?",
			submit: "Connexion",
			forgot: "Mot de passe oublié ?",
			signUp: "S'inscrire ?",
			socialTitle: "Réseaux sociaux",
			google: "Se connecter avec Google",
			openIdFailed: "La connexion avec Google n'a pas abouti. Veuillez réessayer ou utiliser votre mot de passe.",
			invalid: "Nom d'utilisateur, e-mail ou mot de passe incorrect.",
			unverifiedTitle: "Votre compte n'est pas encore confirmé.",
			unverifiedMessage:
				"Cliquez sur le lien reçu par e-mail pour confirmer votre compte. Vous ne le trouvez plus ? Nous pouvons vous l'envoyer à nouveau.",
			resend: "Renvoyer l'e-mail de confirmation",
		},
		signUp: {
			title: "Inscription",
			lead: "Créer un nouveau compte.",
			submit: "S'inscrire",
			haveAccount: "Vous avez déjà un compte ?",
		},
		username: {
			hint: "3 à 30 caractères : lettres, chiffres, point, tiret ou soulignement.",
			tooShort: "Le nom d'utilisateur compte au moins 3 caractères.",
			tooLong: "Le nom d'utilisateur compte au plus 30 caractères.",
			format: "Seuls les lettres, chiffres, points, tirets et soulignements sont acceptés.",
			taken: "Ce nom d'utilisateur est déjà pris. Veuillez en choisir un autre.",
		},
		password: {
			requirements: "Exigences concernant le mot de passe",
			met: "respectée",
			notMet: "pas encore respectée",
			rules: {
				length: "Minimum 8 caractères",
				upper: "Une lettre majuscule (A-Z)",
				lower: "Une lettre minuscule (a-z)",
				digit: "Un chiffre (0-9)",
				special: "Un caractère spécial (#$^+=!*()@%&)",
			},
			tooLong: "Le mot de passe compte au plus 128 caractères.",
			mismatch: "Les deux mots de passe ne sont pas identiques.",
			common: "Ce mot de passe est trop courant ou trop facile à deviner. Veuillez en choisir un autre.",
			currentWrong: "Le mot de passe actuel est incorrect.",
		},
		email: {
			unchanged: "C'est déjà l'adresse e-mail de votre compte.",
			taken: "Cette adresse e-mail est déjà utilisée par un autre compte.",
		},
		checkMailbox: {
			title: "Un e-mail vous a été envoyé !",
			"sign-up": "Confirmez votre compte en cliquant sur le lien dans le message. Le lien est valable 24 heures.",
			confirmation:
				"Si ce compte attend encore sa confirmation, un nouveau lien vient de partir. Le lien est valable 24 heures.",
			reset:
				"Si un compte existe avec cette adresse, vous recevrez un lien pour choisir un nouveau mot de passe. Le lien est valable une heure et ne sert qu'une fois.",
			"email-change":
				"Confirmez votre nouvelle adresse en cliquant sur le lien envoyé à celle-ci. Tant que vous ne l'avez pas confirmée, votre adresse actuelle reste en place.",
			spam: "Rien reçu après quelques minutes ? Regardez dans vos courriers indésirables.",
			backToSignIn: "Retour à la connexion",
		},
		forgot: {
			title: "Mot de passe oublié ?",
			lead: "Indiquez l'adresse e-mail de votre compte : nous vous enverrons un lien pour choisir un nouveau mot de passe.",
			submit: "Envoyer le lien",
		},
		reset: {
			title: "Nouveau mot de passe",
			lead: "Choisissez votre nouveau mot de passe. Vous serez déconnecté de tous vos appareils.",
			submit: "Enregistrer le mot de passe",
			invalidToken: "Ce lien n'est plus valable : il a déjà servi ou il a expiré.",
			askAgain: "Demander un nouveau lien",
			done: "Votre mot de passe a été changé. Vous pouvez vous connecter.",
		},
		confirmed: {
			title: "Compte confirmé",
			problemTitle: "Lien de confirmation",
			welcome: "Votre compte est confirmé. Bienvenue sur Ribambelle !",
			signInNow: "Votre adresse e-mail est confirmée. Connectez-vous pour continuer.",
			expired: "Ce lien de confirmation a expiré. Indiquez votre adresse e-mail pour en recevoir un nouveau.",
			invalid: "Ce lien de confirmation n'est pas valable. Indiquez votre adresse e-mail pour en recevoir un nouveau.",
			resendLabel: "Votre adresse e-mail",
		},
	},
	account: {
		title: "Mon compte",
		lead: "Vos informations de connexion, votre mot de passe et les appareils connectés.",
		identity: {
			title: "Informations de connexion",
			noUsername: "aucun (connexion par e-mail ou Google)",
		},
		email: {
			title: "Changer mon adresse e-mail",
			newEmail: "Nouvelle adresse e-mail",
			hint: "Nous enverrons un lien de confirmation à la nouvelle adresse.",
			submit: "Changer d'adresse",
			changed: "Votre adresse e-mail a été changée.",
			confirmTitle: "Confirmer ma nouvelle adresse",
			confirmLead: "Cliquez sur le bouton pour utiliser cette adresse pour votre compte Ribambelle.",
			confirmSubmit: "Confirmer l'adresse",
			invalidLink:
				"Ce lien n'est plus valable : il a déjà servi ou il a expiré. Vous pouvez refaire la demande depuis votre compte.",
		},
		password: {
			title: "Changer mon mot de passe",
			hint: "Vos autres appareils seront déconnectés.",
			submit: "Changer le mot de passe",
			changed: "Votre mot de passe a été changé. Vos autres appareils ont été déconnectés.",
			noPasswordYet:
				"Vous vous connectez avec Google. Pour ajouter un mot de passe, utilisez « Mot de passe oublié ? » sur la page de connexion.",
		},
		sessions: {
			title: "Appareils connectés",
			lead: "Les navigateurs et appareils actuellement connectés à votre compte.",
			current: "cet appareil",
			unknownDevice: "Appareil inconnu",
			details: "Adresse {{ipAddress}} · dernière activité le {{lastUsedAt}}",
			revoke: "Déconnecter",
			revokeAll: "Se déconnecter partout",
			revoked: "L'appareil a été déconnecté.",
			signedOutEverywhere: "Vous avez été déconnecté de tous vos appareils.",
		},
	},
	validation: {
		required: "Ce champ est obligatoire.",
		tooLong: "Ce texte est trop long.",
		email: "Veuillez indiquer une adresse e-mail valide.",
	},
	groups: {
		code: {
			tooShort: "Le code groupe compte au moins 3 lettres.",
			lettersOnly: "Seules les lettres sont acceptées (pas de chiffres, d'espaces ni de caractères spéciaux).",
			taken: "Ce code groupe est déjà utilisé.",
		},
	},
	devMailbox: {
		title: "Boîte aux lettres de développement",
		lead: "Tant qu'aucun serveur SMTP n'est configuré, les e-mails de l'application arrivent ici au lieu de partir. Voici les 50 plus récents, du plus récent au plus ancien.",
		empty: "Aucun e-mail pour l'instant.",
		to: "Destinataire",
		receivedAt: "Reçu le",
	},
};
