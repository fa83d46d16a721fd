/**
 * The audit log in sentences (French, the reference): one per action of
 * app/domain/audit/audit-actions.ts, nested by the dots of its code. Merged under `audit`.
 */
export const auditFr = {
	anonymous: "Le système",
	quoted: "«\u00a0{{title}}\u00a0»",
	/** The address under the sentence, on phones. */
	ipLine: "Adresse IP : {{address}}",
	unknown: {
		person: "une personne dont le compte a été supprimé",
		account: "un identifiant inconnu",
		child: "un enfant dont le dossier a été supprimé",
		offer: "un stage ou une activité supprimés",
		house: "une maison supprimée",
		period: "une période supprimée",
		group: "le groupe",
		email: "une adresse inconnue",
	},
	sentences: {
		auth: {
			sign_up: {
				created: "{{actor}} a créé son compte.",
				existing_address: "Quelqu'un a tenté de créer un compte avec l'adresse de {{person}}.",
			},
			confirmation: { resent: "Un nouveau lien de confirmation a été envoyé à {{person}}." },
			sign_in: {
				succeeded: "{{actor}} s'est connecté(e).",
				failed: "Connexion refusée pour {{person}}.",
			},
			password: { changed: "{{actor}} a changé son mot de passe." },
			password_reset: {
				requested: "Réinitialisation du mot de passe demandée pour {{person}}.",
				completed: "{{actor}} a choisi un nouveau mot de passe avec le lien de réinitialisation.",
			},
			email_change: { requested: "{{actor}} a demandé à changer son adresse e-mail." },
			email: { changed: "{{actor}} a remplacé son adresse e-mail {{oldEmail}} par {{newEmail}}." },
			session: { revoked: "{{actor}} a fermé une de ses sessions." },
			sessions: { revoked_all: "{{actor}} a fermé toutes ses sessions." },
		},
		operator: { granted: "{{person}} est devenu(e) opérateur de la plateforme." },
		group: {
			created: "{{actor}} a créé le groupe {{group}}.",
			dossier_settings: { updated: "{{actor}} a modifié les champs obligatoires des dossiers." },
		},
		house: {
			required_documents: { updated: "{{actor}} a modifié les documents demandés par la maison {{house}}." },
			closed_day: {
				added: "{{actor}} a fermé la maison {{house}} le {{date}}.",
				removed: "{{actor}} a rouvert la maison {{house}} le {{date}}.",
			},
			created: "{{actor}} a créé la maison {{house}}.",
			updated: "{{actor}} a modifié la maison {{house}}.",
			archived: "{{actor}} a archivé la maison {{house}}.",
			restored: "{{actor}} a restauré la maison {{house}}.",
			deleted: "{{actor}} a supprimé la maison {{house}}.",
		},
		staff: {
			invited: "{{actor}} a invité {{email}} comme {{role}}.",
			invitation: {
				accepted: "{{actor}} a rejoint le groupe comme {{role}}.",
				revoked: "{{actor}} a retiré l'invitation envoyée à {{email}}.",
			},
			role_changed: "{{actor}} a changé le rôle de {{person}} : {{fromRole}} → {{toRole}}.",
			removed: "{{actor}} a retiré {{person}} du personnel ({{role}}).",
		},
		family: {
			profile: { updated: "{{actor}} a mis à jour ses données." },
			calendar_feed: { regenerated: "{{actor}} a renouvelé le lien de son agenda." },
		},
		billing: {
			signature_updated: "{{actor}} a changé l'image de signature des attestations.",
			signature_removed: "{{actor}} a retiré l'image de signature des attestations.",
			settings_updated: "{{actor}} a modifié les données de facturation du groupe.",
			run_created: "{{actor}} a préparé une facturation du {{startsOn}} au {{date}} ({{amount}}).",
			run_confirmed: "{{actor}} a émis une facturation ({{amount}}).",
			run_discarded: "{{actor}} a abandonné une facturation en préparation.",
			adjustment_added: "{{actor}} a ajouté une ligne manuelle de {{amount}} pour {{child}}.",
			invoice_cancelled: "{{actor}} a annulé la facture {{invoiceNumber}} par une note de crédit{{reasonNote}}.",
			payment_recorded: "{{actor}} a enregistré un paiement de {{amount}} sur la facture {{invoiceNumber}}.",
			statement_imported: "{{actor}} a importé l'extrait bancaire {{statement}}.",
			movement_matched: "{{actor}} a affecté un virement de {{amount}} à la facture {{invoiceNumber}}.",
			movement_ignored: "{{actor}} a ignoré un mouvement bancaire de {{amount}}.",
			reminder_sent: "Un rappel de paiement a été envoyé pour la facture {{invoiceNumber}} ({{amount}}).",
			tax_certificates_issued: "{{actor}} a émis {{count}} attestation(s) fiscale(s) 281.86.",
			tax_certificate_cap_updated: "{{actor}} a modifié le plafond journalier des attestations fiscales ({{amount}}).",
			certifying_authority_updated: "{{actor}} a modifié l'autorité de certification des attestations fiscales.",
		},
		document: {
			published_one: "{{actor}} a publié le document {{document}} pour {{count}} famille.",
			published_other: "{{actor}} a publié le document {{document}} pour {{count}} familles.",
			withdrawn: "{{actor}} a retiré le document publié {{document}}.",
			file: { downloaded: "{{actor}} a ouvert le document publié {{document}}." },
		},
		message: {
			file: { downloaded: "{{actor}} a ouvert une pièce jointe d'un message au sujet de {{child}}." },
			thread: {
				started: "{{actor}} a envoyé un nouveau message.",
				assigned: "{{actor}} a attribué une conversation.",
				done: "{{actor}} a marqué une conversation comme traitée.",
				reopened: "{{actor}} a rouvert une conversation.",
			},
			broadcast: { sent: "{{actor}} a envoyé un message à {{count}} familles." },
		},
		meal: {
			kitchen: {
				viewed_one: "{{actor}} a consulté les repas de la maison {{house}} du {{date}} ({{count}} enfant).",
				viewed_other: "{{actor}} a consulté les repas de la maison {{house}} du {{date}} ({{count}} enfants).",
			},
			offer: {
				created: "{{actor}} a créé le repas {{offer}}.",
				updated: "{{actor}} a modifié le nom ou les maisons du repas {{offer}}.",
			},
			price: { set: "{{actor}} a fixé le prix du repas {{offer}}{{labelNote}} à {{amount}} à partir du {{startsOn}}." },
			rules: { set: "{{actor}} a fixé les délais du repas {{offer}} à partir du {{startsOn}}." },
			booked_by_staff_one: "{{actor}} a réservé pour {{child}} {{count}} repas {{offer}}{{reasonNote}}.",
			booked_by_staff_other: "{{actor}} a réservé pour {{child}} {{count}} repas {{offer}}{{reasonNote}}.",
			cancelled_by_staff_one: "{{actor}} a annulé pour {{child}} {{count}} repas {{offer}}{{reasonNote}}.",
			cancelled_by_staff_other: "{{actor}} a annulé pour {{child}} {{count}} repas {{offer}}{{reasonNote}}.",
		},
		child: {
			document: {
				uploaded: "{{actor}} a envoyé un document au sujet de {{child}} à la maison {{house}}.",
				accepted: "{{actor}} a accepté un document envoyé pour {{child}} ({{house}}).",
				refused: "{{actor}} a refusé un document envoyé pour {{child}} ({{house}}).",
				downloaded: "{{actor}} a ouvert un document envoyé pour {{child}} ({{house}}).",
			},
			billing: { updated: "{{actor}} a modifié la facturation de {{child}}." },
			created: "{{actor}} a créé le dossier de {{child}}.",
			validated: "{{actor}} a validé le dossier de {{child}}.",
			merged: "{{actor}} a fusionné un dossier en double avec celui de {{intoChild}}.",
			enrolled: "{{actor}} a inscrit {{child}} dans la maison {{house}} à partir du {{startsOn}}.",
			enrolment: { ended: "{{actor}} a mis fin à l'accueil de {{child}} dans la maison {{house}} le {{date}}." },
			general: { updated: "{{actor}} a modifié les données générales de {{child}}." },
			supplementary: { updated: "{{actor}} a modifié les données supplémentaires de {{child}}." },
			medical: {
				updated: "{{actor}} a modifié les données médicales de {{child}}.",
				viewed: "{{actor}} a consulté les données médicales de {{child}}.",
			},
			contacts: { updated: "{{actor}} a modifié les contacts de {{child}}." },
			code: {
				issued: "{{actor}} a généré un code unique pour {{child}}.",
				revoked: "{{actor}} a retiré un code unique de {{child}}.",
				letter_printed: "{{actor}} a imprimé la lettre du code unique de {{child}}.",
			},
			guardian: {
				linked: "{{actor}} a ajouté le dossier de {{child}} à son portail avec un code unique.",
				unlinked: "{{actor}} a retiré l'accès de {{person}} au dossier de {{child}}.",
			},
			guardians: {
				reminded_one: "{{actor}} a demandé à {{count}} parent de compléter le dossier de {{child}}.",
				reminded_other: "{{actor}} a demandé à {{count}} parents de compléter le dossier de {{child}}.",
			},
		},
		period: {
			created: "{{actor}} a créé la période {{period}}.",
			archived: "{{actor}} a archivé la période {{period}}.",
			restored: "{{actor}} a restauré la période {{period}}.",
			deleted: "{{actor}} a supprimé la période {{period}}.",
		},
		offer: {
			created: "{{actor}} a créé {{offer}}.",
			updated: "{{actor}} a modifié {{offer}}.",
			copied: "{{actor}} a créé {{offer}} en copiant {{sourceOffer}}.",
			archived: "{{actor}} a archivé {{offer}}.",
			restored: "{{actor}} a désarchivé {{offer}}.",
			deleted: "{{actor}} a supprimé {{offer}}.",
			registrations: {
				exported_one: "{{actor}} a exporté {{count}} inscription de {{offer}} ({{format}}).",
				exported_other: "{{actor}} a exporté {{count}} inscriptions de {{offer}} ({{format}}).",
			},
			attendance: {
				viewed_one: "{{actor}} a consulté la liste de présence de {{offer}} ({{count}} enfant).",
				viewed_other: "{{actor}} a consulté la liste de présence de {{offer}} ({{count}} enfants).",
			},
		},
		registration: {
			created: "{{actor}} a inscrit {{child}} à {{offer}} : {{status}}.",
			accepted: "{{actor}} a accepté l'inscription de {{child}} à {{offer}}.",
			moved_to_waiting: "{{actor}} a mis {{child}} sur la liste d'attente de {{offer}}.",
			refused: "{{actor}} a refusé l'inscription de {{child}} à {{offer}}.",
			cancelled: "{{actor}} a annulé l'inscription de {{child}} à {{offer}}.",
		},
	},
};
