/** Camps and activities, the words every screen and mail shares (French, the reference). */
export const offersFr = {
	kinds: { camp: "Stage", activity: "Activité" },
	status: { draft: "brouillon", open: "ouvert", closed: "clôturé", cancelled: "annulé" },
	registration: {
		status: {
			pending: "en attente de validation",
			accepted: "acceptée",
			waiting: "liste d'attente",
			refused: "refusée",
			cancelled: "annulée",
		},
		waitingPosition: "liste d'attente (position {{position}})",
	},
	mail: {
		pending:
			"Votre demande est bien enregistrée et une place est réservée à {{childName}} en attendant la décision du milieu d'accueil, qui vous sera communiquée par e-mail.",
		accepted:
			"La place de {{childName}} est confirmée. La confirmation (PDF) et l'ajout à votre agenda sont disponibles sur le portail.",
		waiting:
			"Le stage est complet : {{childName}} est sur la liste d'attente, en position {{position}}. Si une place se libère, elle lui sera attribuée automatiquement et vous serez prévenu(e).",
		refused: "Le milieu d'accueil n'a pas pu retenir l'inscription de {{childName}}. Motif : {{reason}}",
		cancelled: "L'inscription de {{childName}} est annulée.",
		dateRemoved:
			"Le milieu d'accueil a retiré le {{date}} des dates de « {{title}} » : l'inscription de {{childName}} à cette date est donc annulée. Si vous l'aviez ajoutée à votre agenda, elle en disparaît.",
		offerCancelled:
			"Le milieu d'accueil a annulé « {{title}} » : l'inscription de {{childName}} est donc annulée. Si vous l'aviez ajouté à votre agenda, il en disparaît.",
	},
	changes: {
		dates: "Dates : {{after}} (au lieu de {{before}})",
		times: "Horaire : {{after}} (au lieu de {{before}})",
		house: "Lieu : {{after}} (au lieu de {{before}})",
		price: "Participation : {{after}} (au lieu de {{before}})",
		carePrice: "Garderie : {{after}} (au lieu de {{before}})",
		noCare: "pas de garderie",
		concerned_one:
			"Une famille est concernée : si vous changez les dates, l'horaire, le lieu ou le prix, elle sera prévenue par e-mail ; si vous annulez, son inscription sera annulée.",
		concerned_other:
			"{{count}} familles sont concernées : si vous changez les dates, l'horaire, le lieu ou le prix, elles seront prévenues par e-mail ; si vous annulez, leurs inscriptions seront annulées.",
	},
	archived: "Ce stage ou cette activité est archivé : il ne peut plus être modifié.",
	delete: { notDeletable: "Seul un brouillon sans aucune inscription peut être supprimé : archivez-le plutôt." },
	register: {
		notOpen: "Les inscriptions ne sont pas ouvertes pour le moment.",
		closed: "Les inscriptions sont clôturées.",
		full: "Complet : il n'y a plus de place, ni sur la liste d'attente.",
		already: "Cet enfant est déjà inscrit à ce stage ou à cette activité.",
		age: "L'âge de l'enfant ne correspond pas à celui demandé.",
		residents: "Les inscriptions sont réservées aux habitants des codes postaux indiqués.",
		incomplete: "Le dossier de l'enfant est incomplet : complétez-le avant de l'inscrire.",
		noCare: "La garderie n'est pas proposée pour ce stage.",
		chooseDays: "Choisissez au moins une date.",
		dayUnknown: "Une des dates choisies n'est pas (ou plus) proposée : rechargez la page.",
		dayFull: "Une des dates choisies est complète, liste d'attente comprise : aucune inscription n'a été faite.",
	},
	cancel: {
		tooLate: "Le délai d'annulation est dépassé : contactez le milieu d'accueil.",
		notActive: "Cette inscription n'est plus active.",
	},
	decide: {
		noPlace: "Il n'y a plus de place libre : libérez-en une ou augmentez la capacité.",
		noWaitingRoom: "La liste d'attente est pleine.",
		notAllowed: "Cette décision n'est pas possible dans l'état actuel de l'inscription.",
		offerCancelled: "Ce stage ou cette activité est annulé : aucune place ne peut y être attribuée.",
		offerOver: "Ce stage ou cette activité est terminé : aucune place ne peut plus y être attribuée.",
	},
	validation: {
		time: "Indiquez une heure (HH:MM).",
		price: "Indiquez un montant en euros, par exemple 85 ou 85,50.",
		count: "Indiquez un nombre entier.",
		countMax: "Au maximum 5 000.",
		ageYears: "Indiquez un âge de 0 à 25 ans.",
		ageMonths: "Indiquez de 0 à 11 mois.",
		capacity: "La capacité est d'au moins une place.",
		endBeforeStart: "La fin doit venir après le début.",
		ageRange: "L'âge maximum doit être supérieur à l'âge minimum.",
		belowTaken: "La capacité ne peut pas descendre sous le nombre de places déjà attribuées.",
		belowWaiting: "La liste d'attente ne peut pas descendre sous le nombre d'enfants qui y sont déjà.",
		house: "Choisissez une de vos maisons.",
		period: "Choisissez une période du groupe.",
		dateRange: "Indiquez une date entre 2000 et 2099.",
		campTooLong: "Un stage dure au plus 7 jours : créez-en un par semaine.",
		activityTooManyDays: "Une activité a au plus 10 dates : créez-en une autre pour les suivantes.",
		activityTooLong: "Les dates d'une activité tiennent dans une année.",
		closesAfterEnd: "Les inscriptions se clôturent au plus tard le dernier jour.",
		cancelAfterStart: "Le délai d'annulation tombe au plus tard le premier jour.",
		periodTooLong: "Une période dure au plus un an.",
		periodExists: "Le groupe a déjà une période de ce nom.",
		periodSameDates: "Le groupe a déjà une période à ces dates.",
		outsidePeriod: "Les dates sortent de la période choisie.",
		datesTogetherLocked:
			"Des inscriptions sont en cours : le choix « toutes les dates ensemble » ne peut plus changer.",
	},
};
