import { data, type RouterContextProvider } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { missingDocumentsOf } from "#app/domain/documents/missing-documents.server.ts";
import type { DossierActor } from "#app/domain/families/dossier-access.server.ts";
import { type DossierSnapshot, missingDossierData, parseRequiredByGroup } from "#app/domain/families/dossier-fields.ts";
import { type ChildRecord, findChild, loadDossierSnapshot } from "#app/domain/families/families.repository.server.ts";
import { staffPermissions } from "#app/domain/groups/permissions.ts";
import { now } from "#app/infra/clock.ts";
import { isId } from "#app/infra/ids.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";
import { sharedLoaderRead } from "#app/server/loader-reads.server.ts";
import { requireStaff } from "../../staff/+shared/staff-context.server.ts";

/** The dossier screens are the same for guardians and staff; this says who looks and from where. */
export type DossierContext = {
	actor: DossierActor;
	child: ChildRecord;
	/** Where the child's section pages live for this viewer. */
	basePath: string;
	canEdit: boolean;
	side: "guardian" | "staff";
	/**
	 * `animator`: a reader sees only what animators need — identity, allergies, medications,
	 * contacts (pick-up, emergency, NOT allowed), guardians — never the administrative sections
	 * (decision 013). `full` for guardians, group admins and house managers.
	 */
	view: "full" | "animator";
	/** Child codes, merging and enrolments: group admins only. */
	canManageGroup: boolean;
};

export type DossierArgs = {
	request: Request;
	context: Readonly<RouterContextProvider>;
	params: Record<string, string | undefined>;
};

/**
 * A guardian's own child (`/children/:childId/…`): anyone else gets 404. Read once per request
 * by the page's loaders (`sharedLoaderRead`).
 */
export function guardianDossier(args: DossierArgs): Promise<DossierContext> {
	return sharedLoaderRead(args, `guardian-dossier:${args.params.childId}`, () => readGuardianDossier(args));
}

async function readGuardianDossier({ request, context, params }: DossierArgs): Promise<DossierContext> {
	const viewer = await requireViewer(request, context);
	if (!isId(params.childId)) throw data(null, { status: 404 });
	const actor: DossierActor = {
		userId: viewer.userId,
		ipAddress: getRequestContext(context).clientIp,
		viewer: { kind: "guardian", userId: viewer.userId },
	};
	const child = await findChild(getDb(), actor.viewer, params.childId);
	if (!child) throw data(null, { status: 404 });
	return {
		actor,
		child,
		basePath: `/children/${child.id}`,
		canEdit: true,
		side: "guardian",
		view: "full",
		canManageGroup: false,
	};
}

/**
 * A child the staff member sees (`/staff/:groupId/children/:childId/…`): 404 outside their
 * group, and for house managers and readers outside the children of their houses. Read once
 * per request by the page's loaders (`sharedLoaderRead`).
 */
export function staffDossier(args: DossierArgs): Promise<DossierContext> {
	return sharedLoaderRead(args, `staff-dossier:${args.params.groupId}:${args.params.childId}`, () =>
		readStaffDossier(args),
	);
}

async function readStaffDossier({ request, context, params }: DossierArgs): Promise<DossierContext> {
	const staff = await requireStaff(request, context, params.groupId);
	if (!isId(params.childId)) throw data(null, { status: 404 });
	const actor: DossierActor = { ...staff.actor, viewer: { kind: "staff", access: staff.access } };
	const child = await findChild(getDb(), actor.viewer, params.childId);
	if (!child) throw data(null, { status: 404 });
	const permissions = staffPermissions(staff.access);
	return {
		actor,
		child,
		basePath: `/staff/${staff.group.id}/children/${child.id}`,
		canEdit: permissions.manageDossiers && child.status !== "merged",
		side: "staff",
		view: permissions.animatorView ? "animator" : "full",
		canManageGroup: permissions.manageGroupDossiers,
	};
}

/** What is missing from the child's dossier under its group's rules, per section. */
export async function missingDataOf(child: ChildRecord, snapshot?: DossierSnapshot) {
	return missingDossierData(
		snapshot ?? (await loadDossierSnapshot(getDb(), child.id)),
		parseRequiredByGroup(child.group_mandatory_fields),
		now(),
	);
}

/** `missingDataOf` for a page's loaders: computed once per request (`sharedLoaderRead`). */
export function missingDataForLoaders(args: DossierArgs, child: ChildRecord) {
	return sharedLoaderRead(args, `missing-data:${child.id}`, () => missingDataOf(child));
}

/**
 * The documents the child's houses require and have not accepted yet (`missingDocumentsOf`,
 * decision 037), computed once per request for a page's loaders.
 */
export function missingDocumentsForLoaders(args: DossierArgs, child: ChildRecord) {
	return sharedLoaderRead(args, `missing-documents:${child.id}`, () => missingDocumentsOf(getDb(), child));
}

/** The administrative sections an animator (reader) may not open (decision 013). */
export function requireFullView(dossier: DossierContext): void {
	if (dossier.view !== "full") throw data(null, { status: 403 });
}

/** The child as every dossier page shows it in its header. */
export function childSummary(child: ChildRecord) {
	return {
		id: child.id,
		firstName: child.first_name,
		lastName: child.last_name,
		fileNumber: child.file_number,
		status: child.status,
		groupName: child.group_name,
		submittedAt: child.submitted_at,
		entryDate: child.entry_date,
	};
}
