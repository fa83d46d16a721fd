/**
 * Who may open and change a child's dossier, route by route and form by form. On the parent
 * side only the child's guardians get in: anyone else gets 404. On the staff side only the
 * child's group gets in (404 elsewhere), readers read but change nothing (403), and visitors
 * are sent to sign in. Every form is sent valid, so only authorisation can refuse it; a test
 * checks that no route of the families area is missing here.
 */
import { readFileSync } from "node:fs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { publishDocument } from "#app/domain/documents/publish-document.server.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { addMedication } from "#app/domain/families/add-medication.server.ts";
import { listHousesOfChild } from "#app/domain/families/enrolments.repository.server.ts";
import { revokeChildCode } from "#app/domain/families/revoke-child-code.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { unlinkGuardian } from "#app/domain/families/unlink-guardian.server.ts";
import { bookMeals } from "#app/domain/meals/book-meals.server.ts";
import { isoWeekday } from "#app/domain/meals/deadlines.ts";
import { createMealOffer } from "#app/domain/meals/save-meal-offer.server.ts";
import { calendarFeedTokenOf } from "#app/domain/offers/calendar-feed.server.ts";
import { cancelRegistration } from "#app/domain/offers/cancel-registration.server.ts";
import { belgianPublicHolidays } from "#app/domain/offers/offer-days.server.ts";
import { addDays, dateInBrussels, pinClock } from "#app/infra/clock.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import * as feedPage from "#app/routes/calendar/feed.ts";
import * as activitiesPage from "#app/routes/children/$childId/activities.server.ts";
import * as campsPage from "#app/routes/children/$childId/camps.server.ts";
import * as contactsPage from "#app/routes/children/$childId/contacts.server.ts";
import * as publishedDocumentFile from "#app/routes/children/$childId/documents/file.ts";
import * as uploadsPage from "#app/routes/children/$childId/documents/uploads.server.ts";
import * as documentsPage from "#app/routes/children/$childId/documents.server.ts";
import * as generalPage from "#app/routes/children/$childId/general.server.ts";
import * as housesPage from "#app/routes/children/$childId/houses.server.ts";
import * as dossierIndex from "#app/routes/children/$childId/index.ts";
import * as dossierLayout from "#app/routes/children/$childId/layout.server.ts";
import * as mealsPage from "#app/routes/children/$childId/meals.server.ts";
import * as medicalPage from "#app/routes/children/$childId/medical.server.ts";
import * as registrationCalendar from "#app/routes/children/$childId/registrations/calendar.ts";
import * as registrationConfirmation from "#app/routes/children/$childId/registrations/confirmation.ts";
import * as supplementaryPage from "#app/routes/children/$childId/supplementary.server.ts";
import * as addPage from "#app/routes/children/add.server.ts";
import * as addCodePage from "#app/routes/children/add-code.server.ts";
import * as addNewPage from "#app/routes/children/add-new.server.ts";
import * as calendarFeedAction from "#app/routes/children/calendar-feed.ts";
import * as childrenPage from "#app/routes/children/index.server.ts";
import * as mePage from "#app/routes/me.server.ts";
import * as letterPage from "#app/routes/staff/$groupId/children/$childId/codes/letter.ts";
import * as staffContactsPage from "#app/routes/staff/$groupId/children/$childId/contacts.server.ts";
import * as staffGeneralPage from "#app/routes/staff/$groupId/children/$childId/general.server.ts";
import * as staffHousesPage from "#app/routes/staff/$groupId/children/$childId/houses.server.ts";
import * as overviewPage from "#app/routes/staff/$groupId/children/$childId/index.server.ts";
import * as staffDossierLayout from "#app/routes/staff/$groupId/children/$childId/layout.server.ts";
import * as staffMealsPage from "#app/routes/staff/$groupId/children/$childId/meals.server.ts";
import * as staffMedicalPage from "#app/routes/staff/$groupId/children/$childId/medical.server.ts";
import * as staffSupplementaryPage from "#app/routes/staff/$groupId/children/$childId/supplementary.server.ts";
import * as staffChildrenPage from "#app/routes/staff/$groupId/children/index.server.ts";
import routes from "#app/routes.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestStaffMember,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	guardianActor,
	issueTestChildCode,
	sessionCookieFor,
	staffActor,
	uniqueLetters,
} from "#tests/factories.ts";
import {
	createReadyChild,
	createTestActivity,
	createTestOffer,
	registerTestChild,
	registrationsOpenAt,
	windowAroundNow,
} from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type TestChild = Awaited<ReturnType<typeof createTestChild>>;
type Form = Record<string, string>;
type RouteModule = { loader?: unknown; action?: unknown };
/** Builds a valid submission for the child, creating what it names (an allergy to remove…). */
type Prepare = (child: TestChild) => Promise<Form>;
type DossierRoute = {
	file: string;
	module: RouteModule;
	/** Below the child's base path: "" for the overview, "/general" for a section. */
	subPath: string;
	intents: Record<string, Prepare>;
	/** Readers (animators) may not open it: administrative data (decision 013). */
	notForAnimators?: boolean;
	/** Intents for group admins only (codes, merging, enrolments): 403 to the child's house manager. */
	groupIntents?: string[];
};

const contactForm = { name: "Jeanne Grand", relation: "Grand-mère", phone: "0470 12 34 56", role: "pickup" as const };
const allergyForm = { allergen: "Arachides", reactions: "Gonflement des lèvres", whatToDo: "Appeler le 112" };
const medicationForm = { name: "Ventolin", dose: "2 bouffées", times: "Avant le sport" };
const nationalNumberDigits = completeGeneralData.nationalNumber.replace(/\D/g, "");

async function firstEntryOf(table: "child_allergies" | "child_medications", childId: string): Promise<string> {
	const row = await getDb().selectFrom(table).select("id").where("child_id", "=", childId).executeTakeFirstOrThrow();
	return row.id;
}

async function fileNumberOf(childId: string): Promise<number> {
	const row = await getDb()
		.selectFrom("children")
		.select("file_number")
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
	return row.file_number;
}

const sectionIntents = {
	general: { save: async () => ({ intent: "save", ...completeGeneralData }) },
	supplementary: {
		save: async () => ({
			intent: "save",
			school: "École communale",
			schoolClass: "2P",
			livesWith: "both_parents",
			mutuality: "Solidaris",
			consent_photos_internal: "yes",
			consent_photos_public: "no",
			consent_first_aid: "yes",
		}),
	},
	medical: {
		save: async () => ({
			intent: "save",
			doctorName: "Dr Martin",
			doctorPhone: "087 11 22 33",
			tetanus: "yes",
			hasAllergies: "yes",
			swimming: "with_aids",
			confirm: "on",
		}),
		"add-allergy": async () => ({ intent: "add-allergy", ...allergyForm }),
		"remove-allergy": async (child) => {
			await addAllergy({ db: getDb(), actor: guardianActor(child.guardian), childId: child.id, input: allergyForm });
			return { intent: "remove-allergy", entryId: await firstEntryOf("child_allergies", child.id) };
		},
		"add-medication": async () => ({ intent: "add-medication", ...medicationForm }),
		"remove-medication": async (child) => {
			await addMedication({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: medicationForm,
			});
			return { intent: "remove-medication", entryId: await firstEntryOf("child_medications", child.id) };
		},
	},
	contacts: {
		add: async () => ({ intent: "add", ...contactForm }),
		update: async (child) => {
			const { contactId } = await saveContact({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: contactForm,
			});
			return { intent: "update", contactId, ...contactForm, role: "emergency" };
		},
		remove: async (child) => {
			const { contactId } = await saveContact({
				db: getDb(),
				actor: guardianActor(child.guardian),
				childId: child.id,
				input: contactForm,
			});
			return { intent: "remove", entryId: contactId };
		},
	},
} satisfies Record<string, Record<string, Prepare>>;

/** A complete dossier (so « S'inscrire » is allowed) and an offer of the group open right now. */
async function readyToRegister(child: TestChild, kind: "camp" | "activity"): Promise<string> {
	await saveGeneralData({
		db: getDb(),
		actor: guardianActor(child.guardian),
		childId: child.id,
		input: { ...completeGeneralData, lastName: `Enfant${child.id.slice(-6)}` },
	});
	const offer =
		kind === "camp"
			? await createTestOffer(tenant, windowAroundNow())
			: await createTestActivity(tenant, [windowAroundNow().firstDay]);
	return offer.id;
}

/** « S'inscrire » and « Annuler l'inscription » of the camps and activities pages. */
const catalogueIntents = (kind: "camp" | "activity"): Record<string, Prepare> => ({
	register: async (target) => ({ intent: "register", offerId: await readyToRegister(target, kind) }),
	cancel: async (target) => {
		const { registrationId } = await registerTestChild(target, await readyToRegister(target, kind));
		return { intent: "cancel", registrationId };
	},
});

/** A weekday at least three weeks ahead that is no public holiday: open to bookings and cancellations. */
function farMealDay(): string {
	for (let ahead = 21; ; ahead += 1) {
		const day = addDays(dateInBrussels(), ahead);
		if (isoWeekday(day) <= 5 && !belgianPublicHolidays(Number(day.slice(0, 4))).has(day)) return day;
	}
}

let mealOfferId: string | undefined;
/** « Repas chaud » of the first house, created once; the child is enrolled there. */
async function mealReady(target: TestChild): Promise<string> {
	mealOfferId ??= (
		await createMealOffer({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: {
				name: "Repas chaud",
				houseIds: [tenant.firstHouse.id],
				priceCents: 350,
				validFrom: "2026-01-01",
				bookingKind: "weekday-before",
				bookingWeekday: 4,
				bookingTime: "12:00",
				cancelKind: "working-days-before",
				cancelDays: 2,
				cancelTime: "10:00",
				sickUntil: "09:00",
			},
		})
	).mealOfferId;
	const enrolled = await getDb()
		.selectFrom("enrolments")
		.select("id")
		.where("child_id", "=", target.id)
		.where("house_id", "=", tenant.firstHouse.id)
		.executeTakeFirst();
	if (!enrolled) await enrolTestChild(target.id, tenant.firstHouse.id, tenant.admin);
	return mealOfferId;
}

/** The far meal day, booked by the child's guardian: what a cancellation needs. */
async function bookedFarMealDay(target: TestChild): Promise<{ mealOfferId: string; day: string }> {
	const mealOfferId = await mealReady(target);
	const day = farMealDay();
	await bookMeals({ db: getDb(), actor: guardianActor(target.guardian), childId: target.id, mealOfferId, days: [day] });
	return { mealOfferId, day };
}

/** « Repas »: « Enfant malade » needs the morning itself and is covered by tests/integration/meals and the e2e. */
const mealIntents: Record<string, Prepare> = {
	book: async (target) => ({ intent: "book", mealOfferId: await mealReady(target), days: farMealDay() }),
	"book-week": async (target) => ({ intent: "book-week", mealOfferId: await mealReady(target), week: farMealDay() }),
	pattern: async (target) => ({
		intent: "pattern",
		mealOfferId: await mealReady(target),
		weekdays: "1",
		from: farMealDay(),
		until: addDays(farMealDay(), 14),
	}),
	cancel: async (target) => {
		return { intent: "cancel", ...(await bookedFarMealDay(target)) };
	},
};

let tenant: Tenant;
let otherTenant: Tenant;

/** The staff overview's forms; `merge` needs another dossier of the group to merge into. */
const overviewIntents: Record<string, Prepare> = {
	validate: async () => ({ intent: "validate", entryDate: "2025-09-01", confirmMissing: "20" }),
	merge: async () => {
		const target = await createTestChild(tenant.group);
		return { intent: "merge", targetFileNumber: String(await fileNumberOf(target.id)) };
	},
	unlink: async (child) => ({ intent: "unlink", id: child.guardian.id }),
	remind: async () => ({ intent: "remind" }),
	"issue-code": async () => ({ intent: "issue-code" }),
	"revoke-code": async (child) => ({
		intent: "revoke-code",
		id: (await issueTestChildCode(child.id, tenant.admin)).codeId,
	}),
	"save-billing": async (child) => ({
		intent: "save-billing",
		debtorUserId: child.guardian.id,
		severeDisability: "on",
	}),
};

async function enrolmentOf(childId: string): Promise<string> {
	const row = await getDb()
		.selectFrom("enrolments")
		.select("id")
		.where("child_id", "=", childId)
		.executeTakeFirstOrThrow();
	return row.id;
}

/** The staff « Maisons » forms: enrol in the second house, end the enrolment in the first. */
const housesIntents: Record<string, Prepare> = {
	enrol: async () => ({ intent: "enrol", houseId: tenant.secondHouse.id, startsOn: "2027-01-04", endsOn: "" }),
	"end-enrolment": async (target) => ({
		intent: "end-enrolment",
		enrolmentId: await enrolmentOf(target.id),
		endsOn: "2099-12-31",
	}),
};

const guardianRoutes: DossierRoute[] = [
	{ file: "routes/children/$childId/layout.tsx", module: dossierLayout, subPath: "", intents: {} },
	{
		file: "routes/children/$childId/general.tsx",
		module: generalPage,
		subPath: "/general",
		intents: sectionIntents.general,
	},
	{
		file: "routes/children/$childId/supplementary.tsx",
		module: supplementaryPage,
		subPath: "/supplementary",
		intents: sectionIntents.supplementary,
	},
	{
		file: "routes/children/$childId/medical.tsx",
		module: medicalPage,
		subPath: "/medical",
		intents: sectionIntents.medical,
	},
	{
		file: "routes/children/$childId/contacts.tsx",
		module: contactsPage,
		subPath: "/contacts",
		intents: sectionIntents.contacts,
	},
	{ file: "routes/children/$childId/houses.tsx", module: housesPage, subPath: "/houses", intents: {} },
	{
		file: "routes/children/$childId/camps.tsx",
		module: campsPage,
		subPath: "/camps",
		intents: catalogueIntents("camp"),
	},
	{
		file: "routes/children/$childId/activities.tsx",
		module: activitiesPage,
		subPath: "/activities",
		intents: catalogueIntents("activity"),
	},
	{ file: "routes/children/$childId/meals.tsx", module: mealsPage, subPath: "/meals", intents: mealIntents },
	{ file: "routes/children/$childId/documents.tsx", module: documentsPage, subPath: "/documents", intents: {} },
	// Its form sends a file to a house of the child: tests/integration/documents/uploads.test.ts.
	{
		file: "routes/children/$childId/documents/uploads.tsx",
		module: uploadsPage,
		subPath: "/documents/uploads",
		intents: {},
	},
];

/** « Repas » of the dossier, staff side: one-day exceptions with a reason. */
const staffMealIntents: Record<string, Prepare> = {
	"staff-book": async (target) => ({
		intent: "staff-book",
		mealOfferId: await mealReady(target),
		day: farMealDay(),
		reason: "Inscription tardive",
	}),
	"staff-cancel": async (target) => {
		return { intent: "staff-cancel", ...(await bookedFarMealDay(target)), reason: "Sortie" };
	},
};

const staffRoutes: DossierRoute[] = [
	{ file: "routes/staff/$groupId/children/$childId/layout.tsx", module: staffDossierLayout, subPath: "", intents: {} },
	{
		file: "routes/staff/$groupId/children/$childId/index.tsx",
		module: overviewPage,
		subPath: "",
		intents: overviewIntents,
		groupIntents: ["merge", "issue-code", "revoke-code", "save-billing"],
	},
	{
		file: "routes/staff/$groupId/children/$childId/general.tsx",
		module: staffGeneralPage,
		subPath: "/general",
		intents: sectionIntents.general,
		notForAnimators: true,
	},
	{
		file: "routes/staff/$groupId/children/$childId/supplementary.tsx",
		module: staffSupplementaryPage,
		subPath: "/supplementary",
		intents: sectionIntents.supplementary,
		notForAnimators: true,
	},
	{
		file: "routes/staff/$groupId/children/$childId/medical.tsx",
		module: staffMedicalPage,
		subPath: "/medical",
		intents: sectionIntents.medical,
	},
	{
		file: "routes/staff/$groupId/children/$childId/contacts.tsx",
		module: staffContactsPage,
		subPath: "/contacts",
		intents: sectionIntents.contacts,
	},
	{
		file: "routes/staff/$groupId/children/$childId/houses.tsx",
		module: staffHousesPage,
		subPath: "/houses",
		intents: housesIntents,
		groupIntents: ["enrol", "end-enrolment"],
	},
	{
		file: "routes/staff/$groupId/children/$childId/meals.tsx",
		module: staffMealsPage,
		subPath: "/meals",
		intents: staffMealIntents,
	},
];

/** Route files tested one by one further down (lists, adding a child, the letter…). */
const testedElsewhereInThisFile = [
	"routes/children/index.tsx",
	"routes/children/add.tsx",
	"routes/children/add-code.tsx",
	"routes/children/add-new.tsx",
	"routes/children/$childId/index.ts",
	"routes/children/$childId/registrations/confirmation.ts",
	"routes/children/$childId/registrations/calendar.ts",
	"routes/children/$childId/documents/file.ts",
	"routes/children/calendar-feed.ts",
	"routes/staff/$groupId/children/$childId/codes/letter.ts",
	// Certificates: tests/integration/billing/certificates.test.ts (they need paid invoices).
	"routes/children/$childId/certificates/tax.ts",
	"routes/children/$childId/registrations/mutuality.ts",
	// A family's uploaded document: tests/integration/documents/uploads.test.ts.
	"routes/children/$childId/documents/upload-file.ts",
];
/** Pages without loader or action: the dossier layout's loader guards them (none today). */
const withoutServerCode: string[] = [];

function routeFiles(config: { file: string; children?: unknown[] }[]): string[] {
	return config.flatMap((route) => [
		route.file,
		...routeFiles((route.children ?? []) as { file: string; children?: unknown[] }[]),
	]);
}

let child: TestChild;
let guardianCookie: string;
let otherParentCookie: string;
let adminCookie: string;
let managerCookie: string;
let readerCookie: string;
let outsiderCookie: string;
/** A manager and a reader of the second house: the child (enrolled in the first) is not theirs. */
let otherHouseManagerCookie: string;
let otherHouseReaderCookie: string;
/** A dossier just introduced: no house yet, so only the group's admins see it. */
let newChild: TestChild;

beforeAll(async () => {
	tenant = await createTestTenant();
	otherTenant = await createTestTenant();
	child = await createTestChild(tenant.group);
	await enrolTestChild(child.id, tenant.firstHouse.id, tenant.admin);
	newChild = await createTestChild(tenant.group);
	otherHouseManagerCookie = await sessionCookieFor(
		await createTestStaffMember(tenant.group.id, "house_manager", [tenant.secondHouse.id]),
	);
	otherHouseReaderCookie = await sessionCookieFor(
		await createTestStaffMember(tenant.group.id, "reader", [tenant.secondHouse.id]),
	);
	// Another parent of the same group: a guardian, but of a different child.
	const otherChild = await createTestChild(tenant.group);
	guardianCookie = await sessionCookieFor(child.guardian);
	otherParentCookie = await sessionCookieFor(otherChild.guardian);
	adminCookie = await sessionCookieFor(tenant.admin);
	managerCookie = await sessionCookieFor(tenant.manager);
	readerCookie = await sessionCookieFor(tenant.reader);
	outsiderCookie = await sessionCookieFor(otherTenant.admin);
});

type Outcome = { status: number; location: string | null; value: unknown };

/** Calls a loader (no form) or an action (a form); any redirect must not carry a national number. */
async function call(
	routeFunction: unknown,
	options: { url: string; params: Record<string, string>; cookie?: string; form?: Form },
): Promise<Outcome> {
	const { value } = await callRoute(routeFunction as never, {
		url: options.url,
		params: options.params,
		headers: options.cookie ? { cookie: options.cookie } : {},
		form: options.form,
		method: options.form ? "POST" : "GET",
	});
	const location = value instanceof Response ? value.headers.get("Location") : null;
	if (location) {
		expect(decodeURIComponent(location).replace(/\D/g, "")).not.toContain(nationalNumberDigits);
	}
	return { status: statusOf(value) ?? 200, location, value };
}

function guardianPlace(route: DossierRoute, target: TestChild) {
	return { url: `/children/${target.id}${route.subPath}`, params: { childId: target.id } };
}

function staffPlace(route: DossierRoute, target: TestChild) {
	return {
		url: `/staff/${tenant.group.id}/children/${target.id}${route.subPath}`,
		params: { groupId: tenant.group.id, childId: target.id },
	};
}

async function auditRowsAbout(childId: string) {
	return getDb()
		.selectFrom("audit_events")
		.select(["action", "actor_user_id", "group_id"])
		.where("target_id", "=", childId)
		.execute();
}

function expectSignIn(outcome: Outcome) {
	expect(outcome.status).toBe(302);
	expect(outcome.location).toMatch(/^\/sign-in\?/);
}

/** Sends the form as `cookie` and checks that the refusal left no trace in the child's audit log. */
async function expectRefused(
	place: { url: string; params: Record<string, string> },
	action: unknown,
	form: Form,
	cookie: string,
	status: 403 | 404,
) {
	const before = await auditRowsAbout(child.id);
	expect((await call(action, { ...place, cookie, form })).status).toBe(status);
	expect(await auditRowsAbout(child.id)).toHaveLength(before.length);
}

describe("coverage", () => {
	it("every route of a child's dossier is in this suite", () => {
		const covered = [
			...guardianRoutes.map((route) => route.file),
			...staffRoutes.map((route) => route.file),
			...testedElsewhereInThisFile,
			...withoutServerCode,
		];
		const files = routeFiles(routes as never).filter(
			(file) => file.startsWith("routes/children/") || file.startsWith("routes/staff/$groupId/children/$childId/"),
		);
		expect([...new Set(files)].sort()).toEqual(covered.sort());
	});

	it("the pages said to have no server code export no loader or action", () => {
		for (const file of withoutServerCode) {
			expect(readFileSync(new URL(`../../../app/${file}`, import.meta.url), "utf8")).not.toMatch(/\b(loader|action)\b/);
		}
	});
});

describe("a child's dossier, parent side", () => {
	for (const route of guardianRoutes) {
		it(`${route.file} loader: the guardian reads it; another parent and the group's staff get 404`, async () => {
			const place = guardianPlace(route, child);
			expect((await call(route.module.loader, { ...place, cookie: guardianCookie })).status).toBe(200);
			expect((await call(route.module.loader, { ...place, cookie: otherParentCookie })).status).toBe(404);
			expect((await call(route.module.loader, { ...place, cookie: adminCookie })).status).toBe(404);
		});

		it(`${route.file} loader: a visitor is sent to sign in`, async () => {
			expectSignIn(await call(route.module.loader, guardianPlace(route, child)));
		});

		for (const [intent, prepare] of Object.entries(route.intents)) {
			it(`${route.file} ${intent}: the guardian is let in`, async () => {
				const fresh = await createTestChild(tenant.group);
				const form = await prepare(fresh);
				const outcome = await call(route.module.action, {
					...guardianPlace(route, fresh),
					cookie: await sessionCookieFor(fresh.guardian),
					form,
				});
				expect(outcome.status).toBe(302);
				// Back to the same page, with the query that keeps its place (a week, an offer).
				expect(outcome.location?.split("?")[0]).toBe(`/children/${fresh.id}${route.subPath}`);
			});

			it(`${route.file} ${intent}: another parent and the group's admin get 404`, async () => {
				const form = await prepare(child);
				await expectRefused(guardianPlace(route, child), route.module.action, form, otherParentCookie, 404);
				await expectRefused(guardianPlace(route, child), route.module.action, form, adminCookie, 404);
			});

			it(`${route.file} ${intent}: a visitor is sent to sign in`, async () => {
				expectSignIn(await call(route.module.action, { ...guardianPlace(route, child), form: await prepare(child) }));
			});
		}
	}

	it("routes/children/$childId/index.ts sends the guardian to the general page, and no one else", async () => {
		const own = await call(dossierIndex.loader, {
			url: `/children/${child.id}`,
			params: { childId: child.id },
			cookie: guardianCookie,
		});
		expect(own.status).toBe(302);
		expect(own.location).toBe(`/children/${child.id}/general`);
		const stranger = await call(dossierIndex.loader, {
			url: `/children/${child.id}`,
			params: { childId: child.id },
			cookie: otherParentCookie,
		});
		expect(stranger.status).toBe(404);
		const visitor = await call(dossierIndex.loader, { url: `/children/${child.id}`, params: { childId: child.id } });
		expect(visitor.status).toBe(302);
		expect(visitor.location).toMatch(/^\/sign-in/);
	});
});

/** A child of the first house, as every staff test of a form needs a fresh one. */
async function freshChildOfFirstHouse(): Promise<TestChild> {
	const fresh = await createTestChild(tenant.group);
	await enrolTestChild(fresh.id, tenant.firstHouse.id, tenant.admin);
	return fresh;
}

describe("a child's dossier, staff side", () => {
	for (const route of staffRoutes) {
		it(`${route.file} loader: the group's admin and the manager of the child's house read it`, async () => {
			for (const cookie of [adminCookie, managerCookie]) {
				expect((await call(route.module.loader, { ...staffPlace(route, child), cookie })).status).toBe(200);
			}
		});

		it(`${route.file} loader: the reader of the child's house ${route.notForAnimators ? "gets 403" : "reads it"}`, async () => {
			const outcome = await call(route.module.loader, { ...staffPlace(route, child), cookie: readerCookie });
			expect(outcome.status).toBe(route.notForAnimators ? 403 : 200);
		});

		it(`${route.file} loader: a manager or reader of another house gets 404`, async () => {
			for (const cookie of [otherHouseManagerCookie, otherHouseReaderCookie]) {
				expect((await call(route.module.loader, { ...staffPlace(route, child), cookie })).status).toBe(404);
			}
		});

		it(`${route.file} loader: a new dossier (no house) is the group admins' alone`, async () => {
			expect((await call(route.module.loader, { ...staffPlace(route, newChild), cookie: adminCookie })).status).toBe(
				200,
			);
			for (const cookie of [managerCookie, readerCookie, otherHouseManagerCookie]) {
				expect((await call(route.module.loader, { ...staffPlace(route, newChild), cookie })).status).toBe(404);
			}
		});

		it(`${route.file} loader: another group's admin and the child's guardian get 404`, async () => {
			for (const cookie of [outsiderCookie, guardianCookie]) {
				expect((await call(route.module.loader, { ...staffPlace(route, child), cookie })).status).toBe(404);
			}
		});

		it(`${route.file} loader: a visitor is sent to sign in`, async () => {
			expectSignIn(await call(route.module.loader, staffPlace(route, child)));
		});

		for (const [intent, prepare] of Object.entries(route.intents)) {
			const groupOnly = route.groupIntents?.includes(intent) ?? false;

			it(`${route.file} ${intent}: the group's admin is let in`, async () => {
				const fresh = await freshChildOfFirstHouse();
				const form = await prepare(fresh);
				const outcome = await call(route.module.action, { ...staffPlace(route, fresh), cookie: adminCookie, form });
				expect(outcome.status).toBe(302);
				expect(outcome.location).toMatch(new RegExp(`^/staff/${tenant.group.id}/children/`));
			});

			if (groupOnly) {
				it(`${route.file} ${intent}: the manager of the child's house gets 403 (group admins only)`, async () => {
					await expectRefused(staffPlace(route, child), route.module.action, await prepare(child), managerCookie, 403);
				});
			} else {
				it(`${route.file} ${intent}: the manager of the child's house is let in`, async () => {
					const fresh = await freshChildOfFirstHouse();
					const form = await prepare(fresh);
					const outcome = await call(route.module.action, {
						...staffPlace(route, fresh),
						cookie: managerCookie,
						form,
					});
					expect(outcome.status).toBe(302);
					expect(outcome.location).toMatch(new RegExp(`^/staff/${tenant.group.id}/children/`));
				});
			}

			it(`${route.file} ${intent}: the reader of the child's house gets 403`, async () => {
				await expectRefused(staffPlace(route, child), route.module.action, await prepare(child), readerCookie, 403);
			});

			it(`${route.file} ${intent}: a manager or reader of another house gets 404`, async () => {
				const form = await prepare(child);
				await expectRefused(staffPlace(route, child), route.module.action, form, otherHouseManagerCookie, 404);
				await expectRefused(staffPlace(route, child), route.module.action, form, otherHouseReaderCookie, 404);
			});

			it(`${route.file} ${intent}: another group's admin and the child's guardian get 404`, async () => {
				const form = await prepare(child);
				await expectRefused(staffPlace(route, child), route.module.action, form, outsiderCookie, 404);
				await expectRefused(staffPlace(route, child), route.module.action, form, guardianCookie, 404);
			});

			it(`${route.file} ${intent}: a visitor is sent to sign in`, async () => {
				expectSignIn(await call(route.module.action, { ...staffPlace(route, child), form: await prepare(child) }));
			});
		}
	}

	it("the reader's overview and health page carry only what animators need", async () => {
		const overview = await call(overviewPage.loader, {
			...staffPlace(staffRoutes[1] as DossierRoute, child),
			cookie: readerCookie,
		});
		expect(overview.value).toMatchObject({ view: "animator", missing: null, codes: [], canManageGroup: false });
		const medical = await call(staffMedicalPage.loader, {
			url: `/staff/${tenant.group.id}/children/${child.id}/medical`,
			params: { groupId: tenant.group.id, childId: child.id },
			cookie: readerCookie,
		});
		expect(medical.value).toMatchObject({ view: "animator", medical: undefined });
		expect(medical.value).toHaveProperty("allergies");
		const layout = await call(staffDossierLayout.loader, {
			...staffPlace(staffRoutes[0] as DossierRoute, child),
			cookie: readerCookie,
		});
		expect(layout.value).toMatchObject({ view: "animator", missingCounts: {} });
		expect(JSON.stringify([overview.value, medical.value, layout.value])).not.toMatch(/national_?number/i);
	});

	it("the list and its queue show a manager or reader only the children of their houses", async () => {
		// Searched by file number: many dossiers of this group exist by now (the list is paged).
		const finds = async (cookie: string, target: TestChild, status = "") => {
			const query = new URLSearchParams({ q: String(await fileNumberOf(target.id)), status });
			const outcome = await call(staffChildrenPage.loader, {
				url: `/staff/${tenant.group.id}/children?${query}`,
				params: { groupId: tenant.group.id },
				cookie,
			});
			return (outcome.value as { rows: { id: string }[] }).rows.some((row) => row.id === target.id);
		};
		expect(await finds(adminCookie, child)).toBe(true);
		expect(await finds(adminCookie, newChild, "submitted")).toBe(true);
		for (const cookie of [managerCookie, readerCookie]) {
			expect(await finds(cookie, child)).toBe(true);
			expect(await finds(cookie, newChild)).toBe(false);
			expect(await finds(cookie, newChild, "submitted")).toBe(false);
		}
		for (const cookie of [otherHouseManagerCookie, otherHouseReaderCookie]) {
			expect(await finds(cookie, child)).toBe(false);
		}
	});
});

describe("enrolment derived from registrations", () => {
	const layoutAt = async (target: TestChild, cookie: string) =>
		(
			await call(staffDossierLayout.loader, {
				url: `/staff/${tenant.group.id}/children/${target.id}`,
				params: { groupId: tenant.group.id, childId: target.id },
				cookie,
			})
		).status;

	// The other side of the same rule: « Les maisons de l'enfant », whom the parents may write to.
	const housesOf = async (target: TestChild) =>
		(await listHousesOfChild(getDb(), { id: target.id, group_id: tenant.group.id }, dateInBrussels())).map(
			(house) => house.id,
		);

	afterEach(() => pinClock(undefined));

	it("opens the dossier to the offer's house until three months after its last day, then closes it", async () => {
		// The default camp runs 05–09/07/2027 in the house given here (the second one).
		const camper = await createReadyChild(tenant.group);
		const offer = await createTestOffer(tenant, { houseId: tenant.secondHouse.id });
		pinClock(registrationsOpenAt);
		expect(await layoutAt(camper, otherHouseManagerCookie)).toBe(404);
		const { registrationId } = await registerTestChild(camper, offer.id);
		for (const cookie of [otherHouseManagerCookie, otherHouseReaderCookie]) {
			expect(await layoutAt(camper, cookie)).toBe(200);
		}
		expect(await layoutAt(camper, managerCookie)).toBe(404);
		expect(await housesOf(camper)).toEqual([tenant.secondHouse.id]);
		pinClock("2027-10-09T20:00:00Z");
		expect(await layoutAt(camper, otherHouseManagerCookie)).toBe(200);
		expect(await housesOf(camper)).toEqual([tenant.secondHouse.id]);
		pinClock("2027-10-10T08:00:00Z");
		expect(await layoutAt(camper, otherHouseManagerCookie)).toBe(404);
		expect(await housesOf(camper)).toEqual([]);
		expect(await layoutAt(camper, adminCookie)).toBe(200);
		pinClock(registrationsOpenAt);
		await cancelRegistration({ db: getDb(), actor: guardianActor(camper.guardian), registrationId });
		expect(await layoutAt(camper, otherHouseManagerCookie)).toBe(404);
		expect(await housesOf(camper)).toEqual([]);
	});

	it("an explicit enrolment counts through its last day", async () => {
		const pupil = await createTestChild(tenant.group);
		await enrolTestChild(pupil.id, tenant.secondHouse.id, tenant.admin, {
			startsOn: "2026-09-01",
			endsOn: "2027-06-30",
		});
		pinClock("2027-06-30T20:00:00Z");
		expect(await layoutAt(pupil, otherHouseManagerCookie)).toBe(200);
		expect(await housesOf(pupil)).toEqual([tenant.secondHouse.id]);
		pinClock("2027-07-01T08:00:00Z");
		expect(await layoutAt(pupil, otherHouseManagerCookie)).toBe(404);
		expect(await housesOf(pupil)).toEqual([]);
	});
});

describe("code letter (PDF)", () => {
	const letterPlace = (codeId: string, groupId = tenant.group.id) => ({
		url: `/staff/${groupId}/children/${child.id}/codes/${codeId}/letter`,
		params: { groupId, childId: child.id, codeId },
	});

	it("is a PDF for the group's admin", async () => {
		const { codeId } = await issueTestChildCode(child.id, tenant.admin);
		const outcome = await call(letterPage.loader, { ...letterPlace(codeId), cookie: adminCookie });
		expect(outcome.status).toBe(200);
		expect((outcome.value as Response).headers.get("Content-Type")).toBe("application/pdf");
	});

	it("is 404 for another group's staff, the child's guardian, and for a code of another child", async () => {
		const { codeId } = await issueTestChildCode(child.id, tenant.admin);
		for (const cookie of [outsiderCookie, guardianCookie]) {
			expect((await call(letterPage.loader, { ...letterPlace(codeId), cookie })).status).toBe(404);
		}
		const elsewhere = await createTestChild(otherTenant.group);
		const foreignCode = await issueTestChildCode(elsewhere.id, otherTenant.admin);
		for (const cookie of [adminCookie, outsiderCookie]) {
			expect((await call(letterPage.loader, { ...letterPlace(foreignCode.codeId), cookie })).status).toBe(404);
		}
		expect(
			(
				await call(letterPage.loader, {
					...letterPlace(foreignCode.codeId, otherTenant.group.id),
					cookie: outsiderCookie,
				})
			).status,
		).toBe(404);
	});

	it("is 404 once the code is revoked", async () => {
		const { codeId } = await issueTestChildCode(child.id, tenant.admin);
		await revokeChildCode({ db: getDb(), actor: staffActor(tenant.admin), childId: child.id, codeId });
		expect((await call(letterPage.loader, { ...letterPlace(codeId), cookie: adminCookie })).status).toBe(404);
	});

	it("is refused to the child's house staff (codes are the group admins'), 404 to another house", async () => {
		const { codeId } = await issueTestChildCode(child.id, tenant.admin);
		for (const cookie of [managerCookie, readerCookie]) {
			expect((await call(letterPage.loader, { ...letterPlace(codeId), cookie })).status).toBe(403);
		}
		for (const cookie of [otherHouseManagerCookie, otherHouseReaderCookie]) {
			expect((await call(letterPage.loader, { ...letterPlace(codeId), cookie })).status).toBe(404);
		}
		expectSignIn(await call(letterPage.loader, letterPlace(codeId)));
	});
});

describe("health sheet reads", () => {
	it("a staff member's read is written to the audit log; a guardian's is not", async () => {
		const fresh = await freshChildOfFirstHouse();
		const medicalRows = async () =>
			(await auditRowsAbout(fresh.id)).filter((row) => row.action === "child.medical.viewed");
		const guardianRead = await call(medicalPage.loader, {
			url: `/children/${fresh.id}/medical`,
			params: { childId: fresh.id },
			cookie: await sessionCookieFor(fresh.guardian),
		});
		expect(guardianRead.status).toBe(200);
		expect(await medicalRows()).toEqual([]);

		const staffRead = await call(staffMedicalPage.loader, {
			url: `/staff/${tenant.group.id}/children/${fresh.id}/medical`,
			params: { groupId: tenant.group.id, childId: fresh.id },
			cookie: readerCookie,
		});
		expect(staffRead.status).toBe(200);
		const managerRead = await call(staffMedicalPage.loader, {
			url: `/staff/${tenant.group.id}/children/${fresh.id}/medical`,
			params: { groupId: tenant.group.id, childId: fresh.id },
			cookie: managerCookie,
		});
		expect(managerRead.status).toBe(200);
		const refused = await call(staffMedicalPage.loader, {
			url: `/staff/${tenant.group.id}/children/${fresh.id}/medical`,
			params: { groupId: tenant.group.id, childId: fresh.id },
			cookie: otherHouseManagerCookie,
		});
		expect(refused.status).toBe(404);
		// Two reads may share a timestamp: compare them as a set.
		const rows = await medicalRows();
		expect(rows).toHaveLength(2);
		expect(rows).toEqual(
			expect.arrayContaining([
				{ action: "child.medical.viewed", actor_user_id: tenant.reader.id, group_id: tenant.group.id },
				{ action: "child.medical.viewed", actor_user_id: tenant.manager.id, group_id: tenant.group.id },
			]),
		);
	});
});

describe("national number", () => {
	it("is saved by guardian and staff without ever reaching the URL they are sent to", async () => {
		const fresh = await createTestChild(tenant.group);
		const form = { intent: "save", ...completeGeneralData };
		const byGuardian = await call(generalPage.action, {
			url: `/children/${fresh.id}/general`,
			params: { childId: fresh.id },
			cookie: await sessionCookieFor(fresh.guardian),
			form,
		});
		const byStaff = await call(staffGeneralPage.action, {
			url: `/staff/${tenant.group.id}/children/${fresh.id}/general`,
			params: { groupId: tenant.group.id, childId: fresh.id },
			cookie: adminCookie,
			form: { ...form, firstName: "Zoé-Lou" },
		});
		for (const outcome of [byGuardian, byStaff]) {
			expect(outcome.status).toBe(302);
			expect(outcome.location).not.toContain(nationalNumberDigits);
			expect(outcome.location).not.toContain(completeGeneralData.nationalNumber);
		}
		const saved = await getDb()
			.selectFrom("children")
			.select("national_number")
			.where("id", "=", fresh.id)
			.executeTakeFirstOrThrow();
		expect(saved.national_number).toBe(nationalNumberDigits);
	});
});

describe("the parent's own pages", () => {
	it("/me shows the viewer's own data and saves it", async () => {
		const other = await createTestUser();
		for (const [user, cookie] of [
			[child.guardian, guardianCookie],
			[other, await sessionCookieFor(other)],
		] as const) {
			const outcome = await call(mePage.loader, { url: "/me", params: {}, cookie });
			expect((outcome.value as { profile: { email: string } }).profile.email).toBe(user.email);
		}
		const saved = await call(mePage.action, {
			url: "/me",
			params: {},
			cookie: guardianCookie,
			form: {
				lastName: "Dupont",
				firstName: "Camille",
				street: "Rue Haute",
				houseNumber: "12",
				postalCode: "4830",
				locality: "Limbourg",
				country: "BE",
				mobilePhone: "0470 12 34 56",
			},
		});
		expect(saved).toMatchObject({ status: 302, location: "/me" });
	});

	it("« Les maisons de l'enfant » lists the child's own houses, not every house of the group", async () => {
		const housesFor = async (target: TestChild) => {
			const outcome = await call(housesPage.loader, {
				url: `/children/${target.id}/houses`,
				params: { childId: target.id },
				cookie: await sessionCookieFor(target.guardian),
			});
			return (outcome.value as { houses: { id: string }[] }).houses.map((house) => house.id);
		};
		expect(await housesFor(newChild)).toEqual([]);
		expect(await housesFor(child)).toEqual([tenant.firstHouse.id]);
		const camper = await createTestChild(tenant.group);
		const { registrationId } = await registerTestChild(camper, await readyToRegister(camper, "camp"));
		expect(await housesFor(camper)).toEqual([tenant.firstHouse.id]);
		await cancelRegistration({ db: getDb(), actor: guardianActor(camper.guardian), registrationId });
		expect(await housesFor(camper)).toEqual([]);
	});

	it("/children lists the viewer's own children only", async () => {
		const idsFor = async (cookie: string) => {
			const outcome = await call(childrenPage.loader, { url: "/children", params: {}, cookie });
			return (outcome.value as { children: { id: string }[] }).children.map((entry) => entry.id);
		};
		expect(await idsFor(guardianCookie)).toEqual([child.id]);
		expect(await idsFor(otherParentCookie)).not.toContain(child.id);
		expect(await idsFor(adminCookie)).toEqual([]);
	});

	it("adding a child by code or as a new dossier is for signed-in parents", async () => {
		const parentCookie = await sessionCookieFor(await createTestUser());
		for (const page of [addPage, addCodePage, addNewPage]) {
			expect((await call(page.loader, { url: "/children/add", params: {}, cookie: parentCookie })).status).toBe(200);
		}
		const { code } = await issueTestChildCode(child.id, tenant.admin);
		const byCode = await call(addCodePage.action, {
			url: "/children/add/code",
			params: {},
			cookie: parentCookie,
			form: { groupCode: tenant.group.code, childCode: code },
		});
		expect(byCode).toMatchObject({ status: 302, location: `/children/${child.id}/general` });
		const created = await call(addNewPage.action, {
			url: "/children/add/new",
			params: {},
			cookie: parentCookie,
			form: { groupCode: tenant.group.code, lastName: `Nouveau${uniqueLetters(6)}`, firstName: "Léo" },
		});
		expect(created.status).toBe(302);
		expect(created.location).toMatch(/^\/children\/[0-9a-f-]{36}\/general$/);
	});

	it("sends visitors to sign in", async () => {
		const pages: [unknown, string, Form | undefined][] = [
			[mePage.loader, "/me", undefined],
			[mePage.action, "/me", { lastName: "X" }],
			[childrenPage.loader, "/children", undefined],
			[addPage.loader, "/children/add", undefined],
			[addCodePage.loader, "/children/add/code", undefined],
			[addCodePage.action, "/children/add/code", { groupCode: tenant.group.code, childCode: "ABCDEFGHJK" }],
			[addNewPage.loader, "/children/add/new", undefined],
			[addNewPage.action, "/children/add/new", { groupCode: tenant.group.code, lastName: "Intrus" }],
		];
		for (const [routeFunction, url, form] of pages) {
			expectSignIn(await call(routeFunction, { url, params: {}, form }));
		}
	});
});

describe("a document published for the child", () => {
	it("is the guardians' (no-store download, opened once); another parent, staff, another child's address and a removed guardian get 404", async () => {
		const family = await createTestChild(tenant.group);
		await enrolTestChild(family.id, tenant.firstHouse.id, tenant.admin);
		const second = await createTestUser();
		const { code } = await issueTestChildCode(family.id, tenant.admin);
		await addChildByCode({
			db: getDb(),
			actor: { userId: second.id, ipAddress: "10.8.8.8" },
			input: { groupCode: tenant.group.code, childCode: code },
		});
		const { publicationId } = await publishDocument({
			db: getDb(),
			storage: getFileStorage(),
			actor: { userId: tenant.manager.id, ipAddress: "127.0.0.1" },
			access: tenant.manager.access,
			audience: { kind: "family", houseId: tenant.firstHouse.id, childId: family.id },
			input: { title: "Règlement d'ordre intérieur" },
			file: { name: "règlement.pdf", content: Buffer.from("%PDF-1.7\n1 0 obj\n<< >>\nendobj\n%%EOF\n") },
		});
		const copy = await getDb()
			.selectFrom("published_document_recipients")
			.select("id")
			.where("document_id", "=", publicationId)
			.executeTakeFirstOrThrow();
		const where = (childId: string) => ({
			url: `/children/${childId}/documents/${copy.id}/file`,
			params: { childId, documentId: copy.id },
		});
		const ownCookie = await sessionCookieFor(family.guardian);
		const own = await call(publishedDocumentFile.loader, { ...where(family.id), cookie: ownCookie });
		expect(own.status).toBe(200);
		const headers = (own.value as Response).headers;
		expect([headers.get("Content-Type"), headers.get("Cache-Control")]).toEqual(["application/pdf", "no-store"]);
		expect(headers.get("Content-Disposition")).toMatch(/^attachment; .*filename\*=UTF-8''r%C3%A8glement\.pdf$/);
		for (const cookie of [otherParentCookie, adminCookie, managerCookie, guardianCookie]) {
			expect((await call(publishedDocumentFile.loader, { ...where(family.id), cookie })).status).toBe(404);
		}
		expectSignIn(await call(publishedDocumentFile.loader, where(family.id)));
		const sibling = await createTestChild(tenant.group, { guardian: family.guardian });
		expect((await call(publishedDocumentFile.loader, { ...where(sibling.id), cookie: ownCookie })).status).toBe(404);

		const secondCookie = await sessionCookieFor(second);
		expect((await call(publishedDocumentFile.loader, { ...where(family.id), cookie: secondCookie })).status).toBe(200);
		await unlinkGuardian({ db: getDb(), actor: staffActor(tenant.admin), childId: family.id, guardianId: second.id });
		expect((await call(publishedDocumentFile.loader, { ...where(family.id), cookie: secondCookie })).status).toBe(404);
		const opened = await getDb()
			.selectFrom("published_document_recipients")
			.select("opened_by_user_id")
			.where("id", "=", copy.id)
			.executeTakeFirstOrThrow();
		expect(opened.opened_by_user_id).toBe(family.guardian.id);
	});
});

describe("registration documents and the family calendar", () => {
	const documents = [
		{ name: "confirmation (PDF)", module: registrationConfirmation, file: "confirmation.pdf", type: "application/pdf" },
		{ name: ".ics", module: registrationCalendar, file: "calendar.ics", type: "text/calendar; charset=utf-8" },
	];
	const place = (childId: string, registrationId: string, file: string) => ({
		url: `/children/${childId}/registrations/${registrationId}/${file}`,
		params: { childId, registrationId },
	});
	let accepted: { childId: string; registrationId: string; cookie: string; guardian: TestChild["guardian"] };

	beforeAll(async () => {
		const fresh = await createTestChild(tenant.group);
		const { registrationId, status } = await registerTestChild(fresh, await readyToRegister(fresh, "camp"));
		expect(status).toBe("accepted");
		accepted = {
			childId: fresh.id,
			registrationId,
			cookie: await sessionCookieFor(fresh.guardian),
			guardian: fresh.guardian,
		};
	});

	for (const document of documents) {
		it(`the ${document.name} is the guardian's; another parent and the group's admin get 404`, async () => {
			const where = place(accepted.childId, accepted.registrationId, document.file);
			const own = await call(document.module.loader, { ...where, cookie: accepted.cookie });
			expect(own.status).toBe(200);
			expect((own.value as Response).headers.get("Content-Type")).toBe(document.type);
			for (const cookie of [otherParentCookie, adminCookie, guardianCookie]) {
				expect((await call(document.module.loader, { ...where, cookie })).status).toBe(404);
			}
			expectSignIn(await call(document.module.loader, where));
		});

		it(`the ${document.name} is 404 under another child's address and for a registration not accepted yet`, async () => {
			const sibling = await createTestChild(tenant.group, { guardian: accepted.guardian });
			const elsewhere = place(sibling.id, accepted.registrationId, document.file);
			expect((await call(document.module.loader, { ...elsewhere, cookie: accepted.cookie })).status).toBe(404);
			await readyToRegister(sibling, "camp");
			const staffDecides = await createTestOffer(tenant, { ...windowAroundNow(), confirmationMode: "staff" });
			const { registrationId, status } = await registerTestChild(sibling, staffDecides.id);
			expect(status).toBe("pending");
			const pending = place(sibling.id, registrationId, document.file);
			expect((await call(document.module.loader, { ...pending, cookie: accepted.cookie })).status).toBe(404);
			// Once cancelled, the same address gives the cancellation (decision 017).
			await cancelRegistration({ db: getDb(), actor: guardianActor(sibling.guardian), registrationId });
			expect((await call(document.module.loader, { ...pending, cookie: accepted.cookie })).status).toBe(200);
		});
	}

	it("the family feed opens with its token only, without a session, and lists the accepted registrations", async () => {
		const token = await calendarFeedTokenOf(getDb(), accepted.guardian.id);
		expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
		const feed = await call(feedPage.loader, { url: `/calendar/${token}.ics`, params: { feed: `${token}.ics` } });
		expect(feed.status).toBe(200);
		expect(await (feed.value as Response).text()).toContain(`UID:${accepted.registrationId}@ribambelle`);
		const wrong = `${token.slice(0, -1)}${token.endsWith("A") ? "B" : "A"}`;
		for (const feedParam of [`${wrong}.ics`, token, `${token}.ics.ics`, "x.ics"]) {
			expect((await call(feedPage.loader, { url: `/calendar/${feedParam}`, params: { feed: feedParam } })).status).toBe(
				404,
			);
		}
	});

	it("a visit to the « Régénérer » address (bookmark, reload) goes to the feed's section", async () => {
		const visit = await call(calendarFeedAction.loader, {
			url: "/children/calendar-feed",
			params: {},
			cookie: accepted.cookie,
		});
		expect(visit).toMatchObject({ status: 302, location: "/children#calendar-feed" });
	});

	it("« Régénérer » replaces the guardian's own feed: the old address stops working", async () => {
		const before = await calendarFeedTokenOf(getDb(), accepted.guardian.id);
		const outcome = await call(calendarFeedAction.action, {
			url: "/children/calendar-feed",
			params: {},
			cookie: accepted.cookie,
			form: {},
		});
		expect(outcome).toMatchObject({ status: 302, location: "/children#calendar-feed" });
		const after = await calendarFeedTokenOf(getDb(), accepted.guardian.id);
		expect(after).not.toBe(before);
		expect((await call(feedPage.loader, { url: "/calendar", params: { feed: `${before}.ics` } })).status).toBe(404);
		expect((await call(feedPage.loader, { url: "/calendar", params: { feed: `${after}.ics` } })).status).toBe(200);
		// Another parent regenerating changes their own feed, never this one.
		await call(calendarFeedAction.action, {
			url: "/children/calendar-feed",
			params: {},
			cookie: otherParentCookie,
			form: {},
		});
		expect(await calendarFeedTokenOf(getDb(), accepted.guardian.id)).toBe(after);
		expectSignIn(await call(calendarFeedAction.action, { url: "/children/calendar-feed", params: {}, form: {} }));
	});
});
