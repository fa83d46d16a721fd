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
};
