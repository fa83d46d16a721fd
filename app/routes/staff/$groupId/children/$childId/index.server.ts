import { data } from "react-router";
import { z } from "zod";
import { getDb } from "#app/db/db.server.ts";
import { childBillingSchema, saveChildBilling } from "#app/domain/billing/save-child-billing.server.ts";
import { listUploadsOfChild } from "#app/domain/documents/uploads.repository.server.ts";
import { formatChildCode } from "#app/domain/families/child-code.ts";
import { listChildCodes, listContacts, listGuardians } from "#app/domain/families/families.repository.server.ts";
import { issueChildCode } from "#app/domain/families/issue-child-code.server.ts";
import { mergeDossier } from "#app/domain/families/merge-dossier.server.ts";
import { formatPhone } from "#app/domain/families/phone.ts";
import { remindGuardians } from "#app/domain/families/remind-guardians.server.ts";
import { revokeChildCode } from "#app/domain/families/revoke-child-code.server.ts";
import { mergeDossierSchema, validateDossierSchema } from "#app/domain/families/staff-dossier-input.ts";
import { unlinkGuardian } from "#app/domain/families/unlink-guardian.server.ts";
import { validateDossier } from "#app/domain/families/validate-dossier.server.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm, throwAsErrorPage } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import { formConstraint } from "#app/ui/form-constraint.server.ts";
import {
	missingDataForLoaders,
	missingDocumentsForLoaders,
	staffDossier,
} from "../../../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/index";

export async function loader(args: Route.LoaderArgs) {
	const dossier = await staffDossier(args);
	const { child } = dossier;
	const db = getDb();
	const access = dossier.actor.viewer.kind === "staff" ? dossier.actor.viewer.access : null;
	if (!access) throw data(null, { status: 404 });
	const fullView = dossier.view === "full";
	const [missing, missingDocuments, uploads, guardians, contacts, codes, mergedInto] = await Promise.all([
		// Animators (readers) do not see the administrative sections, nor what they lack.
		fullView ? missingDataForLoaders(args, child) : null,
		// Families' documents (often health data): not for readers either (decision 037).
		fullView ? missingDocumentsForLoaders(args, child) : [],
		fullView ? listUploadsOfChild(db, { kind: "staff", access }, child.id) : [],
		listGuardians(db, child.id),
		listContacts(db, child.id),
		// Codes make their holder a guardian: group admins only (decision 013).
		dossier.canManageGroup ? listChildCodes(db, access.groupId, child.id) : [],
		child.merged_into_child_id
			? db
					.selectFrom("children")
					.select(["id", "file_number"])
					.where("id", "=", child.merged_into_child_id)
					.where("group_id", "=", access.groupId)
					.executeTakeFirst()
			: undefined,
	]);
	return {
		groupId: access.groupId,
		// Who pays and the 281.86 flag: billing is the group admins' (decision 034).
		billing: dossier.canManageGroup
			? { debtorUserId: child.debtor_user_id ?? "", severeDisability: child.severe_disability }
			: null,
		child: {
			id: child.id,
			status: child.status,
			birthDate: child.birth_date,
			entryDate: child.entry_date,
			validatedAt: child.validated_at,
		},
		view: dossier.view,
		canManage: dossier.canEdit,
		canManageGroup: dossier.canManageGroup,
		missing,
		missingDocuments,
		uploads: uploads.map((upload) => ({
			id: upload.id,
			type: upload.type,
			status: upload.status,
			houseName: upload.house_name,
			createdAt: upload.created_at,
		})),
		mergedInto: mergedInto ?? null,
		// Phones are formatted here, not in the page: the numbering tables stay on the server (decision 027).
		notAllowed: contacts
			.filter((contact) => contact.role === "not_allowed")
			.map((contact) => ({ ...contact, phone: formatPhone(contact.phone) })),
		// How to reach the guardians is what animators need; how they were linked is not.
		guardians: guardians.map((guardian) => ({
			userId: guardian.user_id,
			name: `${guardian.first_name} ${guardian.last_name}`.trim(),
			email: guardian.email,
			phone: guardian.mobile_phone ? formatPhone(guardian.mobile_phone) : null,
			linkedVia: fullView ? guardian.linked_via : null,
			since: fullView ? guardian.created_at : null,
		})),
		codes: codes.map((code) => ({
			id: code.id,
			code: formatChildCode(code.code),
			createdAt: code.created_at,
			usedAt: code.used_at,
			revokedAt: code.revoked_at,
			usedBy: code.used_by_first_name ? `${code.used_by_first_name} ${code.used_by_last_name ?? ""}`.trim() : null,
		})),
		constraints: { validate: formConstraint(validateDossierSchema), merge: formConstraint(mergeDossierSchema) },
	};
}

const idField = z.object({ id: z.string().min(1).max(64) });

export async function action(args: Route.ActionArgs) {
	const dossier = await staffDossier(args);
	if (!dossier.canEdit || dossier.actor.viewer.kind !== "staff") throw data(null, { status: 403 });
	const actor = { ...dossier.actor, access: dossier.actor.viewer.access };
	const db = getDb();
	const childId = dossier.child.id;
	const here = dossier.basePath;
	const { request } = args;
	const formData = await readForm(request);
	const intent = String(formData.get("intent") ?? "");
	// Codes and merging reach beyond one house: group admins only (the use cases say so too).
	if (["merge", "issue-code", "revoke-code"].includes(intent) && !dossier.canManageGroup) {
		throw data(null, { status: 403 });
	}
	const idOf = () => {
		const parsed = idField.safeParse({ id: formData.get("id") });
		if (!parsed.success) throw data(null, { status: 400 });
		return parsed.data.id;
	};
	const attempt = async (work: () => Promise<Response>) => {
		try {
			return await work();
		} catch (error) {
			return throwAsErrorPage(error);
		}
	};
	switch (intent) {
		case "validate":
			return handleForm({
				request,
				formData,
				schema: validateDossierSchema,
				run: async (values) => {
					const confirmMissing = values.confirmMissing === undefined ? undefined : String(values.confirmMissing);
					await validateDossier({ db, actor, childId, input: { entryDate: values.entryDate, confirmMissing } });
					return redirectWithFlash(here, { message: "families.staff.validate.done" });
				},
			});
		case "merge":
			return handleForm({
				request,
				formData,
				schema: mergeDossierSchema,
				run: async (values) => {
					const { targetChildId } = await mergeDossier({
						db,
						actor,
						childId,
						input: { targetFileNumber: String(values.targetFileNumber) },
					});
					return redirectWithFlash(`/staff/${actor.access.groupId}/children/${targetChildId}`, {
						message: "families.staff.merge.done",
					});
				},
			});
		case "unlink": {
			const guardianId = idOf();
			return attempt(async () => {
				await unlinkGuardian({ db, actor, childId, guardianId });
				return redirectWithFlash(here, { message: "families.staff.guardians.unlinked" });
			});
		}
		case "remind":
			return handleForm({
				request,
				formData,
				schema: z.object({}),
				run: async () => {
					const { mailed } = await remindGuardians({ db, actor, childId });
					return redirectWithFlash(here, {
						message: mailed === 1 ? "families.staff.guardians.reminded_one" : "families.staff.guardians.reminded_other",
						values: { count: String(mailed) },
					});
				},
			});
		case "save-billing":
			return handleForm({
				request,
				formData,
				schema: childBillingSchema,
				run: async (values) => {
					await saveChildBilling({ db, actor, childId, input: values });
					return redirectWithFlash(here, { message: "billing.staff.child.saved" });
				},
			});
		case "issue-code":
			return attempt(async () => {
				const { code } = await issueChildCode({ db, actor, childId });
				return redirectWithFlash(here, {
					message: "families.staff.codes.issued",
					values: { code: formatChildCode(code) },
				});
			});
		case "revoke-code": {
			const codeId = idOf();
			return attempt(async () => {
				await revokeChildCode({ db, actor, childId, codeId });
				return redirectWithFlash(here, { message: "families.staff.codes.revoked" });
			});
		}
		default:
			throw data(null, { status: 400 });
	}
}
