/**
 * Staff content in the family's language, and archived houses and periods (issue 11 §7 and
 * §1, decision 024), on SQLite and PostgreSQL: a Dutch-speaking parent reads the Dutch title,
 * French where staff gave no translation; a German guardian's mail carries the German title;
 * a house or a period with nothing attached is deleted, else archived and restored, by group
 * admins only, and archived ones take no new offer or enrolment.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { archiveHouse, deleteHouse } from "#app/domain/groups/archive-house.server.ts";
import { archivePeriod, deletePeriod } from "#app/domain/offers/archive-period.server.ts";
import { calendarFeedTokenOf } from "#app/domain/offers/calendar-feed.server.ts";
import { createPeriod } from "#app/domain/offers/create-period.server.ts";
import { listCatalogue } from "#app/domain/offers/offers.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { nl } from "#app/locales/nl.ts";
import * as feedPage from "#app/routes/calendar/feed.ts";
import * as activitiesPage from "#app/routes/children/$childId/activities.server.ts";
import * as campsPage from "#app/routes/children/$childId/camps.server.ts";
import * as confirmationPdf from "#app/routes/children/$childId/registrations/confirmation.ts";
import * as housePage from "#app/routes/staff/$groupId/houses/$houseId.server.ts";
import * as offersPage from "#app/routes/staff/$groupId/offers/index.server.ts";
import {
	createTestHouse,
	createTestTenant,
	createTestUser,
	enrolTestChild,
	sessionCookieFor,
	staffActor,
} from "#tests/factories.ts";
import {
	campInput,
	createReadyChild,
	createTestActivity,
	createTestOffer,
	registerTestChild,
	registrationsOpenAt,
	windowAroundNow,
} from "#tests/offer-factories.ts";
import { pdfText } from "#tests/support/pdf-text.ts";
import { callRoute } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;

beforeAll(async () => {
	tenant = await createTestTenant();
});

afterEach(() => pinClock(undefined));

const admin = () => staffActor(tenant.admin);

async function errorOf(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof AppError) {
			const fields = Object.entries(error.fieldErrors).map(([field, keys]) => `${field}=${keys?.join(",")}`);
			return `${error.code}${fields.length ? `:${fields.join(";")}` : ""}`;
		}
		throw error;
	}
	return "no error";
}

let periodCount = 0;
/** A period of the tenant's group in July 2027, with a unique name. */
async function newPeriod(translations: { nameNl?: string; nameDe?: string } = {}) {
	periodCount += 1;
	const { periodId } = await createPeriod({
		db: getDb(),
		actor: admin(),
		input: {
			name: `Été 2027 (${periodCount})`,
			startsOn: "2027-07-01",
			endsOn: `2027-08-${10 + periodCount}`,
			...translations,
		},
	});
	return periodId;
}

describe("staff content in the family's language", () => {
	it("shows a Dutch parent the Dutch title, description and period, French where none was given", async () => {
		const periodId = await newPeriod({ nameNl: "Zomer 2027" });
		const translated = await createTestOffer(tenant, {
			title: "Stage cirque",
			description: "Jonglerie et acrobaties.",
			titleNl: "Circuskamp",
			descriptionNl: "Jongleren en acrobatie.",
			titleDe: "  ",
			periodId,
		});
		const untranslated = await createTestOffer(tenant, { title: "Stage poterie", periodId });

		const row = await getDb()
			.selectFrom("offers")
			.select(["title_nl", "title_de", "title_en"])
			.where("id", "=", translated.id)
			.executeTakeFirstOrThrow();
		// A blank translation is stored as none: French is the fallback.
		expect(row).toEqual({ title_nl: "Circuskamp", title_de: null, title_en: null });

		const inDutch = await listCatalogue(getDb(), {
			groupId: tenant.group.id,
			kind: "camp",
			today: "2027-02-01",
			language: "nl",
		});
		expect(inDutch.find((offer) => offer.id === translated.id)).toMatchObject({
			title: "Circuskamp",
			description: "Jongleren en acrobatie.",
			period_name: "Zomer 2027",
		});
		expect(inDutch.find((offer) => offer.id === untranslated.id)).toMatchObject({
			title: "Stage poterie",
			period_name: "Zomer 2027",
		});
		const inGerman = await listCatalogue(getDb(), {
			groupId: tenant.group.id,
			kind: "camp",
			today: "2027-02-01",
			language: "de",
		});
		expect(inGerman.find((offer) => offer.id === translated.id)).toMatchObject({
			title: "Stage cirque",
			description: "Jonglerie et acrobaties.",
		});

		// The page itself, asked in Dutch by a signed-in guardian.
		const child = await createReadyChild(tenant.group, { firstName: "Noor" });
		const { value } = await callRoute(campsPage.loader as never, {
			url: `/children/${child.id}/camps`,
			params: { childId: child.id },
			headers: { cookie: await sessionCookieFor(child.guardian), "accept-language": "nl-BE,nl;q=0.9" },
		});
		const page = value as { offers: { id: string; title: string }[]; periods: { id: string; name: string }[] };
		expect(page.offers.find((offer) => offer.id === translated.id)?.title).toBe("Circuskamp");
		expect(page.offers.find((offer) => offer.id === untranslated.id)?.title).toBe("Stage poterie");
		expect(page.periods.find((period) => period.id === periodId)?.name).toBe("Zomer 2027");
	});

	it("mails a German guardian the German title, and puts the Dutch title in a Dutch family's calendar", async () => {
		pinClock(registrationsOpenAt);
		const offer = await createTestOffer(tenant, {
			title: "Stage théâtre",
			titleDe: "Theaterlager",
			titleNl: "Theaterkamp",
		});
		const german = await createTestUser({ language: "de" });
		const lena = await createReadyChild(tenant.group, { firstName: "Lena", guardian: german });
		await registerTestChild(lena, offer.id);
		const mails = await getDb()
			.selectFrom("outbox_mails")
			.select(["language", "data"])
			.where("to_address", "=", german.email)
			.where("template", "=", "registration.updated")
			.execute();
		expect(mails).toHaveLength(1);
		const data = (typeof mails[0]?.data === "string" ? JSON.parse(mails[0].data) : mails[0]?.data) as {
			offerTitle: string;
		};
		expect(mails[0]?.language).toBe("de");
		expect(data.offerTitle).toBe("Theaterlager");

		const dutch = await createTestUser({ language: "nl" });
		const daan = await createReadyChild(tenant.group, { firstName: "Daan", guardian: dutch });
		await registerTestChild(daan, offer.id);
		const token = await calendarFeedTokenOf(getDb(), dutch.id);
		const { value } = await callRoute(feedPage.loader as never, {
			url: `/calendar/${token}.ics`,
			params: { feed: `${token}.ics` },
		});
		const ics = (await (value as Response).text()).replace(/\r\n /g, "");
		expect(ics).toContain("Theaterkamp");
		expect(ics).not.toContain("Stage théâtre");

		// The confirmation PDF the Dutch parent downloads: Dutch title, Dutch labels.
		const { registrationId } = await registerTestChild(
			await createReadyChild(tenant.group, { firstName: "Noor", guardian: dutch }),
			offer.id,
		);
		const noorId = (
			await getDb()
				.selectFrom("registrations")
				.select("child_id")
				.where("id", "=", registrationId)
				.executeTakeFirstOrThrow()
		).child_id;
		const pdf = await callRoute(confirmationPdf.loader as never, {
			url: `/children/${noorId}/registrations/${registrationId}/confirmation.pdf`,
			params: { childId: noorId, registrationId },
			// The parent reads the portal in Dutch.
			headers: { cookie: await sessionCookieFor(dutch), "accept-language": "nl-BE" },
		});
		const text = pdfText(new Uint8Array(await (pdf.value as Response).arrayBuffer()));
		expect(text).toContain("Theaterkamp");
		expect(text).not.toContain("Stage théâtre");
		expect(text).toContain(nl.camps.confirmation.title);
	});
});

describe("archiving and deleting periods", () => {
	it("lets only group admins delete an unused period, and archive and restore one in use, with an audit row", async () => {
		const unused = await newPeriod();
		expect(await errorOf(deletePeriod({ db: getDb(), actor: staffActor(tenant.manager), periodId: unused }))).toBe(
			"FORBIDDEN",
		);
		await deletePeriod({ db: getDb(), actor: admin(), periodId: unused });
		expect(
			await getDb().selectFrom("periods").select("id").where("id", "=", unused).executeTakeFirst(),
		).toBeUndefined();

		const used = await newPeriod();
		const offer = await createTestOffer(tenant, { periodId: used });
		expect(await errorOf(deletePeriod({ db: getDb(), actor: admin(), periodId: used }))).toBe(
			"CONFLICT:form=offerAdmin.periods.inUse",
		);
		expect(
			await errorOf(archivePeriod({ db: getDb(), actor: staffActor(tenant.manager), periodId: used, archived: true })),
		).toBe("FORBIDDEN");
		await archivePeriod({ db: getDb(), actor: admin(), periodId: used, archived: true });

		// A new offer cannot take the archived period; the offer already in it keeps it.
		expect(
			await errorOf(saveOffer({ db: getDb(), actor: admin(), input: campInput(tenant, { periodId: used }) })),
		).toBe("VALIDATION:periodId=offers.validation.period");
		await saveOffer({
			db: getDb(),
			actor: admin(),
			offerId: offer.id,
			input: campInput(tenant, { periodId: used, capacity: "6" }),
		});
		await archivePeriod({ db: getDb(), actor: admin(), periodId: used, archived: false });
		await saveOffer({ db: getDb(), actor: admin(), input: campInput(tenant, { periodId: used }) });

		const audit = await getDb()
			.selectFrom("audit_events")
			.select("action")
			.where("target_id", "in", [unused, used])
			.execute();
		expect(audit.map((row) => row.action)).toEqual(
			expect.arrayContaining(["period.deleted", "period.archived", "period.restored"]),
		);
	});

	it("refuses a reader's request to the period buttons of the page", async () => {
		const periodId = await newPeriod();
		const { thrown, value } = await callRoute(offersPage.action as never, {
			url: `/staff/${tenant.group.id}/offers`,
			params: { groupId: tenant.group.id },
			form: { intent: "delete-period", periodId },
			headers: { cookie: await sessionCookieFor(tenant.reader) },
		});
		expect(thrown).toBe(true);
		expect((value as { init?: { status?: number } }).init?.status).toBe(403);
		const manager = await callRoute(offersPage.action as never, {
			url: `/staff/${tenant.group.id}/offers`,
			params: { groupId: tenant.group.id },
			form: { intent: "delete-period", periodId },
			headers: { cookie: await sessionCookieFor(tenant.manager) },
		});
		expect(manager.thrown).toBe(true);
		expect((manager.value as { init?: { status?: number } }).init?.status).toBe(403);
		expect(
			await getDb().selectFrom("periods").select("id").where("id", "=", periodId).executeTakeFirst(),
		).toBeDefined();
	});
});

describe("archiving and deleting houses", () => {
	it("deletes a house with nothing attached, and archives one in use: no new offer or enrolment, its data kept", async () => {
		const empty = await createTestHouse(tenant.group.id, { name: "Maison vide" });
		expect(await errorOf(deleteHouse({ db: getDb(), actor: staffActor(tenant.manager), houseId: empty.id }))).toBe(
			"FORBIDDEN",
		);
		await deleteHouse({ db: getDb(), actor: admin(), houseId: empty.id });
		expect(
			await getDb().selectFrom("houses").select("id").where("id", "=", empty.id).executeTakeFirst(),
		).toBeUndefined();

		const house = await createTestHouse(tenant.group.id, { name: "Maison archivée" });
		const offer = await createTestOffer(tenant, { houseId: house.id });
		expect(await errorOf(deleteHouse({ db: getDb(), actor: admin(), houseId: house.id }))).toBe(
			"CONFLICT:form=houses.archive.inUse",
		);
		expect(
			await errorOf(
				archiveHouse({ db: getDb(), actor: staffActor(tenant.manager), houseId: house.id, archived: true }),
			),
		).toBe("FORBIDDEN");
		await archiveHouse({ db: getDb(), actor: admin(), houseId: house.id, archived: true });

		expect(
			await errorOf(saveOffer({ db: getDb(), actor: admin(), input: campInput(tenant, { houseId: house.id }) })),
		).toBe("VALIDATION:houseId=offers.validation.house");
		await saveOffer({
			db: getDb(),
			actor: admin(),
			offerId: offer.id,
			input: campInput(tenant, { houseId: house.id, capacity: "7" }),
		});
		const child = await createReadyChild(tenant.group);
		expect(await errorOf(enrolTestChild(child.id, house.id, tenant.admin))).toBe(
			"VALIDATION:houseId=families.enrolments.chooseHouse",
		);
		// Its page stays readable.
		const { thrown } = await callRoute(housePage.loader as never, {
			url: `/staff/${tenant.group.id}/houses/${house.id}`,
			params: { groupId: tenant.group.id, houseId: house.id },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		expect(thrown).toBe(false);

		await archiveHouse({ db: getDb(), actor: admin(), houseId: house.id, archived: false });
		await enrolTestChild(child.id, house.id, tenant.admin);
		const audit = await getDb()
			.selectFrom("audit_events")
			.select("action")
			.where("target_id", "in", [empty.id, house.id])
			.execute();
		expect(audit.map((row) => row.action)).toEqual(
			expect.arrayContaining(["house.deleted", "house.archived", "house.restored"]),
		);
	});

	it("no longer offers an archived house in a parent's « Activités », unless it still has activities on offer", async () => {
		const archivedEmpty = await createTestHouse(tenant.group.id, { name: "Maison fermée" });
		const archivedBusy = await createTestHouse(tenant.group.id, { name: "Maison en fin d'activité" });
		const days = [windowAroundNow().firstDay];
		await createTestActivity(tenant, days, { houseId: archivedBusy.id });
		await archiveHouse({ db: getDb(), actor: admin(), houseId: archivedEmpty.id, archived: true });
		await archiveHouse({ db: getDb(), actor: admin(), houseId: archivedBusy.id, archived: true });

		const child = await createReadyChild(tenant.group);
		const { value, thrown } = await callRoute(activitiesPage.loader as never, {
			url: `/children/${child.id}/activities`,
			params: { childId: child.id },
			headers: { cookie: await sessionCookieFor(child.guardian) },
		});
		expect(thrown).toBe(false);
		const names = (value as { houses: { name: string }[] }).houses.map((house) => house.name);
		expect(names).toContain(tenant.firstHouse.name);
		expect(names).toContain("Maison en fin d'activité");
		expect(names).not.toContain("Maison fermée");
	});

	it("refuses a house manager's archive request on the house page", async () => {
		const { thrown, value } = await callRoute(housePage.action as never, {
			url: `/staff/${tenant.group.id}/houses/${tenant.firstHouse.id}`,
			params: { groupId: tenant.group.id, houseId: tenant.firstHouse.id },
			form: { intent: "archive-house" },
			headers: { cookie: await sessionCookieFor(tenant.manager) },
		});
		expect(thrown).toBe(true);
		expect((value as { init?: { status?: number } }).init?.status).toBe(403);
		const house = await getDb()
			.selectFrom("houses")
			.select("archived_at")
			.where("id", "=", tenant.firstHouse.id)
			.executeTakeFirstOrThrow();
		expect(house.archived_at).toBeNull();
	});
});
