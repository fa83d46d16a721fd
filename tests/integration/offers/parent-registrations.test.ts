/**
 * The parent's side of camps and activities, through the pages' loaders and actions: what the
 * catalogue shows a child (age, filters, residents, dossier), « S'inscrire », the child's
 * registrations with their live state, and « Annuler l'inscription » before and after the
 * deadline.
 */
import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { createPeriod } from "#app/domain/offers/create-period.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as activitiesPage from "#app/routes/children/$childId/activities.server.ts";
import * as campsPage from "#app/routes/children/$childId/camps.server.ts";
import {
	createTestChild,
	createTestHouse,
	createTestTenant,
	sessionCookieFor,
	staffActor,
	type TestUser,
} from "#tests/factories.ts";
import {
	createReadyChild,
	createTestActivity,
	createTestOffer,
	registerTestChild,
	registrationsOpenAt,
} from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Child = { id: string; guardian: TestUser };
type CatalogueData = Awaited<ReturnType<typeof campsPage.loader>>;

let tenant: Tenant;
const cookies = new Map<string, string>();

beforeAll(async () => {
	tenant = await createTestTenant();
});
beforeEach(() => pinClock(registrationsOpenAt));
afterEach(() => pinClock(undefined));

async function cookieOf(user: TestUser): Promise<string> {
	let cookie = cookies.get(user.id);
	if (!cookie) {
		cookie = await sessionCookieFor(user);
		cookies.set(user.id, cookie);
	}
	return cookie;
}

function pageOf(kind: "camp" | "activity") {
	return kind === "camp" ? { module: campsPage, path: "camps" } : { module: activitiesPage, path: "activities" };
}

/** The page as the child's guardian loads it, with an optional query (`?period=…`). */
async function catalogue(child: Child, options: { kind?: "camp" | "activity"; query?: string } = {}) {
	const page = pageOf(options.kind ?? "camp");
	const { value } = await callRoute(page.module.loader as never, {
		url: `/children/${child.id}/${page.path}${options.query ?? ""}`,
		params: { childId: child.id },
		headers: { cookie: await cookieOf(child.guardian) },
	});
	return value as CatalogueData;
}

/** A form of the page sent by the child's guardian: the redirect, or the refusal's messages. */
async function send(child: Child, form: Record<string, string>, kind: "camp" | "activity" = "camp") {
	const page = pageOf(kind);
	const { value } = await callRoute(page.module.action as never, {
		url: `/children/${child.id}/${page.path}`,
		params: { childId: child.id },
		headers: { cookie: await cookieOf(child.guardian) },
		form,
	});
	const status = statusOf(value) ?? 200;
	const location = value instanceof Response ? value.headers.get("Location") : null;
	const result = (value as { data?: { result?: { error?: Record<string, string[]> } } }).data?.result;
	return { status, location, errors: Object.values(result?.error ?? {}).flat() };
}

function cardOf(data: CatalogueData, offerId: string) {
	const card = data.offers.find((offer) => offer.id === offerId);
	if (!card) throw new Error(`offer ${offerId} is not in the catalogue`);
	return card;
}

describe("the catalogue a child sees", () => {
	it("lists only the offers the child has the age for on their first day, and says how many others it hides", async () => {
		const child = await createReadyChild(tenant.group); // born 22/08/2020: 6 years 10 months on 05/07/2027
		const fitting = await createTestOffer(tenant, { title: "Petits bricoleurs", minAgeYears: "6", maxAgeYears: "7" });
		const tooYoung = await createTestOffer(tenant, { title: "Grands aventuriers", minAgeYears: "10" });
		const tooOld = await createTestOffer(tenant, { title: "Bébés nageurs", minAgeYears: "0", maxAgeYears: "3" });
		const data = await catalogue(child);
		const ids = data.offers.map((offer) => offer.id);
		expect(ids).toContain(fitting.id);
		expect(ids).not.toContain(tooYoung.id);
		expect(ids).not.toContain(tooOld.id);
		expect(data.hiddenByAge).toBeGreaterThanOrEqual(2);
		expect(cardOf(data, fitting.id)).toMatchObject({
			minAgeMonths: 72,
			maxAgeMonths: 84,
			window: "open",
			places: { kind: "free", placesLeft: 5 },
			action: { kind: "register" },
		});
	});

	it("shows every offer while the birth date is unknown, with the missing data instead of « S'inscrire »", async () => {
		const child = await createTestChild(tenant.group);
		const camp = await createTestOffer(tenant, { minAgeYears: "10" });
		const data = await catalogue(child);
		expect(cardOf(data, camp.id).action).toEqual({ kind: "incomplete" });
		expect(data.missing.general).toEqual(expect.arrayContaining(["birthDate", "nationalNumber", "street"]));
		expect(data.missing.medical).toBeUndefined();
		const refused = await send(child, { intent: "register", offerId: camp.id });
		expect(refused).toMatchObject({ status: 409, errors: ["offers.register.incomplete"] });
		expect((await catalogue(child)).registrations).toEqual([]);
	});

	it("filters by period and by the postal code of the house, from the choices the child may see", async () => {
		const otherTown = await createTestHouse(tenant.group.id, { postalCode: "4800", locality: "Verviers" });
		const { periodId } = await createPeriod({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { name: "Été 2027 – semaine 1", startsOn: "2027-07-05", endsOn: "2027-07-09" },
		});
		const inPeriod = await createTestOffer(tenant, { title: "Stage de l'été", periodId });
		const inVerviers = await createTestOffer(tenant, { title: "Stage à Verviers", houseId: otherTown.id });
		const child = await createReadyChild(tenant.group);
		const all = await catalogue(child);
		expect(all.periods).toContainEqual({ id: periodId, name: "Été 2027 – semaine 1" });
		expect(all.postalCodes).toEqual(expect.arrayContaining(["4800", "4830"]));
		const byPeriod = await catalogue(child, { query: `?period=${periodId}` });
		expect(byPeriod.offers.map((offer) => offer.id)).toEqual([inPeriod.id]);
		expect(byPeriod.filters).toEqual({ periodId, postalCode: "" });
		const byPostalCode = await catalogue(child, { query: "?postalCode=4800" });
		expect(byPostalCode.offers.map((offer) => offer.id)).toEqual([inVerviers.id]);
		// Malformed filters are ignored rather than failing the page.
		expect((await catalogue(child, { query: "?period=nope&postalCode=48" })).offers.length).toBe(all.offers.length);
	});

	it("keeps offers reserved to residents of other postal codes out of reach, with the reason", async () => {
		const child = await createReadyChild(tenant.group); // lives in 4830
		const elsewhere = await createTestOffer(tenant, { residentPostalCodes: "4000 4020" });
		const here = await createTestOffer(tenant, { residentPostalCodes: "4830" });
		const data = await catalogue(child);
		expect(cardOf(data, elsewhere.id)).toMatchObject({
			residentPostalCodes: ["4000", "4020"],
			action: { kind: "residents" },
		});
		expect(cardOf(data, here.id).action).toEqual({ kind: "register" });
		expect(await send(child, { intent: "register", offerId: elsewhere.id })).toMatchObject({
			status: 409,
			errors: ["offers.register.residents"],
		});
		expect(await send(child, { intent: "register", offerId: here.id })).toMatchObject({ status: 302 });
	});

	it("says when registrations open and when they are closed", async () => {
		const child = await createReadyChild(tenant.group);
		const later = await createTestOffer(tenant, { opensAt: "2027-03-01T09:00" });
		const over = await createTestOffer(tenant, { status: "closed" });
		const draft = await createTestOffer(tenant, { status: "draft" });
		const data = await catalogue(child);
		expect(cardOf(data, later.id)).toMatchObject({
			window: "notOpen",
			action: { kind: "notOpen", opensAt: "2027-03-01T08:00:00.000Z" },
		});
		expect(cardOf(data, over.id)).toMatchObject({ window: "closed", action: { kind: "closed" } });
		expect(data.offers.map((offer) => offer.id)).not.toContain(draft.id);
	});

	it("lists activities by house: first the houses with their counts, then the chosen house's activities", async () => {
		const child = await createReadyChild(tenant.group);
		const activity = await createTestActivity(tenant, ["2027-03-03", "2027-03-10"]);
		const houses = await catalogue(child, { kind: "activity" });
		expect(houses.offers).toEqual([]);
		expect(houses.house).toBeNull();
		expect(houses.houses.find((house) => house.id === tenant.firstHouse.id)?.offerCount).toBeGreaterThanOrEqual(1);
		const firstHouse = await catalogue(child, { kind: "activity", query: `?house=${tenant.firstHouse.id}` });
		expect(firstHouse.house).toEqual({ id: tenant.firstHouse.id, name: tenant.firstHouse.name });
		expect(cardOf(firstHouse, activity.id)).toMatchObject({ kind: "activity", dates: '["2027-03-03","2027-03-10"]' });
		const secondHouse = await catalogue(child, { kind: "activity", query: `?house=${tenant.secondHouse.id}` });
		expect(secondHouse.offers.map((offer) => offer.id)).not.toContain(activity.id);
		const registered = await send(child, { intent: "register", offerId: activity.id }, "activity");
		expect(registered.location).toBe(`/children/${child.id}/activities`);
	});
});

describe("« S'inscrire » and the child's registrations", () => {
	it("registers with the garderie, shows « acceptée » on the card and in the list, and refuses a second time", async () => {
		const child = await createReadyChild(tenant.group);
		const camp = await createTestOffer(tenant);
		const done = await send(child, { intent: "register", offerId: camp.id, withCare: "on" });
		expect(done).toMatchObject({ status: 302, location: `/children/${child.id}/camps` });
		const data = await catalogue(child);
		expect(cardOf(data, camp.id).action).toMatchObject({ kind: "registered", status: "accepted", position: null });
		expect(cardOf(data, camp.id).places).toEqual({ kind: "free", placesLeft: 4 });
		expect(data.registrations).toEqual([
			expect.objectContaining({ title: "Stage nature", status: "accepted", withCare: true, canCancel: true }),
		]);
		expect(await send(child, { intent: "register", offerId: camp.id })).toMatchObject({
			status: 409,
			errors: ["offers.register.already"],
		});
		expect(await send(child, { intent: "register", offerId: "" })).toMatchObject({ status: 400 });
	});

	it("puts children on the waiting list with their position, which moves up when a place is freed", async () => {
		const camp = await createTestOffer(tenant, { capacity: "1", waitingListSize: "2" });
		const [first, second, third, fourth] = [
			await createReadyChild(tenant.group),
			await createReadyChild(tenant.group),
			await createReadyChild(tenant.group),
			await createReadyChild(tenant.group),
		] as [Child, Child, Child, Child];
		for (const child of [first, second, third]) {
			expect((await send(child, { intent: "register", offerId: camp.id })).status).toBe(302);
		}
		expect((await catalogue(third)).registrations[0]).toMatchObject({ status: "waiting", position: 2 });
		expect(cardOf(await catalogue(fourth), camp.id)).toMatchObject({
			places: { kind: "full" },
			action: { kind: "full" },
		});
		expect(await send(fourth, { intent: "register", offerId: camp.id })).toMatchObject({
			status: 409,
			errors: ["offers.register.full"],
		});

		const firstRegistration = (await catalogue(first)).registrations[0];
		expect(await send(first, { intent: "cancel", registrationId: firstRegistration?.id ?? "" })).toMatchObject({
			status: 302,
			location: `/children/${first.id}/camps`,
		});
		expect((await catalogue(first)).registrations[0]).toMatchObject({ status: "cancelled", canCancel: false });
		expect((await catalogue(second)).registrations[0]).toMatchObject({ status: "accepted", position: null });
		expect((await catalogue(third)).registrations[0]).toMatchObject({ status: "waiting", position: 1 });
		expect(cardOf(await catalogue(fourth), camp.id).places).toEqual({ kind: "waiting" });
	});

	it("lets a guardian cancel until the deadline, not after, and only the page's own child's registrations", async () => {
		const child = await createReadyChild(tenant.group);
		const camp = await createTestOffer(tenant, { cancelUntil: "2027-06-20T12:00" });
		const { registrationId } = await registerTestChild(child, camp.id);
		const listed = (await catalogue(child)).registrations[0];
		expect(listed).toMatchObject({ canCancel: true, cancelDeadline: "2027-06-20T10:00:00.000Z" });

		const sibling = await createTestChild(tenant.group, { guardian: child.guardian });
		expect((await send(sibling, { intent: "cancel", registrationId })).status).toBe(404);

		pinClock("2027-06-20T10:00:00Z");
		expect((await catalogue(child)).registrations[0]).toMatchObject({ canCancel: false, status: "accepted" });
		expect(await send(child, { intent: "cancel", registrationId })).toMatchObject({
			status: 409,
			errors: ["offers.cancel.tooLate"],
		});
		pinClock("2027-06-20T09:59:00Z");
		expect((await send(child, { intent: "cancel", registrationId })).status).toBe(302);
		expect(await send(child, { intent: "cancel", registrationId })).toMatchObject({
			status: 409,
			errors: ["offers.cancel.notActive"],
		});
	});

	it("holds a place pending the staff's decision in staff-decision mode", async () => {
		const child = await createReadyChild(tenant.group);
		const camp = await createTestOffer(tenant, { confirmationMode: "staff" });
		expect((await send(child, { intent: "register", offerId: camp.id })).status).toBe(302);
		const data = await catalogue(child);
		expect(cardOf(data, camp.id)).toMatchObject({ staffDecision: true, action: { status: "pending" } });
		expect(data.registrations[0]).toMatchObject({ status: "pending", canCancel: true });
	});

	it("answers an unknown intent with 400", async () => {
		const child = await createReadyChild(tenant.group);
		expect((await send(child, { intent: "delete-everything" })).status).toBe(400);
	});
});
