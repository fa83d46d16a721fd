/**
 * The staff side of camps and activities: creating and changing offers (and who may), periods,
 * « Copier à la semaine suivante », the registration exports (CSV, XLSX) and the audited
 * attendance list, through the use cases and the routes that call them.
 */
import ExcelJS from "exceljs";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { addAllergy } from "#app/domain/families/add-allergy.server.ts";
import { addMedication } from "#app/domain/families/add-medication.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { copyOfferToNextWeek } from "#app/domain/offers/copy-offer.server.ts";
import { createPeriod } from "#app/domain/offers/create-period.server.ts";
import { listPeriods } from "#app/domain/offers/offers.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as attendancePage from "#app/routes/staff/$groupId/offers/$offerId/attendance.server.ts";
import * as registrationsExport from "#app/routes/staff/$groupId/offers/$offerId/registrations/export.ts";
import * as registrationsPage from "#app/routes/staff/$groupId/offers/$offerId/registrations/index.server.ts";
import * as newOfferPage from "#app/routes/staff/$groupId/offers/new.server.ts";
import { createTestTenant, guardianActor, sessionCookieFor, staffActor } from "#tests/factories.ts";
import {
	campInput,
	createReadyChild,
	createTestOffer,
	registerTestChild,
	registrationsOpenAt,
} from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

afterEach(() => pinClock(undefined));

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;

function failureOf(error: unknown): string {
	return error instanceof AppError
		? `${error.code}:${Object.entries(error.fieldErrors)
				.map(([field, keys]) => `${field}=${keys.join(",")}`)
				.join(";")}`
		: String(error);
}

async function offerRow(offerId: string) {
	return getDb().selectFrom("offers").selectAll().where("id", "=", offerId).executeTakeFirstOrThrow();
}

async function auditActions(targetId: string) {
	const rows = await getDb()
		.selectFrom("audit_events")
		.select(["action", "details"])
		.where("target_id", "=", targetId)
		.orderBy("occurred_at")
		.execute();
	return rows.map((row) => ({ action: row.action, details: JSON.parse(row.details) }));
}

/** A camp with `accepted` children holding its places and `waiting` more on its list. */
async function campWithRegistrations(tenant: Tenant, names: { accepted: string[]; waiting: string[] }) {
	const offer = await createTestOffer(tenant, {
		capacity: String(names.accepted.length),
		waitingListSize: String(names.waiting.length),
	});
	pinClock(registrationsOpenAt);
	const children = [];
	for (const lastName of [...names.accepted, ...names.waiting]) {
		const child = await createReadyChild(tenant.group, { lastName });
		children.push({ ...child, lastName, ...(await registerTestChild(child, offer.id, lastName.startsWith("G"))) });
	}
	pinClock(undefined);
	return { offer, children };
}

describe("saveOffer", () => {
	let tenant: Tenant;
	beforeAll(async () => {
		tenant = await createTestTenant();
	});

	it("stores prices in cents, ages in months and Brussels times as UTC instants", async () => {
		const { id } = await createTestOffer(tenant, {
			price: "85,50",
			carePrice: "5",
			minAgeYears: "3",
			minAgeMonths: "6",
			maxAgeYears: "12",
			residentPostalCodes: "4830, 4800 4830",
			cancelUntil: "2027-07-01T12:00",
		});
		const row = await offerRow(id);
		expect(row).toMatchObject({
			price_cents: 8550,
			care_price_cents: 500,
			min_age_months: 42,
			max_age_months: 144,
			// Brussels is UTC+1 in winter, UTC+2 in summer.
			opens_at: "2027-01-01T08:00:00.000Z",
			closes_at: "2027-06-30T16:00:00.000Z",
			cancel_until: "2027-07-01T10:00:00.000Z",
			resident_postal_codes: '["4830","4800"]',
			places_taken: 0,
		});
		expect((await auditActions(id)).map((event) => event.action)).toEqual(["offer.created"]);
	});

	it("changes an offer, but never below the places already taken", async () => {
		const { offer } = await campWithRegistrations(tenant, { accepted: ["Adam", "Bodart"], waiting: [] });
		const actor = staffActor(tenant.admin);
		await saveOffer({ db: getDb(), actor, offerId: offer.id, input: campInput(tenant, { title: "Stage forêt" }) });
		expect((await offerRow(offer.id)).title).toBe("Stage forêt");
		const shrink = saveOffer({ db: getDb(), actor, offerId: offer.id, input: campInput(tenant, { capacity: "1" }) });
		expect(failureOf(await shrink.catch((error) => error))).toBe("VALIDATION:capacity=offers.validation.belowTaken");
	});

	it("lets house managers work only in their houses, and readers nowhere", async () => {
		const manager = staffActor(tenant.manager);
		const own = await saveOffer({ db: getDb(), actor: manager, input: campInput(tenant) });
		expect((await offerRow(own.offerId)).house_id).toBe(tenant.firstHouse.id);
		const elsewhere = campInput(tenant, { houseId: tenant.secondHouse.id });
		for (const actor of [manager, staffActor(tenant.reader)]) {
			const attempt = saveOffer({ db: getDb(), actor, input: elsewhere });
			expect(failureOf(await attempt.catch((error) => error))).toBe("VALIDATION:houseId=offers.validation.house");
		}
		const { id } = await createTestOffer(tenant, { houseId: tenant.secondHouse.id });
		// Even when moving it into their own house.
		const change = saveOffer({ db: getDb(), actor: manager, offerId: id, input: campInput(tenant) });
		expect(failureOf(await change.catch((error) => error))).toBe("NOT_FOUND:");
	});
});

describe("the offer form", () => {
	let tenant: Tenant;
	let cookie: string;
	beforeAll(async () => {
		tenant = await createTestTenant();
		cookie = await sessionCookieFor(tenant.admin);
	});

	const post = (form: Record<string, string>) =>
		callRoute(newOfferPage.action as never, {
			url: `/staff/${tenant.group.id}/offers/new`,
			params: { groupId: tenant.group.id },
			headers: { cookie },
			form: { intent: "save", ...form },
		});

	it("creates an activity from its list of days, first and last day derived", async () => {
		const { firstDay: _first, lastDay: _last, ...camp } = campInput(tenant);
		const { value } = await post({
			...(camp as Record<string, string>),
			kind: "activity",
			title: "Journée pédagogique",
			dates: "2027-03-10\n2027-03-03",
			closesAt: "2027-03-01T18:00",
		});
		expect(statusOf(value)).toBe(302);
		const offerId = (value as Response).headers.get("Location")?.split("/").at(-1) ?? "";
		expect(await offerRow(offerId)).toMatchObject({
			kind: "activity",
			first_day: "2027-03-03",
			last_day: "2027-03-10",
			dates: '["2027-03-03","2027-03-10"]',
		});
	});

	it("answers every field's message at once, keeping what was typed", async () => {
		const { value } = await post({ kind: "camp", title: "Stage", price: "beaucoup", capacity: "0" });
		expect(statusOf(value)).toBe(400);
		const result = (value as { data: { result: { error: Record<string, string[]>; initialValue: object } } }).data
			.result;
		expect(result.error).toMatchObject({
			houseId: ["validation.required"],
			firstDay: ["validation.required"],
			price: ["offers.validation.price"],
			capacity: ["offers.validation.capacity"],
			opensAt: ["validation.required"],
		});
		expect(result.initialValue).toMatchObject({ title: "Stage", price: "beaucoup" });
	});
});

describe("createPeriod", () => {
	it("adds a period of the group, audited; readers may not; the end comes after the start", async () => {
		const tenant = await createTestTenant();
		const input = { name: "Été 2027 – semaine 1", startsOn: "2027-07-05", endsOn: "2027-07-09" };
		const { periodId } = await createPeriod({ db: getDb(), actor: staffActor(tenant.manager), input });
		expect(await listPeriods(getDb(), tenant.group.id)).toEqual([
			{
				id: periodId,
				name: input.name,
				name_nl: null,
				name_de: null,
				name_en: null,
				starts_on: "2027-07-05",
				ends_on: "2027-07-09",
				archived_at: null,
			},
		]);
		expect((await auditActions(periodId)).map((event) => event.action)).toEqual(["period.created"]);
		const byReader = createPeriod({ db: getDb(), actor: staffActor(tenant.reader), input });
		expect(failureOf(await byReader.catch((error) => error))).toBe("FORBIDDEN:");
		const backwards = createPeriod({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { ...input, endsOn: "2027-07-01" },
		});
		expect(failureOf(await backwards.catch((error) => error))).toBe(
			"VALIDATION:endsOn=offers.validation.endBeforeStart",
		);
	});
});

describe("copyOfferToNextWeek", () => {
	it("makes a draft one week later, without period nor registrations", async () => {
		const tenant = await createTestTenant();
		const { periodId } = await createPeriod({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { name: "Été 2027", startsOn: "2027-07-01", endsOn: "2027-08-31" },
		});
		const { offer } = await campWithRegistrations(tenant, { accepted: ["Adam"], waiting: [] });
		await saveOffer({
			db: getDb(),
			actor: staffActor(tenant.admin),
			offerId: offer.id,
			input: campInput(tenant, { periodId, cancelUntil: "2027-07-01T12:00" }),
		});
		const { offerId } = await copyOfferToNextWeek({ db: getDb(), actor: staffActor(tenant.admin), offerId: offer.id });
		expect(await offerRow(offerId)).toMatchObject({
			title: "Stage nature",
			house_id: tenant.firstHouse.id,
			period_id: null,
			first_day: "2027-07-12",
			last_day: "2027-07-16",
			opens_at: "2027-01-08T08:00:00.000Z",
			closes_at: "2027-07-07T16:00:00.000Z",
			cancel_until: "2027-07-08T10:00:00.000Z",
			status: "draft",
			places_taken: 0,
			waiting_count: 0,
		});
		expect(await auditActions(offerId)).toEqual([{ action: "offer.copied", details: { from: offer.id } }]);
		const { id: secondHouseOffer } = await createTestOffer(tenant, { houseId: tenant.secondHouse.id });
		const byManager = copyOfferToNextWeek({
			db: getDb(),
			actor: staffActor(tenant.manager),
			offerId: secondHouseOffer,
		});
		expect(failureOf(await byManager.catch((error) => error))).toBe("NOT_FOUND:");
	});
});

describe("registrations of an offer", () => {
	let tenant: Tenant;
	let cookie: string;
	let offerId: string;
	let children: Awaited<ReturnType<typeof campWithRegistrations>>["children"];
	beforeAll(async () => {
		tenant = await createTestTenant();
		cookie = await sessionCookieFor(tenant.reader);
		({
			offer: { id: offerId },
			children,
		} = await campWithRegistrations(tenant, { accepted: ["Gillet"], waiting: ["Martin"] }));
	});

	const get = (module: { loader: unknown }, path: string) =>
		callRoute(module.loader as never, {
			url: `/staff/${tenant.group.id}/offers/${offerId}${path}`,
			params: { groupId: tenant.group.id, offerId },
			headers: { cookie },
		});

	it("exports them as CSV for spreadsheets, with waiting positions, and audits it", async () => {
		const { value } = await get(registrationsExport, "/registrations/export.csv");
		const response = value as Response;
		expect(response.headers.get("Content-Type")).toBe("text/csv; charset=utf-8");
		const lines = (await response.text())
			.replace(/^\uFEFF/, "")
			.trim()
			.split("\r\n");
		expect(lines[0]).toContain('"État";"Position en liste d\'attente";"N° de dossier";"Nom";"Prénom"');
		expect(lines).toHaveLength(3);
		expect(lines[1]).toMatch(/^"acceptée";"";"\d+";"Gillet";"Zoé";"22\/08\/2020";"6 ans 10 mois";"Oui"/);
		expect(lines[2]).toMatch(/^"liste d'attente";"1";"\d+";"Martin";"Zoé"/);
		const events = await auditActions(offerId);
		expect(events.at(-1)).toEqual({
			action: "offer.registrations.exported",
			details: { format: "csv", status: null, rows: 2 },
		});
	});

	it("exports them as an XLSX workbook that opens, one state at a time if asked", async () => {
		const { value } = await get(registrationsExport, "/registrations/export.xlsx?status=waiting");
		const response = value as Response;
		expect(response.headers.get("Content-Disposition")).toMatch(/attachment; filename=".+\.xlsx"/);
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await response.arrayBuffer());
		const sheet = workbook.worksheets[0];
		expect(sheet?.name).toBe("Stage nature");
		expect(sheet?.rowCount).toBe(2);
		expect(sheet?.getRow(1).getCell(4).value).toBe("Nom");
		expect(sheet?.getRow(2).getCell(4).value).toBe("Martin");
		expect(sheet?.getRow(2).getCell(2).value).toBe(1);
		expect((await auditActions(offerId)).at(-1)?.details).toEqual({ format: "xlsx", status: "waiting", rows: 1 });
	});

	it("prints the attendance list with medical alerts and who may not pick up, and audits each view", async () => {
		const [accepted] = children;
		if (!accepted) throw new Error("no child");
		const actor = guardianActor(accepted.guardian);
		await addAllergy({
			db: getDb(),
			actor,
			childId: accepted.id,
			input: { allergen: "Arachides", reactions: "Œdème", whatToDo: "Adrénaline (Epipen)" },
		});
		await addMedication({
			db: getDb(),
			actor,
			childId: accepted.id,
			input: { name: "Ventolin", dose: "2 bouffées", times: "avant le sport" },
		});
		await saveContact({
			db: getDb(),
			actor,
			childId: accepted.id,
			input: { name: "Jean Personne", relation: "oncle", phone: "0470 12 34 56", role: "not_allowed" },
		});
		const { value } = await get(attendancePage, "/attendance");
		const { attendees, days } = value as Awaited<ReturnType<typeof attendancePage.loader>>;
		expect(days).toEqual(["2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09"]);
		expect(attendees).toHaveLength(1);
		expect(attendees[0]).toMatchObject({
			name: "GILLET Zoé",
			birthDate: "2020-08-22",
			withCare: true,
			allergies: [{ allergen: "Arachides", reactions: "Œdème", whatToDo: "Adrénaline (Epipen)" }],
			medications: [{ name: "Ventolin", dose: "2 bouffées", times: "avant le sport", selfAdministered: false }],
			notAllowed: [{ name: "Jean Personne", relation: "oncle", phone: "0470 12 34 56" }],
		});
		expect((await auditActions(offerId)).at(-1)).toEqual({
			action: "offer.attendance.viewed",
			details: { children: 1 },
		});
	});

	it("carries emergency contacts, allergies, medications and prices, with real dates in XLSX", async () => {
		const [accepted, waiting] = children;
		if (!accepted || !waiting) throw new Error("no children");
		const emergency = {
			name: "Mamie Jeanne",
			relation: "grand-mère",
			phone: "0485 22 33 44",
			role: "emergency",
		} as const;
		for (const child of [accepted, waiting]) {
			await saveContact({ db: getDb(), actor: guardianActor(child.guardian), childId: child.id, input: emergency });
		}
		const actor = guardianActor(waiting.guardian);
		await addAllergy({
			db: getDb(),
			actor,
			childId: waiting.id,
			input: { allergen: "Kiwi", reactions: "Démangeaisons", whatToDo: "Rincer la bouche" },
		});
		await addMedication({
			db: getDb(),
			actor,
			childId: waiting.id,
			input: { name: "Rilatine", dose: "10 mg", times: "à midi" },
		});
		await saveContact({
			db: getDb(),
			actor,
			childId: waiting.id,
			input: { name: "Luc Interdit", relation: "voisin", phone: "0470 99 88 77", role: "not_allowed" },
		});

		const { value: attendance } = await get(attendancePage, "/attendance");
		const { attendees } = attendance as Awaited<ReturnType<typeof attendancePage.loader>>;
		expect(attendees[0]?.emergencyContacts).toEqual([
			{ name: "Mamie Jeanne", relation: "grand-mère", phones: ["0485 22 33 44"] },
		]);

		const { value } = await get(registrationsExport, "/registrations/export.xlsx?status=waiting");
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await (value as Response).arrayBuffer());
		const sheet = workbook.worksheets[0];
		if (!sheet) throw new Error("no sheet");
		const header = (sheet.getRow(1).values as unknown[]).slice(1);
		const cellOf = (title: string) => sheet.getRow(2).getCell(header.indexOf(title) + 1);
		const birth = cellOf("Date de naissance");
		expect(birth.type).toBe(ExcelJS.ValueType.Date);
		expect(birth.value).toEqual(new Date(Date.UTC(2020, 7, 22)));
		expect(birth.numFmt).toBe("dd/mm/yyyy");
		const registered = cellOf("Inscrit le");
		expect(registered.type).toBe(ExcelJS.ValueType.Date);
		expect(registered.numFmt).toBe("dd/mm/yyyy hh:mm");
		expect(cellOf("Contacts en cas d'urgence").value).toBe("Mamie Jeanne (grand-mère) 0485 22 33 44");
		expect(cellOf("Personnes NON autorisées à reprendre l'enfant").value).toBe("Luc Interdit (voisin) 0470 99 88 77");
		expect(cellOf("Allergies").value).toBe("Kiwi (Démangeaisons — Rincer la bouche)");
		expect(cellOf("Médicaments").value).toBe("Rilatine 10 mg — à midi");
		expect(cellOf("Prix de l'activité (€)").value).toBe(85);
		expect(cellOf("Prix de la garderie (€)").value).toBe(0);
		expect(cellOf("Total dû (€)").value).toBe(85);
		expect(cellOf("Total dû (€)").numFmt).toBe("#,##0.00");

		// The accepted child chose extended care: 85 € + 5 €, in CSV as Belgian spreadsheets read it.
		const { value: csv } = await get(registrationsExport, "/registrations/export.csv?status=accepted");
		const [csvHeader, csvRow] = (await (csv as Response).text())
			.replace(/^\uFEFF/, "")
			.trim()
			.split("\r\n");
		expect(csvHeader).toContain('"Prix de l\'activité (€)";"Prix de la garderie (€)";"Total dû (€)"');
		expect(csvRow).toMatch(/"22\/08\/2020"/);
		expect(csvRow).toMatch(/"Mamie Jeanne \(grand-mère\) 0485 22 33 44".*"85,00";"5,00";"90,00"$/);
	});

	it("shows each decision's refusal on the page: a reason is required, no place is no place", async () => {
		const [accepted, waiting] = children;
		if (!accepted || !waiting) throw new Error("no children");
		const adminCookie = await sessionCookieFor(tenant.admin);
		const page = `/staff/${tenant.group.id}/offers/${offerId}/registrations`;
		const decide = (form: Record<string, string>, url = page) =>
			callRoute(registrationsPage.action as never, {
				url,
				params: { groupId: tenant.group.id, offerId },
				headers: { cookie: adminCookie },
				form,
			});
		const errorsOf = (value: unknown) =>
			(value as { data: { result: { error: Record<string, string[]> } } }).data.result.error;
		const noReason = await decide({ decision: "refuse", registrationId: waiting.registrationId });
		expect(statusOf(noReason.value)).toBe(400);
		expect(errorsOf(noReason.value)).toEqual({ reason: ["validation.required"] });
		const full = await decide({ decision: "accept", registrationId: waiting.registrationId });
		expect(statusOf(full.value)).toBe(409);
		expect(errorsOf(full.value)).toEqual({ "": ["offers.decide.noPlace"] });
		// As Chromium sends it with JavaScript on: the data request of the filtered page.
		const cancel = await decide(
			{ decision: "cancel", registrationId: accepted.registrationId },
			`${page}.data?status=accepted&_routes=routes%2Fstaff%2F%24groupId%2Foffers%2F%24offerId%2Fregistrations%2Findex`,
		);
		expect(statusOf(cancel.value)).toBe(302);
		expect((cancel.value as Response).headers.get("Location")).toBe(`${page}?status=accepted`);
		const { value } = await get(registrationsPage, "/registrations");
		const list = value as Awaited<ReturnType<typeof registrationsPage.loader>>;
		// The freed place went to the child who was waiting.
		expect(list.registrations.map((row) => [row.name, row.status])).toEqual([
			["GILLET Zoé", "cancelled"],
			["MARTIN Zoé", "accepted"],
		]);
		expect(list.canEdit).toBe(false);
	});
});
