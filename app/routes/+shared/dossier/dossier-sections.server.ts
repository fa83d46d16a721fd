import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import type { DossierSection } from "#app/db/schema.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { addMedication } from "#app/domain/families/add-medication.server.ts";
import { contactServerSchema, medicalDataServerSchema } from "#app/domain/families/dossier-input.server.ts";
import {
	allergySchema,
	contactSchema,
	generalDataSchema,
	medicalDataSchema,
	medicationSchema,
	supplementaryDataSchema,
} from "#app/domain/families/dossier-input.ts";
import {
	findSupplementary,
	listChanges,
	listConsents,
	listContacts,
	listGuardians,
} from "#app/domain/families/families.repository.server.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { readMedicalData } from "#app/domain/families/read-medical-data.server.ts";
import { removeDossierEntry } from "#app/domain/families/remove-dossier-entry.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { saveSupplementaryData } from "#app/domain/families/save-supplementary-data.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import {
	childSummary,
	type DossierArgs,
	type DossierContext,
	missingDataForLoaders,
	requireFullView,
} from "./dossier-context.server.ts";

type Resolve = (args: DossierArgs) => Promise<DossierContext>;

/** What every section page shows: the child, what is missing here, who changed it lately. */
async function sectionBasics(args: DossierArgs, dossier: DossierContext, section: DossierSection) {
	const missing = await missingDataForLoaders(args, dossier.child);
	return {
		child: childSummary(dossier.child),
		basePath: dossier.basePath,
		canEdit: dossier.canEdit,
		side: dossier.side,
		view: dossier.view,
		missing: missing[section],
		history: await listChanges(getDb(), dossier.child.id, section),
	};
}

async function loadGeneral({ child }: DossierContext) {
	const guardians = await listGuardians(getDb(), child.id);
	return {
		general: {
			firstName: child.first_name,
			lastName: child.last_name,
			nationalNumber: child.national_number ?? "",
			birthDate: child.birth_date ?? "",
			sex: child.sex ?? "",
			street: child.street ?? "",
			houseNumber: child.house_number ?? "",
			postalCode: child.postal_code ?? "",
			locality: child.locality ?? "",
			country: child.country,
			language: child.language ?? "",
		},
		guardians: guardians.map((guardian) => ({
			userId: guardian.user_id,
			name: `${guardian.first_name} ${guardian.last_name}`.trim(),
		})),
		constraints: { general: formConstraint(generalDataSchema) },
	};
}

async function loadSupplementary({ child }: DossierContext) {
	const db = getDb();
	const [supplementary, consents] = await Promise.all([findSupplementary(db, child.id), listConsents(db, child.id)]);
	return {
		supplementary: supplementary ?? null,
		consents,
		constraints: { supplementary: formConstraint(supplementaryDataSchema) },
	};
}

// Phones are formatted here, not in the components: the numbering tables stay on the server (decision 027).
async function loadMedical(dossier: DossierContext) {
	const data = await readMedicalData({ db: getDb(), actor: dossier.actor, childId: dossier.child.id });
	const doctorPhone = data.medical?.doctor_phone;
	return {
		...data,
		doctorPhoneShown: doctorPhone ? formatPhone(doctorPhone) : "",
		// The browser checks with the shared schemas; the server's stricter ones check on save.
		constraints: {
			medical: formConstraint(medicalDataSchema),
			allergy: formConstraint(allergySchema),
			medication: formConstraint(medicationSchema),
		},
	};
}

async function loadContacts({ child }: DossierContext) {
	const contacts = await listContacts(getDb(), child.id);
	return {
		contacts: contacts.map((contact) => ({
			...contact,
			phone_shown: formatPhone(contact.phone),
			phone_alt_shown: contact.phone_alt ? formatPhone(contact.phone_alt) : null,
		})),
		constraints: { contact: formConstraint(contactSchema) },
	};
}

/** What a reader (animator) may open: the health lists and the contacts (decision 013). */
const animatorSections: readonly DossierSection[] = ["medical", "contacts"];

const sectionLoaders = {
	general: loadGeneral,
	supplementary: loadSupplementary,
	medical: loadMedical,
	contacts: loadContacts,
};

/** The loader of a dossier section page, for guardians or staff depending on `resolve`. */
export function sectionLoader<Section extends DossierSection>(section: Section, resolve: Resolve) {
	return async (args: DossierArgs) => {
		const dossier = await resolve(args);
		if (!animatorSections.includes(section)) requireFullView(dossier);
		const load = sectionLoaders[section] as (dossier: DossierContext) => ReturnType<(typeof sectionLoaders)[Section]>;
		const [basics, details] = await Promise.all([sectionBasics(args, dossier, section), load(dossier)]);
		return { ...basics, ...(details as Awaited<ReturnType<(typeof sectionLoaders)[Section]>>) };
	};
}

function requireEdit(dossier: DossierContext) {
	if (!dossier.canEdit) throw data(null, { status: 403 });
}

const entryIdSchema = z.object({ entryId: z.string().min(1) });

/** The action of a dossier section page: each form of the page, told apart by `intent`. */
export function sectionAction(section: DossierSection, resolve: Resolve) {
	return async (args: DossierArgs) => {
		const dossier = await resolve(args);
		requireEdit(dossier);
		const db = getDb();
		const { actor, basePath } = dossier;
		const childId = dossier.child.id;
		const here = `${basePath}/${section}`;
		const formData = await readForm(args.request);
		const intent = String(formData.get("intent") ?? "save");
		const done = (message: string) => redirectWithFlash(here, { message });
		const removeEntry = async (kind: "allergy" | "medication" | "contact", message: string) => {
			const parsed = entryIdSchema.safeParse({ entryId: formData.get("entryId") });
			if (!parsed.success) throw data(null, { status: 400 });
			try {
				await removeDossierEntry({ db, actor, childId, kind, entryId: parsed.data.entryId });
			} catch (error) {
				throwAsErrorPage(error);
			}
			return done(message);
		};
		const request = args.request;
		switch (`${section}:${intent}`) {
			case "general:save":
				return handleForm({
					request,
					formData,
					schema: generalDataSchema,
					run: async (values) => {
						await saveGeneralData({ db, actor, childId, input: values });
						return done("families.dossier.saved");
					},
				});
			case "supplementary:save":
				return handleForm({
					request,
					formData,
					schema: supplementaryDataSchema,
					run: async (values) => {
						await saveSupplementaryData({ db, actor, childId, input: values });
						return done("families.dossier.saved");
					},
				});
			case "medical:save":
				return handleForm({
					request,
					formData,
					schema: medicalDataServerSchema,
					run: async (values) => {
						await saveMedicalData({ db, actor, childId, input: values });
						return done("families.dossier.saved");
					},
				});
			case "medical:add-allergy":
				return handleForm({
					request,
					formData,
					schema: allergySchema,
					run: async (values) => {
						await addAllergy({ db, actor, childId, input: values });
						return done("families.medical.allergies.added");
					},
				});
			case "medical:remove-allergy":
				return removeEntry("allergy", "families.medical.allergies.removed");
			case "medical:add-medication":
				return handleForm({
					request,
					formData,
					schema: medicationSchema,
					run: async (values) => {
						await addMedication({ db, actor, childId, input: values });
						return done("families.medical.medications.added");
					},
				});
			case "medical:remove-medication":
				return removeEntry("medication", "families.medical.medications.removed");
			case "contacts:add":
			case "contacts:update": {
				const contactId = intent === "update" ? String(formData.get("contactId") ?? "") : undefined;
				if (contactId === "") throw data(null, { status: 400 });
				return handleForm({
					request,
					formData,
					schema: contactServerSchema,
					run: async (values) => {
						await saveContact({ db, actor, childId, contactId, input: values });
						return done(contactId ? "families.contacts.updated" : "families.contacts.added");
					},
				});
			}
			case "contacts:remove":
				return removeEntry("contact", "families.contacts.removed");
			default:
				throw data(null, { status: 400 });
		}
	};
}
