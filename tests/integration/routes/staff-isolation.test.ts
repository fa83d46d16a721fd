/**
 * Tenant isolation, route by route: for every staff route, a member of another group gets
 * 404, a house manager or reader gets 404 on another house, members without the right role get 403,
 * and visitors are sent to sign in. A test also checks that no staff route is missing here;
 * the routes of one child's dossier (`children/:childId/…`) are in families-isolation.test.ts.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { saveBillingSettings } from "#app/domain/billing/billing-settings.server.ts";
import { writeCoda } from "#app/domain/billing/coda-writer.ts";
import { importCodaStatement } from "#app/domain/billing/import-coda-statement.server.ts";
import { publishDocument } from "#app/domain/documents/publish-document.server.ts";
import { uploadDocument } from "#app/domain/documents/upload-document.server.ts";
import { createMealOffer } from "#app/domain/meals/save-meal-offer.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import * as operatorPage from "#app/routes/operator/index.server.ts";
import * as auditExport from "#app/routes/staff/$groupId/audit/export.ts";
import * as auditPage from "#app/routes/staff/$groupId/audit/index.server.ts";
import * as belcotaxFile from "#app/routes/staff/$groupId/billing/certificates/belcotax.ts";
import * as certificateDocument from "#app/routes/staff/$groupId/billing/certificates/document.ts";
import * as certificatesPage from "#app/routes/staff/$groupId/billing/certificates/index.server.ts";
import * as billingPage from "#app/routes/staff/$groupId/billing/index.server.ts";
import * as invoicePage from "#app/routes/staff/$groupId/billing/invoice.server.ts";
import * as invoicePdf from "#app/routes/staff/$groupId/billing/invoice-pdf.ts";
import * as invoicesPage from "#app/routes/staff/$groupId/billing/invoices.server.ts";
import * as paymentsPage from "#app/routes/staff/$groupId/billing/payments.server.ts";
import * as billingSettingsPage from "#app/routes/staff/$groupId/billing/settings.server.ts";
import * as childrenPage from "#app/routes/staff/$groupId/children/index.server.ts";
import * as documentFile from "#app/routes/staff/$groupId/documents/file.ts";
import * as documentsPage from "#app/routes/staff/$groupId/documents/index.server.ts";
import * as publishPage from "#app/routes/staff/$groupId/documents/publish.server.ts";
import * as housePage from "#app/routes/staff/$groupId/houses/$houseId.server.ts";
import * as housesPage from "#app/routes/staff/$groupId/houses/index.server.ts";
import * as dashboard from "#app/routes/staff/$groupId/index.server.ts";
import * as layout from "#app/routes/staff/$groupId/layout.server.ts";
import * as mealsExport from "#app/routes/staff/$groupId/meals/export.ts";
import * as mealsPage from "#app/routes/staff/$groupId/meals/index.server.ts";
import * as menusPage from "#app/routes/staff/$groupId/meals/menus.server.ts";
import * as mealOfferPage from "#app/routes/staff/$groupId/meals/offer.server.ts";
import * as messagesThread from "#app/routes/staff/$groupId/messages/$threadId.server.ts";
import * as messagesBroadcast from "#app/routes/staff/$groupId/messages/broadcast.server.ts";
import * as messagesFile from "#app/routes/staff/$groupId/messages/file.ts";
import * as messagesInbox from "#app/routes/staff/$groupId/messages/index.server.ts";
import * as attendancePage from "#app/routes/staff/$groupId/offers/$offerId/attendance.server.ts";
import * as offerPage from "#app/routes/staff/$groupId/offers/$offerId/index.server.ts";
import * as registrationsExport from "#app/routes/staff/$groupId/offers/$offerId/registrations/export.ts";
import * as registrationsPage from "#app/routes/staff/$groupId/offers/$offerId/registrations/index.server.ts";
import * as offersPage from "#app/routes/staff/$groupId/offers/index.server.ts";
import * as newOfferPage from "#app/routes/staff/$groupId/offers/new.server.ts";
import * as settingsPage from "#app/routes/staff/$groupId/settings.server.ts";
import * as staffPage from "#app/routes/staff/$groupId/staff.server.ts";
import * as uploadPage from "#app/routes/staff/$groupId/uploads/$uploadId.server.ts";
import * as uploadFile from "#app/routes/staff/$groupId/uploads/file.ts";
import * as uploadsPage from "#app/routes/staff/$groupId/uploads/index.server.ts";
import routes from "#app/routes.ts";
import { billingSettingsInput, issueInvoices, setUpBilling } from "#tests/billing-factories.ts";
import {
	createTestStaffMember,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	sessionCookieFor,
	staffActor,
} from "#tests/factories.ts";
import {
	campInput,
	createReadyChild,
	createTestOffer,
	registerTestChild,
	registrationsOpenAt,
} from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Role = "house_manager" | "reader";
type RouteModule = { loader?: unknown; action?: unknown };
type StaffRoute = {
	file: string;
	module: RouteModule;
	path: (tenant: Tenant) => string;
	params: (tenant: Tenant) => Record<string, string>;
	/** A valid submission for the action, when the route has one. */
	form?: (tenant: Tenant) => Record<string, string | string[]>;
	/** A valid submission with a file (multipart), instead of `form`. */
	multipart?: (tenant: Tenant) => FormData;
	/** Roles that get 403 (they know the group, but may not do this), for the loader and the action. */
	forbiddenFor: { loader?: Role[]; action?: Role[] };
	/** Only some houses are in a manager's or reader's scope: another house is 404. */
	houseScoped?: boolean;
	/** What the group's admin gets when it is not 200 or 302 (an address naming no record). */
	adminStatus?: number;
};

const houseForm = { name: "Maison X", kind: "school", address: "Rue 1", postalCode: "4830", locality: "Limbourg" };

const staffRoutes: StaffRoute[] = [
	{
		file: "routes/staff/$groupId/layout.tsx",
		module: layout,
		path: (t) => `/staff/${t.group.id}`,
		params: (t) => ({ groupId: t.group.id }),
		forbiddenFor: {},
	},
	{
		file: "routes/staff/$groupId/index.tsx",
		module: dashboard,
		path: (t) => `/staff/${t.group.id}`,
		params: (t) => ({ groupId: t.group.id }),
		forbiddenFor: {},
	},
	{
		file: "routes/staff/$groupId/houses/index.tsx",
		module: housesPage,
		path: (t) => `/staff/${t.group.id}/houses`,
		params: (t) => ({ groupId: t.group.id }),
		form: () => houseForm,
		forbiddenFor: { action: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/houses/$houseId.tsx",
		module: housePage,
		path: (t) => `/staff/${t.group.id}/houses/${t.secondHouse.id}`,
		params: (t) => ({ groupId: t.group.id, houseId: t.secondHouse.id }),
		form: () => houseForm,
		forbiddenFor: { action: ["reader"] },
		houseScoped: true,
	},
	{
		file: "routes/staff/$groupId/staff.tsx",
		module: staffPage,
		path: (t) => `/staff/${t.group.id}/staff`,
		params: (t) => ({ groupId: t.group.id }),
		form: (t) => ({ intent: "invite", email: "new.member@example.test", role: "reader", houseIds: [t.firstHouse.id] }),
		forbiddenFor: { loader: ["house_manager", "reader"], action: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/audit/index.tsx",
		module: auditPage,
		path: (t) => `/staff/${t.group.id}/audit`,
		params: (t) => ({ groupId: t.group.id }),
		forbiddenFor: { loader: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/audit/export.ts",
		module: auditExport,
		path: (t) => `/staff/${t.group.id}/audit/export`,
		params: (t) => ({ groupId: t.group.id }),
		forbiddenFor: { loader: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/settings.tsx",
		module: settingsPage,
		path: (t) => `/staff/${t.group.id}/settings`,
		params: (t) => ({ groupId: t.group.id }),
		form: () => ({ requiredFields: ["school", "emergencyContact"] }),
		forbiddenFor: { loader: ["house_manager", "reader"], action: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/billing/payments.tsx",
		module: paymentsPage,
		path: (t) => `/staff/${t.group.id}/billing/payments`,
		params: (t) => ({ groupId: t.group.id }),
		form: () => ({ intent: "ignore-movement", movementId: unmatchedMovementId }),
		forbiddenFor: { loader: ["house_manager", "reader"], action: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/children/index.tsx",
		module: childrenPage,
		path: (t) => `/staff/${t.group.id}/children`,
		params: (t) => ({ groupId: t.group.id }),
		forbiddenFor: {},
	},
	{
		file: "routes/staff/$groupId/offers/index.tsx",
		module: offersPage,
		path: (t) => `/staff/${t.group.id}/offers`,
		params: (t) => ({ groupId: t.group.id }),
		form: () => ({ name: "Été 2027 – semaine 1", startsOn: "2027-07-05", endsOn: "2027-07-09" }),
		forbiddenFor: { action: ["reader"] },
	},
	{
		file: "routes/staff/$groupId/offers/new.tsx",
		module: newOfferPage,
		path: (t) => `/staff/${t.group.id}/offers/new?kind=camp`,
		params: (t) => ({ groupId: t.group.id }),
		form: offerForm,
		forbiddenFor: { loader: ["reader"], action: ["reader"] },
	},
	...offerRoutes(),
	...mealRoutes(),
	...billingRoutes(),
	{
		file: "routes/staff/$groupId/billing/certificates/index.tsx",
		module: certificatesPage,
		path: (t) => `/staff/${t.group.id}/billing/certificates`,
		params: (t) => ({ groupId: t.group.id }),
		form: () => ({ intent: "save-cap", incomeYear: "2025", dailyCap: "16,90" }),
		forbiddenFor: { loader: ["house_manager", "reader"], action: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/billing/certificates/belcotax.ts",
		module: belcotaxFile,
		path: (t) => `/staff/${t.group.id}/billing/certificates/belcotax.xml?year=2025`,
		params: (t) => ({ groupId: t.group.id }),
		forbiddenFor: { loader: ["house_manager", "reader"] },
	},
	{
		file: "routes/staff/$groupId/billing/certificates/document.ts",
		module: certificateDocument,
		// No certificate of that id: only refusals are checked here; downloads in certificates.test.ts.
		path: (t) => `/staff/${t.group.id}/billing/certificates/${t.group.id}/tax.pdf`,
		params: (t) => ({ groupId: t.group.id, certificateId: t.group.id }),
		forbiddenFor: { loader: ["house_manager", "reader"] },
		adminStatus: 404,
	},
	...messageRoutes(),
	...documentRoutes(),
	...uploadRoutes(),
];

/** « Documents publiés »: the list for every member, publishing for managers and admins; the file of a second-house publication. */
function documentRoutes(): StaffRoute[] {
	const params = (t: Tenant) => ({ groupId: t.group.id });
	return [
		{
			file: "routes/staff/$groupId/documents/index.tsx",
			module: documentsPage,
			path: (t) => `/staff/${t.group.id}/documents`,
			params,
			form: () => ({ intent: "withdraw", publicationId: secondHousePublicationId }),
			forbiddenFor: { action: ["reader"] },
		},
		{
			file: "routes/staff/$groupId/documents/publish.tsx",
			module: publishPage,
			path: (t) => `/staff/${t.group.id}/documents/publish?house=${t.secondHouse.id}&audience=house`,
			params,
			multipart: (t) => {
				const form = new FormData();
				for (const [name, value] of Object.entries({
					audience: "house",
					houseId: t.secondHouse.id,
					title: "Règlement",
				})) {
					form.append(name, value);
				}
				form.append("file", new File([onePagePdf], "reglement.pdf", { type: "application/pdf" }));
				return form;
			},
			forbiddenFor: { loader: ["reader"], action: ["reader"] },
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/documents/file.ts",
			module: documentFile,
			path: (t) => `/staff/${t.group.id}/documents/${secondHousePublicationId}/file`,
			params: (t) => ({ groupId: t.group.id, publicationId: secondHousePublicationId }),
			forbiddenFor: {},
			houseScoped: true,
		},
	];
}

/**
 * « Documents des familles »: group admins and house managers; readers get 403 (decision 037);
 * a family's document sent to the second house for the house-scoped pages.
 */
function uploadRoutes(): StaffRoute[] {
	const reviewersOnly = { loader: ["reader"] as Role[], action: ["reader"] as Role[] };
	const uploadParams = (t: Tenant) => ({ groupId: t.group.id, uploadId: secondHouseUploadId });
	return [
		{
			file: "routes/staff/$groupId/uploads/index.tsx",
			module: uploadsPage,
			path: (t) => `/staff/${t.group.id}/uploads?status=pending`,
			params: (t) => ({ groupId: t.group.id }),
			forbiddenFor: reviewersOnly,
		},
		{
			file: "routes/staff/$groupId/uploads/$uploadId.tsx",
			module: uploadPage,
			path: (t) => `/staff/${t.group.id}/uploads/${secondHouseUploadId}`,
			params: uploadParams,
			form: () => ({ intent: "refuse", reason: "Illisible" }),
			forbiddenFor: reviewersOnly,
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/uploads/file.ts",
			module: uploadFile,
			path: (t) => `/staff/${t.group.id}/uploads/${secondHouseUploadId}/file`,
			params: uploadParams,
			forbiddenFor: { loader: ["reader"] },
			houseScoped: true,
		},
	];
}

const onePagePdf = Buffer.from("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n");

/** « Messages »: the inbox and « Message groupé » for every member; a thread (and its file) of the second house. */
function messageRoutes(): StaffRoute[] {
	const params = (t: Tenant) => ({ groupId: t.group.id });
	const threadParams = (t: Tenant) => ({ groupId: t.group.id, threadId: secondHouseThread.id });
	return [
		{
			file: "routes/staff/$groupId/messages/index.tsx",
			module: messagesInbox,
			path: (t) => `/staff/${t.group.id}/messages`,
			params,
			form: (t) => ({ intent: "create-template", houseId: t.firstHouse.id, title: "Absence", body: "Bien noté." }),
			forbiddenFor: { action: ["reader"] },
		},
		{
			file: "routes/staff/$groupId/messages/broadcast.tsx",
			module: messagesBroadcast,
			path: (t) => `/staff/${t.group.id}/messages/broadcast?audience=house&houseId=${t.firstHouse.id}`,
			params,
			form: (t) => ({
				audience: "house",
				houseId: t.firstHouse.id,
				subject: "Fermeture",
				body: "La maison ferme à 17 h.",
			}),
			forbiddenFor: { loader: ["reader"], action: ["reader"] },
		},
		{
			file: "routes/staff/$groupId/messages/$threadId.tsx",
			module: messagesThread,
			path: (t) => `/staff/${t.group.id}/messages/${secondHouseThread.id}`,
			params: threadParams,
			form: () => ({ intent: "reply", body: "Bien reçu." }),
			forbiddenFor: { action: ["reader"] },
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/messages/file.ts",
			module: messagesFile,
			path: (t) => `/staff/${t.group.id}/messages/${secondHouseThread.id}/files/${secondHouseThread.attachmentId}`,
			params: (t) => ({ ...threadParams(t), attachmentId: secondHouseThread.attachmentId }),
			forbiddenFor: {},
			houseScoped: true,
		},
	];
}

/** « Facturation »: group admins only; an issued invoice of the tenant for the invoice routes. */
function billingRoutes(): StaffRoute[] {
	const params = (t: Tenant) => ({ groupId: t.group.id });
	const invoiceParams = (t: Tenant) => ({ groupId: t.group.id, invoiceId: issuedInvoiceId });
	const adminsOnly = { loader: ["house_manager", "reader"] as Role[], action: ["house_manager", "reader"] as Role[] };
	return [
		{
			file: "routes/staff/$groupId/billing/index.tsx",
			module: billingPage,
			path: (t) => `/staff/${t.group.id}/billing`,
			params,
			form: () => ({
				intent: "add-adjustment",
				fileNumber: "1",
				serviceOn: "2027-07-10",
				description: "Frais",
				amountCents: "2",
			}),
			forbiddenFor: adminsOnly,
		},
		{
			file: "routes/staff/$groupId/billing/invoices.tsx",
			module: invoicesPage,
			path: (t) => `/staff/${t.group.id}/billing/invoices`,
			params,
			forbiddenFor: adminsOnly,
		},
		{
			file: "routes/staff/$groupId/billing/invoice.tsx",
			module: invoicePage,
			path: (t) => `/staff/${t.group.id}/billing/invoices/${issuedInvoiceId}`,
			params: invoiceParams,
			form: () => ({ intent: "record-payment", amountCents: "0,01", receivedOn: "2027-07-01", method: "cash" }),
			forbiddenFor: adminsOnly,
		},
		{
			file: "routes/staff/$groupId/billing/invoice-pdf.ts",
			module: invoicePdf,
			path: (t) => `/staff/${t.group.id}/billing/invoices/${issuedInvoiceId}/invoice.pdf`,
			params: invoiceParams,
			forbiddenFor: adminsOnly,
		},
		{
			file: "routes/staff/$groupId/billing/settings.tsx",
			module: billingSettingsPage,
			path: (t) => `/staff/${t.group.id}/billing/settings`,
			params,
			form: () => ({ ...billingSettingsInput }),
			forbiddenFor: adminsOnly,
		},
	];
}

/** The kitchen list of the second house (out of the house manager's scope), on a day of its menu. */
function mealRoutes(): StaffRoute[] {
	const params = (t: Tenant) => ({ groupId: t.group.id });
	const query = (t: Tenant) => `?house=${t.secondHouse.id}&day=2027-01-12`;
	return [
		{
			file: "routes/staff/$groupId/meals/index.tsx",
			module: mealsPage,
			path: (t) => `/staff/${t.group.id}/meals${query(t)}`,
			params,
			forbiddenFor: {},
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/meals/menus.tsx",
			module: menusPage,
			// The second house's meal: out of the first house manager's reach.
			path: (t) => `/staff/${t.group.id}/meals/menus?offer=${secondHouseMealOfferId}`,
			params,
			form: () => ({
				intent: "save-day",
				mealOfferId: secondHouseMealOfferId,
				day: "2027-01-12",
				"main.name": "Pâtes",
				"main.allergens": "gluten",
			}),
			forbiddenFor: { loader: ["reader"], action: ["reader"] },
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/meals/offer.tsx",
			module: mealOfferPage,
			// The second house's meal: out of the first house's manager and reader.
			path: (t) => `/staff/${t.group.id}/meals/offers/${secondHouseMealOfferId}`,
			params: (t) => ({ groupId: t.group.id, mealOfferId: secondHouseMealOfferId }),
			form: () => ({ intent: "set-price", validFrom: "2099-01-04", price: "4,20", label: "primaire" }),
			// House managers read the prices and deadlines; only group admins change them.
			forbiddenFor: { loader: ["reader"], action: ["house_manager", "reader"] },
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/meals/export.ts",
			module: mealsExport,
			path: (t) => `/staff/${t.group.id}/meals/kitchen.csv${query(t)}`,
			params,
			forbiddenFor: {},
			houseScoped: true,
		},
	];
}

/** The routes of one camp, in the second house (out of the house manager's scope). */
function offerRoutes(): StaffRoute[] {
	const params = (t: Tenant) => ({ groupId: t.group.id, offerId: secondHouseOffer.id });
	const base = (t: Tenant) => `/staff/${t.group.id}/offers/${secondHouseOffer.id}`;
	const readable = { forbiddenFor: {}, houseScoped: true };
	return [
		{
			file: "routes/staff/$groupId/offers/$offerId/index.tsx",
			module: offerPage,
			path: base,
			params,
			form: offerForm,
			forbiddenFor: { action: ["reader"] },
			houseScoped: true,
		},
		{
			file: "routes/staff/$groupId/offers/$offerId/registrations/index.tsx",
			module: registrationsPage,
			path: (t) => `${base(t)}/registrations`,
			params,
			form: () => ({ decision: "wait", registrationId: secondHouseOffer.registrationId }),
			forbiddenFor: { action: ["reader"] },
			houseScoped: true,
		},
		...["csv", "xlsx"].map((format) => ({
			file: "routes/staff/$groupId/offers/$offerId/registrations/export.ts",
			module: registrationsExport,
			path: (t: Tenant) => `${base(t)}/registrations/export.${format}`,
			params,
			...readable,
		})),
		{
			file: "routes/staff/$groupId/offers/$offerId/attendance.tsx",
			module: attendancePage,
			path: (t) => `${base(t)}/attendance`,
			params,
			...readable,
		},
	];
}

/** The offer form as a browser sends it, for a camp of the second house. */
function offerForm(t: Tenant): Record<string, string> {
	return {
		intent: "save",
		...(campInput(t, { houseId: t.secondHouse.id, status: "draft" }) as Record<string, string>),
	};
}

/** One child's dossier has its own suite (families-isolation.test.ts), with its own coverage check. */
const childDossierRoutes = "routes/staff/$groupId/children/$childId/";

function routeFiles(config: { file: string; children?: unknown[] }[]): string[] {
	return config.flatMap((route) => [
		route.file,
		...routeFiles((route.children ?? []) as { file: string; children?: unknown[] }[]),
	]);
}

let tenant: Tenant;
let outsider: string;
let managerCookie: string;
let readerCookie: string;
let adminCookie: string;
/** The manager and the reader of the second house, whose pages are the house-scoped ones here. */
let secondHouseCookies: Record<Role, string>;
/** A camp of the second house with one child accepted. */
let secondHouseOffer: { id: string; registrationId: string };
/** « Repas chaud » of the second house. */
let secondHouseMealOfferId: string;
/** A family's thread with the second house, with one PDF. */
let secondHouseThread: { id: string; attachmentId: string };
/** A document the second house published for its families. */
let secondHousePublicationId: string;
/** A family's document sent to the second house, waiting for a decision. */
let secondHouseUploadId: string;
/** The invoice of the family registered for the second house's camp. */
let issuedInvoiceId: string;
/** A transfer of a CODA statement that pays no invoice, for staff to handle. */
let unmatchedMovementId: string;

beforeAll(async () => {
	tenant = await createTestTenant();
	const otherTenant = await createTestTenant();
	outsider = await sessionCookieFor(otherTenant.admin);
	managerCookie = await sessionCookieFor(tenant.manager);
	readerCookie = await sessionCookieFor(tenant.reader);
	adminCookie = await sessionCookieFor(tenant.admin);
	secondHouseCookies = {
		house_manager: await sessionCookieFor(
			await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]),
		),
		reader: await sessionCookieFor(await createTestStaffMember(tenant.group.id, "reader", [tenant.secondHouse.id])),
	};
	const offer = await createTestOffer(tenant, { houseId: tenant.secondHouse.id });
	pinClock(registrationsOpenAt);
	const { registrationId } = await registerTestChild(await createReadyChild(tenant.group), offer.id);
	await setUpBilling(tenant.admin);
	const issued = await issueInvoices(tenant.admin, { from: "2027-07-01", to: "2027-07-31" });
	issuedInvoiceId = (
		await getDb().selectFrom("invoices").select("id").where("run_id", "=", issued.runId).executeTakeFirstOrThrow()
	).id;
	pinClock(undefined);
	secondHouseOffer = { id: offer.id, registrationId };
	const family = await createReadyChild(tenant.group);
	await enrolTestChild(family.id, tenant.secondHouse.id, tenant.admin);
	const threadId = await startThread({
		db: getDb(),
		storage: getFileStorage(),
		actor: { userId: family.guardian.id, ipAddress: "127.0.0.1" },
		childId: family.id,
		houseId: tenant.secondHouse.id,
		subject: "Absence",
		body: "Absent lundi.",
		files: [{ name: "certificat.pdf", content: Buffer.from("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n") }],
	});
	const attachment = await getDb()
		.selectFrom("message_attachments")
		.innerJoin("messages", "messages.id", "message_attachments.message_id")
		.select("message_attachments.id")
		.where("messages.thread_id", "=", threadId)
		.executeTakeFirstOrThrow();
	secondHouseThread = { id: threadId, attachmentId: attachment.id };
	secondHousePublicationId = (
		await publishDocument({
			db: getDb(),
			storage: getFileStorage(),
			actor: { userId: tenant.admin.id, ipAddress: "127.0.0.1" },
			access: tenant.admin.access,
			audience: { kind: "house", houseId: tenant.secondHouse.id },
			input: { title: "Règlement d'ordre intérieur" },
			file: { name: "reglement.pdf", content: onePagePdf },
		})
	).publicationId;
	secondHouseUploadId = await uploadDocument({
		db: getDb(),
		storage: getFileStorage(),
		actor: { userId: family.guardian.id, ipAddress: "127.0.0.1" },
		childId: family.id,
		houseId: tenant.secondHouse.id,
		type: "medical_certificate",
		note: "",
		file: { name: "certificat.pdf", content: Buffer.from("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n") },
	});
	secondHouseMealOfferId = (
		await createMealOffer({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: {
				name: "Repas chaud",
				houseIds: [tenant.secondHouse.id],
				priceCents: 350,
				validFrom: "2026-09-01",
				bookingKind: "weekday-before",
				bookingTime: "12:00",
				cancelKind: "weekday-before",
				cancelTime: "12:00",
			},
		})
	).mealOfferId;
	unmatchedMovementId = await importUnmatchedTransfer(tenant);
});

async function importUnmatchedTransfer(t: Tenant): Promise<string> {
	const db = getDb();
	const iban = "BE68539007547034";
	await saveBillingSettings({
		db,
		actor: staffActor(t.admin),
		input: {
			legalName: "ASBL Isolation",
			street: "Rue 1",
			postalCode: "4830",
			locality: "Limbourg",
			companyNumber: "0123.456.749",
			iban,
			bic: "GKCCBEBB",
			paymentDays: "30",
			reminderDays: "15",
		},
	});
	const text = writeCoda({
		bankIdentification: "539",
		account: iban,
		currency: "EUR",
		statementNumber: "001",
		statementDate: "2027-08-20",
		oldBalanceCents: 0,
		newBalanceCents: 2_000,
		movements: [
			{
				sequence: "0001",
				detailNumber: "0000",
				amountCents: 2_000,
				entryDate: "2027-08-20",
				valueDate: "2027-08-20",
				structuredCommunication: null,
				communication: "Cotisation",
				counterpartyName: "FAMILLE",
				counterpartyAccount: null,
				bankReference: "REF1",
				transactionCode: "00150000",
			},
		],
	});
	await importCodaStatement({ db, actor: staffActor(t.admin), fileName: "001.cod", text });
	const movement = await db
		.selectFrom("bank_movements")
		.select("id")
		.where("group_id", "=", t.group.id)
		.executeTakeFirstOrThrow();
	return movement.id;
}

async function statusWhen(route: StaffRoute, kind: "loader" | "action", cookie: string | undefined) {
	const routeFunction = route.module[kind];
	const { value } = await callRoute(routeFunction as never, {
		url: route.path(tenant),
		params: route.params(tenant),
		headers: cookie ? { cookie } : {},
		form: kind === "action" && !route.multipart ? route.form?.(tenant) : undefined,
		multipart: kind === "action" ? route.multipart?.(tenant) : undefined,
		method: kind === "action" ? "POST" : "GET",
	});
	return statusOf(value) ?? 200;
}

describe("staff routes", () => {
	it("all staff routes are in this suite", () => {
		const files = routeFiles(routes as never).filter(
			(file) => file.startsWith("routes/staff/$groupId") && !file.startsWith(childDossierRoutes),
		);
		expect(files.sort()).toEqual(staffRoutes.map((route) => route.file).sort());
	});

	for (const route of staffRoutes) {
		const kinds = (["loader", "action"] as const).filter((kind) => route.module[kind]);
		for (const kind of kinds) {
			it(`${route.file} ${kind}: another group's admin gets 404`, async () => {
				expect(await statusWhen(route, kind, outsider)).toBe(404);
			});

			it(`${route.file} ${kind}: a visitor is sent to sign in`, async () => {
				expect(await statusWhen(route, kind, undefined)).toBe(302);
			});

			if (route.houseScoped) {
				it(`${route.file} ${kind}: a manager or a reader of another house gets 404`, async () => {
					expect(await statusWhen(route, kind, managerCookie)).toBe(404);
					expect(await statusWhen(route, kind, readerCookie)).toBe(404);
				});
			}

			for (const role of route.forbiddenFor[kind] ?? []) {
				it(`${route.file} ${kind}: a ${role}${route.houseScoped ? " of that house" : ""} gets 403`, async () => {
					// On a house's page, the members of that house (the others got 404 above).
					const cookies = route.houseScoped
						? secondHouseCookies
						: { reader: readerCookie, house_manager: managerCookie };
					expect(await statusWhen(route, kind, cookies[role])).toBe(403);
				});
			}

			if (kind === "loader" && !route.forbiddenFor.loader?.includes("reader")) {
				it(`${route.file} loader: a reader${route.houseScoped ? " of that house" : ""} reads`, async () => {
					expect(await statusWhen(route, kind, route.houseScoped ? secondHouseCookies.reader : readerCookie)).toBe(200);
				});
			}

			it(`${route.file} ${kind}: the group's admin is let in`, async () => {
				expect(route.adminStatus ? [route.adminStatus] : [200, 302]).toContain(
					await statusWhen(route, kind, adminCookie),
				);
			});
		}
	}
});

describe("operator page", () => {
	it("does not exist for a parent or a group admin", async () => {
		for (const cookie of [await sessionCookieFor(await createTestUser()), adminCookie]) {
			const loader = await callRoute(operatorPage.loader as never, { url: "/operator", headers: { cookie } });
			expect(statusOf(loader.value)).toBe(404);
			const action = await callRoute(operatorPage.action as never, {
				url: "/operator",
				headers: { cookie },
				form: { intent: "create-group", name: "Pirate", code: "PIRATE" },
			});
			expect(statusOf(action.value)).toBe(404);
		}
	});
});
