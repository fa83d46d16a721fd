/**
 * An offer's life once registrations exist (issue 11 §1 and §2, decisions 017 and 018), on
 * SQLite and PostgreSQL: cancelling or changing an offer tells every family, calendars follow,
 * nobody is promoted into a cancelled offer or into the past, dates make sense, offers are
 * archived or deleted, and age limits mean what their labels say.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { archiveOffer } from "#app/domain/offers/archive-offer.server.ts";
import { calendarFeedTokenOf } from "#app/domain/offers/calendar-feed.server.ts";
import { cancelRegistration } from "#app/domain/offers/cancel-registration.server.ts";
import { copyOfferToNextWeek } from "#app/domain/offers/copy-offer.server.ts";
import { createPeriod } from "#app/domain/offers/create-period.server.ts";
import { decideRegistration } from "#app/domain/offers/decide-registration.server.ts";
import { deleteOffer } from "#app/domain/offers/delete-offer.server.ts";
import type { OfferInput, PeriodInput } from "#app/domain/offers/offer-input.ts";
import { listCatalogue, listOffersForStaff } from "#app/domain/offers/offers.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { renderMail } from "#app/infra/mail/render.server.ts";
import type { MailTemplateName } from "#app/infra/mail/templates.ts";
import * as feedPage from "#app/routes/calendar/feed.ts";
import * as registrationCalendar from "#app/routes/children/$childId/registrations/calendar.ts";
import * as registrationConfirmation from "#app/routes/children/$childId/registrations/confirmation.ts";
import * as offerPage from "#app/routes/staff/$groupId/offers/$offerId/index.server.ts";
import {
	createTestTenant,
	createTestUser,
	guardianActor,
	issueTestChildCode,
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
import { callRoute } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Child = Awaited<ReturnType<typeof createReadyChild>>;

let tenant: Tenant;

beforeAll(async () => {
	tenant = await createTestTenant();
});

afterEach(() => pinClock(undefined));

const admin = () => staffActor(tenant.admin);

/** The admin saves the offer's form with these changes. */
function saveAs(offerId: string, overrides: Partial<OfferInput>) {
	return saveOffer({ db: getDb(), actor: admin(), offerId, input: campInput(tenant, overrides) });
}

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

async function registrationRow(id: string) {
	return getDb()
		.selectFrom("registrations")
		.select(["status", "cancelled_by_user_id", "cancellation_reason", "revision"])
		.where("id", "=", id)
		.executeTakeFirstOrThrow();
}

async function offerRow(id: string) {
	return getDb()
		.selectFrom("offers")
		.select(["status", "places_taken", "waiting_count", "revision", "archived_at"])
		.where("id", "=", id)
		.executeTakeFirst();
}

/** Mails of a template to an address, rendered as the sender would, oldest first. */
async function mailsTo(email: string, template: MailTemplateName) {
	const rows = await getDb()
		.selectFrom("outbox_mails")
		.select(["template", "data", "language", "created_at", "id"])
		.where("to_address", "=", email)
		.where("template", "=", template)
		.orderBy("created_at")
		.orderBy("id")
		.execute();
	return rows.map((row) => {
		const data = (typeof row.data === "string" ? JSON.parse(row.data) : row.data) as Record<string, string>;
		return { language: row.language, data, ...renderMail(template, row.language, data as never) };
	});
}

async function documentOf(module: { loader: unknown }, child: Child, registrationId: string, file: string) {
	const { value, thrown } = await callRoute(module.loader as never, {
		url: `/children/${child.id}/registrations/${registrationId}/${file}`,
		params: { childId: child.id, registrationId },
		headers: { cookie: await sessionCookieFor(child.guardian) },
	});
	expect(thrown).toBe(false);
	return value as Response;
}

async function feedOf(child: Child): Promise<string> {
	const token = await calendarFeedTokenOf(getDb(), child.guardian.id);
	const { value } = await callRoute(feedPage.loader as never, {
		url: `/calendar/${token}.ics`,
		params: { feed: `${token}.ics` },
	});
	return (value as Response).text();
}

/** The lines of the VEVENT with this UID (folding undone). */
function eventLines(ics: string, uid: string): string[] {
	const events = ics.replace(/\r\n /g, "").split("BEGIN:VEVENT").slice(1);
	const event = events.find((text) => text.includes(`UID:${uid}\r\n`));
	return event ? event.split("\r\n") : [];
}

describe("cancelling an offer that has registrations", () => {
	it("cancels every active registration (who, why), mails every guardian in their language, and promotes nobody", async () => {
		pinClock(registrationsOpenAt);
		const offerId = (await createTestOffer(tenant, { capacity: "2", waitingListSize: "1" })).id;
		const alain = await createReadyChild(tenant.group, { firstName: "Alain" });
		const { code } = await issueTestChildCode(alain.id, tenant.admin);
		const secondGuardian = await createTestUser({ language: "nl" });
		await addChildByCode({
			db: getDb(),
			actor: { userId: secondGuardian.id, ipAddress: "192.0.2.7" },
			input: { groupCode: tenant.group.code, childCode: code },
		});
		const bea = await createReadyChild(tenant.group, { firstName: "Béa" });
		const chloe = await createReadyChild(tenant.group, { firstName: "Chloé" });
		const a = await registerTestChild(alain, offerId);
		const b = await registerTestChild(bea, offerId);
		const c = await registerTestChild(chloe, offerId);
		expect([a.status, b.status, c.status]).toEqual(["accepted", "accepted", "waiting"]);

		await saveAs(offerId, { capacity: "2", waitingListSize: "1", status: "cancelled" });

		for (const registration of [a, b, c]) {
			expect(await registrationRow(registration.registrationId)).toMatchObject({
				status: "cancelled",
				cancelled_by_user_id: tenant.admin.id,
				cancellation_reason: "offer_cancelled",
			});
		}
		expect(await offerRow(offerId)).toMatchObject({
			status: "cancelled",
			places_taken: 0,
			waiting_count: 0,
			revision: 1,
		});
		const audited = await getDb()
			.selectFrom("audit_events")
			.select(["target_id", "details"])
			.where("action", "=", "registration.cancelled")
			.where("target_id", "in", [a.registrationId, b.registrationId, c.registrationId])
			.execute();
		expect(audited).toHaveLength(3);
		expect(audited.every((event) => String(event.details).includes("offer_cancelled"))).toBe(true);

		// Every guardian, in their language; French elides before the child's name.
		const [french] = (await mailsTo(alain.guardian.email, "registration.updated")).slice(-1);
		expect(french?.data.statusLabel).toBe("annulée");
		expect(french?.text).toContain(
			"Le milieu d'accueil a annulé « Stage nature » : l'inscription d'Alain est donc annulée.",
		);
		expect(french?.text).toContain("Inscription d'Alain");
		const [dutch] = (await mailsTo(secondGuardian.email, "registration.updated")).slice(-1);
		expect(dutch?.language).toBe("nl");
		expect(dutch?.text).toContain("De opvang heeft „Stage nature” geannuleerd");
		// Chloé, who was waiting, is told of the cancellation and never of a place.
		const chloeMails = await mailsTo(chloe.guardian.email, "registration.updated");
		expect(chloeMails.map((mail) => mail.data.statusLabel)).toEqual(["liste d'attente (position 1)", "annulée"]);

		// The family can no longer cancel (and so promote anyone); staff cannot accept into it.
		expect(
			await errorOf(
				cancelRegistration({ db: getDb(), actor: guardianActor(alain.guardian), registrationId: a.registrationId }),
			),
		).toBe("CONFLICT:form=offers.cancel.notActive");
		await saveAs(offerId, { capacity: "2", waitingListSize: "1", status: "cancelled", title: "Stage nature (annulé)" });
		expect((await offerRow(offerId))?.revision).toBe(1);
	});

	it("turns the .ics, the feed and the PDF into a cancellation under the same UID", async () => {
		pinClock(registrationsOpenAt);
		const offerId = (await createTestOffer(tenant)).id;
		const child = await createReadyChild(tenant.group);
		const { registrationId } = await registerTestChild(child, offerId);
		const uid = `${registrationId}@ribambelle`;
		const before = eventLines(
			await (await documentOf(registrationCalendar, child, registrationId, "calendar.ics")).text(),
			uid,
		);
		expect(before).toContain("STATUS:CONFIRMED");
		expect(before).toContain("SEQUENCE:0");

		await saveAs(offerId, { status: "cancelled" });

		const single = eventLines(
			await (await documentOf(registrationCalendar, child, registrationId, "calendar.ics")).text(),
			uid,
		);
		expect(single).toContain("STATUS:CANCELLED");
		expect(single).toContain("SEQUENCE:2");
		const fromFeed = eventLines(await feedOf(child), uid);
		expect(fromFeed).toContain("STATUS:CANCELLED");
		const pdf = await documentOf(registrationConfirmation, child, registrationId, "confirmation.pdf");
		expect(pdf.status).toBe(200);
		expect(pdf.headers.get("Content-Type")).toBe("application/pdf");
	});
});

describe("changing an offer that has registrations", () => {
	it("shows staff how many families are concerned, mails them what changed (new and old), and raises SEQUENCE", async () => {
		pinClock(registrationsOpenAt);
		const offerId = (await createTestOffer(tenant, { capacity: "1", waitingListSize: "1" })).id;
		const first = await createReadyChild(tenant.group);
		const second = await createReadyChild(tenant.group);
		const { registrationId } = await registerTestChild(first, offerId);
		await registerTestChild(second, offerId);

		const { value } = await callRoute(offerPage.loader as never, {
			url: `/staff/${tenant.group.id}/offers/${offerId}`,
			params: { groupId: tenant.group.id, offerId },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		expect(value).toMatchObject({ concernedFamilies: 2, deletable: false, archived: false });

		// Nothing a family relies on: no mail, same revision.
		await saveAs(offerId, { capacity: "1", waitingListSize: "1", title: "Stage nature et forêt" });
		expect(await mailsTo(first.guardian.email, "registration.offer-changed")).toEqual([]);
		expect((await offerRow(offerId))?.revision).toBe(0);

		await saveAs(offerId, {
			capacity: "1",
			waitingListSize: "1",
			title: "Stage nature et forêt",
			houseId: tenant.secondHouse.id,
			firstDay: "2027-07-12",
			lastDay: "2027-07-16",
			startTime: "08:30",
			price: "90",
		});
		for (const child of [first, second]) {
			const [mail] = await mailsTo(child.guardian.email, "registration.offer-changed");
			expect(mail?.subject).toContain("Stage nature et forêt");
			expect((mail?.data.changes ?? "").split("\n")).toEqual([
				"Dates : 12/07/2027 → 16/07/2027 (au lieu de 05/07/2027 → 09/07/2027)",
				"Horaire : 08:30 – 16:00 (au lieu de 09:00 – 16:00)",
				"Lieu : Maison Deux (au lieu de Maison Une)",
				"Participation : 90,00\u00a0€ (au lieu de 85,00\u00a0€)",
			]);
		}
		expect((await offerRow(offerId))?.revision).toBe(1);
		const event = eventLines(
			await (await documentOf(registrationCalendar, first, registrationId, "calendar.ics")).text(),
			`${registrationId}@ribambelle`,
		);
		expect(event).toContain("SEQUENCE:1");
		expect(event).toContain("DTSTART;TZID=Europe/Brussels:20270712T083000");
		expect(event).toContain("STATUS:CONFIRMED");
	});
});

describe("no promotion into the past", () => {
	async function fullCampWithOneWaiting() {
		pinClock(registrationsOpenAt);
		const offerId = (await createTestOffer(tenant, { capacity: "1", waitingListSize: "1" })).id;
		const accepted = await createReadyChild(tenant.group);
		const waiting = await createReadyChild(tenant.group);
		const a = await registerTestChild(accepted, offerId);
		const w = await registerTestChild(waiting, offerId);
		expect([a.status, w.status]).toEqual(["accepted", "waiting"]);
		return { offerId, accepted: a.registrationId, waiting: w.registrationId, waitingChild: waiting };
	}

	it("a place freed after the camp (05–09/07, cancelled on 16/08) is not given away, nor can staff give it", async () => {
		const camp = await fullCampWithOneWaiting();
		pinClock("2027-08-16T10:00:00Z");
		await decideRegistration({
			db: getDb(),
			actor: admin(),
			input: { decision: "cancel", registrationId: camp.accepted },
		});
		expect((await registrationRow(camp.waiting)).status).toBe("waiting");
		expect(await offerRow(camp.offerId)).toMatchObject({ places_taken: 0, waiting_count: 1 });
		const mails = await mailsTo(camp.waitingChild.guardian.email, "registration.updated");
		expect(mails.map((mail) => mail.data.statusLabel)).toEqual(["liste d'attente (position 1)"]);
		expect(
			await errorOf(
				decideRegistration({
					db: getDb(),
					actor: admin(),
					input: { decision: "accept", registrationId: camp.waiting },
				}),
			),
		).toBe("CONFLICT:form=offers.decide.offerOver");
	});

	it("once the first day has begun a freed place stays free, and staff may still give it by hand until the last day", async () => {
		const camp = await fullCampWithOneWaiting();
		pinClock("2027-07-05T06:00:00Z");
		await decideRegistration({
			db: getDb(),
			actor: admin(),
			input: { decision: "cancel", registrationId: camp.accepted },
		});
		expect((await registrationRow(camp.waiting)).status).toBe("waiting");
		pinClock("2027-07-09T15:00:00Z");
		await decideRegistration({
			db: getDb(),
			actor: admin(),
			input: { decision: "accept", registrationId: camp.waiting },
		});
		expect((await registrationRow(camp.waiting)).status).toBe("accepted");
	});

	it("the eve of the first day still promotes the next child, as before", async () => {
		const camp = await fullCampWithOneWaiting();
		pinClock("2027-07-04T20:00:00Z");
		await decideRegistration({
			db: getDb(),
			actor: admin(),
			input: { decision: "cancel", registrationId: camp.accepted },
		});
		expect((await registrationRow(camp.waiting)).status).toBe("accepted");
	});
});

describe("dates that make sense", () => {
	const refused = (overrides: Partial<OfferInput>) =>
		errorOf(saveOffer({ db: getDb(), actor: admin(), input: campInput(tenant, overrides) }));

	it("refuses each nonsense on its field", async () => {
		expect(await refused({ cancelUntil: "2027-07-10T12:00" })).toBe(
			"VALIDATION:cancelUntil=offers.validation.cancelAfterStart",
		);
		expect(await refused({ closesAt: "2027-07-10T18:00" })).toBe(
			"VALIDATION:closesAt=offers.validation.closesAfterEnd",
		);
		expect(await refused({ lastDay: "2030-07-09" })).toBe("VALIDATION:lastDay=offers.validation.campTooLong");
		expect(await refused({ lastDay: "2027-07-12" })).toBe("VALIDATION:lastDay=offers.validation.campTooLong");
		expect(await refused({ firstDay: "9999-07-05", lastDay: "9999-07-09" })).toBe(
			"VALIDATION:firstDay=offers.validation.dateRange;lastDay=offers.validation.dateRange",
		);
		const elevenDays = Array.from({ length: 11 }, (_, index) => `2027-03-${String(index + 1).padStart(2, "0")}`);
		expect(
			await refused({
				kind: "activity",
				dates: elevenDays.join("\n"),
				firstDay: "2027-03-01",
				lastDay: "2027-03-11",
				closesAt: "2027-02-28T18:00",
			}),
		).toBe("VALIDATION:dates=offers.validation.activityTooManyDays");
		// A week is fine.
		expect(await refused({ lastDay: "2027-07-11", title: "Une semaine" })).toBe("no error");
	});

	it("refuses a period from 1900 to 2200, one longer than a year, the same period twice, and an offer outside its period", async () => {
		const period = (input: Partial<PeriodInput>) =>
			errorOf(
				createPeriod({
					db: getDb(),
					actor: admin(),
					input: { name: "Été 2027 – semaine 2", startsOn: "2027-07-12", endsOn: "2027-07-16", ...input },
				}),
			);
		expect(await period({ startsOn: "1900-01-01", endsOn: "2200-12-31" })).toBe(
			"VALIDATION:startsOn=offers.validation.dateRange;endsOn=offers.validation.dateRange",
		);
		expect(await period({ startsOn: "9999-07-12", endsOn: "9999-07-16" })).toBe(
			"VALIDATION:startsOn=offers.validation.dateRange;endsOn=offers.validation.dateRange",
		);
		expect(await period({ endsOn: "2028-08-01" })).toBe("VALIDATION:endsOn=offers.validation.periodTooLong");
		expect(await period({})).toBe("no error");
		expect(await period({ name: "ÉTÉ 2027 – SEMAINE 2", startsOn: "2027-07-19", endsOn: "2027-07-23" })).toBe(
			"VALIDATION:name=offers.validation.periodExists",
		);
		expect(await period({ name: "Deuxième semaine" })).toBe("VALIDATION:startsOn=offers.validation.periodSameDates");
		const periods = await getDb()
			.selectFrom("periods")
			.select("id")
			.where("group_id", "=", tenant.group.id)
			.where("name", "=", "Été 2027 – semaine 2")
			.execute();
		expect(periods).toHaveLength(1);
		expect(await refused({ periodId: periods[0]?.id })).toBe("VALIDATION:firstDay=offers.validation.outsidePeriod");
	});
});

describe("copy, archive and delete", () => {
	it("« Copier à la semaine suivante » makes a draft with its own values, which its page shows", async () => {
		pinClock(registrationsOpenAt);
		const original = (await createTestOffer(tenant)).id;
		const { offerId: copy } = await copyOfferToNextWeek({ db: getDb(), actor: admin(), offerId: original });
		const { value } = await callRoute(offerPage.loader as never, {
			url: `/staff/${tenant.group.id}/offers/${copy}`,
			params: { groupId: tenant.group.id, offerId: copy },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		expect(value).toMatchObject({
			offer: { id: copy, status: "draft" },
			deletable: true,
			defaultValue: { firstDay: "2027-07-12", lastDay: "2027-07-16", status: "draft", periodId: "" },
		});
		expect((await offerRow(original))?.status).toBe("open");
	});

	it("deletes a draft nobody registered for; archives anything else, hidden from parents and kept for staff", async () => {
		pinClock(registrationsOpenAt);
		const draft = (await createTestOffer(tenant, { status: "draft" })).id;
		await deleteOffer({ db: getDb(), actor: admin(), offerId: draft });
		expect(await offerRow(draft)).toBeUndefined();

		const camp = (await createTestOffer(tenant, { title: "Stage à archiver" })).id;
		const child = await createReadyChild(tenant.group);
		const { registrationId } = await registerTestChild(child, camp);
		expect(await errorOf(deleteOffer({ db: getDb(), actor: admin(), offerId: camp }))).toBe(
			"CONFLICT:form=offers.delete.notDeletable",
		);
		// A house manager of another house does not see it.
		const elsewhere = (await createTestOffer(tenant, { houseId: tenant.secondHouse.id })).id;
		expect(
			await errorOf(
				archiveOffer({ db: getDb(), actor: staffActor(tenant.manager), offerId: elsewhere, archived: true }),
			),
		).toBe("NOT_FOUND");

		await archiveOffer({ db: getDb(), actor: admin(), offerId: camp, archived: true });
		const catalogue = await listCatalogue(getDb(), {
			groupId: tenant.group.id,
			kind: "camp",
			today: "2027-02-01",
			language: "fr",
		});
		expect(catalogue.map((offer) => offer.id)).not.toContain(camp);
		const current = await listOffersForStaff(getDb(), tenant.admin.access);
		expect(current.map((offer) => offer.id)).not.toContain(camp);
		const archived = await listOffersForStaff(getDb(), tenant.admin.access, { archived: true });
		expect(archived.map((offer) => offer.id)).toEqual([camp]);
		expect((await registrationRow(registrationId)).status).toBe("accepted");
		const late = await createReadyChild(tenant.group);
		expect(await errorOf(registerTestChild(late, camp))).toBe("NOT_FOUND");
		expect(await errorOf(saveAs(camp, { title: "Changé" }))).toBe("CONFLICT:form=offers.archived");

		await archiveOffer({ db: getDb(), actor: admin(), offerId: camp, archived: false });
		expect((await listOffersForStaff(getDb(), tenant.admin.access)).map((offer) => offer.id)).toContain(camp);
		const actions = await getDb()
			.selectFrom("audit_events")
			.select("action")
			.where("target_id", "in", [draft, camp])
			.where("action", "in", ["offer.deleted", "offer.archived", "offer.restored"])
			.orderBy("occurred_at")
			.execute();
		expect(actions.map((event) => event.action)).toEqual(["offer.deleted", "offer.archived", "offer.restored"]);
	});
});

describe("age limits say what they do (the child was born on 22/08/2020)", () => {
	async function outcome(overrides: Partial<OfferInput>) {
		pinClock(registrationsOpenAt);
		const offerId = (await createTestOffer(tenant, { minAgeYears: undefined, maxAgeYears: undefined, ...overrides }))
			.id;
		const child = await createReadyChild(tenant.group);
		try {
			return (await registerTestChild(child, offerId)).status;
		} catch (error) {
			return error instanceof AppError ? Object.values(error.fieldErrors).flat().join(",") : String(error);
		}
	}
	const week = (firstDay: string, lastDay: string) => ({ firstDay, lastDay });

	it("« Âge maximum : 6 ans » takes the child until the eve of the 7th birthday", async () => {
		expect(await outcome({ maxAgeYears: "6", ...week("2027-08-21", "2027-08-25") })).toBe("accepted");
		expect(await outcome({ maxAgeYears: "6", ...week("2027-08-22", "2027-08-26") })).toBe("offers.register.age");
	});

	it("« 6 ans et 0 mois » is 6 years and 0 months: the child of 6 years and 11 months is refused", async () => {
		expect(await outcome({ maxAgeYears: "6", maxAgeMonths: "0", ...week("2027-08-21", "2027-08-25") })).toBe(
			"offers.register.age",
		);
		expect(await outcome({ maxAgeYears: "6", maxAgeMonths: "11", ...week("2027-08-21", "2027-08-25") })).toBe(
			"accepted",
		);
	});

	it("« Âge minimum : 7 ans » takes the child whose birthday is the first day, not one day short", async () => {
		expect(await outcome({ minAgeYears: "7", ...week("2027-08-22", "2027-08-26") })).toBe("accepted");
		expect(await outcome({ minAgeYears: "7", ...week("2027-08-21", "2027-08-25") })).toBe("offers.register.age");
	});

	it("the staff form shows the limit as it was given", async () => {
		pinClock(registrationsOpenAt);
		const cookie = await sessionCookieFor(tenant.admin);
		const formOf = async (overrides: Partial<OfferInput>) => {
			const offerId = (await createTestOffer(tenant, overrides)).id;
			const { value } = await callRoute(offerPage.loader as never, {
				url: `/staff/${tenant.group.id}/offers/${offerId}`,
				params: { groupId: tenant.group.id, offerId },
				headers: { cookie },
			});
			return (value as { defaultValue: Record<string, string> }).defaultValue;
		};
		const yearsOnly = await formOf({ maxAgeYears: "6" });
		expect([yearsOnly.maxAgeYears, yearsOnly.maxAgeMonths]).toEqual(["6", undefined]);
		const withMonths = await formOf({ maxAgeYears: "6", maxAgeMonths: "0" });
		expect([withMonths.maxAgeYears, withMonths.maxAgeMonths]).toEqual(["6", "0"]);
	});
});
