/**
 * Activities registered day by day (decision 023): each chosen date is a registration of its
 * own, with its own places, waiting list, promotion, staff decisions and documents; capacity
 * holds per day under concurrency, on SQLite and PostgreSQL; removing a date cancels its
 * registrations with the reason and mails the families.
 */
import ExcelJS from "exceljs";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { cancelRegistration } from "#app/domain/offers/cancel-registration.server.ts";
import { decideRegistration } from "#app/domain/offers/decide-registration.server.ts";
import type { OfferInput } from "#app/domain/offers/offer-input.ts";
import { readAttendanceList } from "#app/domain/offers/read-attendance-list.server.ts";
import { listCalendarRegistrationsForGuardian } from "#app/domain/offers/registration-documents.repository.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as registrationsExport from "#app/routes/staff/$groupId/offers/$offerId/registrations/export.ts";
import { createTestTenant, guardianActor, sessionCookieFor, staffActor } from "#tests/factories.ts";
import { campInput, createReadyChild, createTestOffer, registerTestChild } from "#tests/offer-factories.ts";
import { callRoute } from "#tests/support/route-harness.ts";

afterEach(() => pinClock(undefined));

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;

const FIRST = "2027-03-03";
const SECOND = "2027-03-10";

/** Two pedagogical days, 5 places and 1 waiting each, parents choose the dates. */
const activityInput = (tenant: Tenant, overrides: Partial<OfferInput> = {}): OfferInput =>
	campInput(tenant, {
		kind: "activity",
		title: "Journées pédagogiques",
		firstDay: FIRST,
		lastDay: SECOND,
		dates: `${FIRST}\n${SECOND}`,
		closesAt: "2027-03-02T18:00",
		datesTogether: undefined,
		...overrides,
	});

async function openActivity(tenant: Tenant, overrides: Partial<OfferInput> = {}) {
	return (await createTestOffer(tenant, activityInput(tenant, overrides))).id;
}

function codeOf(error: unknown): string {
	return error instanceof AppError
		? `${error.code}:${Object.values(error.fieldErrors).flat().join(",")}`
		: String(error);
}

/** Rows and counters of each day, and the offer's own counters (unused by day-by-day offers). */
async function daysOf(offerId: string) {
	const db = getDb();
	const rows = await db
		.selectFrom("registrations")
		.select(["id", "child_id", "status", "offer_day", "cancellation_reason"])
		.where("offer_id", "=", offerId)
		.execute();
	const counters = await db
		.selectFrom("offer_day_counters")
		.select(["day", "places_taken", "waiting_count"])
		.where("offer_id", "=", offerId)
		.orderBy("day")
		.execute();
	const offer = await db
		.selectFrom("offers")
		.select(["places_taken", "waiting_count"])
		.where("id", "=", offerId)
		.executeTakeFirstOrThrow();
	const of = (day: string) => {
		const onDay = rows.filter((row) => row.offer_day === day);
		const count = (status: string) => onDay.filter((row) => row.status === status).length;
		return {
			held: count("accepted") + count("pending"),
			waiting: count("waiting"),
			counters: counters.find((counter) => counter.day === day),
		};
	};
	return { rows, offer, first: of(FIRST), second: of(SECOND) };
}

describe("the opening-day rush on an activity registered day by day", () => {
	it("200 simultaneous registrations on 2 dates of 5 places and 1 waiting each: no date overbooked, counters equal rows", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant);
		const children: Awaited<ReturnType<typeof createReadyChild>>[] = [];
		for (let index = 0; index < 200; index += 1) children.push(await createReadyChild(tenant.group));
		// A third ask for the first date, a third for the second, a third for both.
		const choices = (index: number) => [[FIRST], [SECOND], [FIRST, SECOND]][index % 3] ?? [FIRST];
		const outcomes = await Promise.allSettled(
			children.map((child, index) => registerTestChild(child, offerId, false, choices(index))),
		);
		const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [codeOf(outcome.reason)] : []));
		expect(new Set(rejected)).toEqual(new Set(["CAPACITY_FULL:offers.register.dayFull"]));
		const { rows, offer, first, second } = await daysOf(offerId);
		for (const day of [first, second]) {
			expect(day.held).toBe(5);
			expect(day.waiting).toBe(1);
			expect(day.counters).toMatchObject({ places_taken: day.held, waiting_count: day.waiting });
		}
		expect(offer).toEqual({ places_taken: 0, waiting_count: 0 });
		// All chosen dates or none: every child who got in holds a row for each date asked.
		const fulfilled = outcomes.flatMap((outcome, index) => (outcome.status === "fulfilled" ? [index] : []));
		expect(rows).toHaveLength(fulfilled.reduce((sum, index) => sum + choices(index).length, 0));
		// One mail per committed registration, none for the refused.
		const mailed = await getDb()
			.selectFrom("outbox_mails")
			.select("to_address")
			.where("template", "=", "registration.updated")
			.where(
				"to_address",
				"in",
				children.map((child) => child.guardian.email),
			)
			.execute();
		expect(mailed).toHaveLength(rows.length);
	}, 180_000);
});

describe("registering day by day", () => {
	it("registers each chosen date separately, once per child and date, and refuses dates that cannot be chosen", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant, { capacity: "1", waitingListSize: "1" });
		const child = await createReadyChild(tenant.group);
		const result = await registerTestChild(child, offerId, false, [SECOND, FIRST]);
		expect(result.units.map((unit) => [unit.day, unit.status])).toEqual([
			[FIRST, "accepted"],
			[SECOND, "accepted"],
		]);
		await expect(registerTestChild(child, offerId, false, [FIRST])).rejects.toSatisfy(
			(error) => codeOf(error) === "CONFLICT:offers.register.already",
		);
		const other = await createReadyChild(tenant.group);
		await expect(registerTestChild(other, offerId)).rejects.toSatisfy(
			(error) => codeOf(error) === "VALIDATION:offers.register.chooseDays",
		);
		await expect(registerTestChild(other, offerId, false, ["2027-03-04"])).rejects.toSatisfy(
			(error) => codeOf(error) === "VALIDATION:offers.register.dayUnknown",
		);
		expect((await registerTestChild(other, offerId, false, [FIRST])).position).toBe(1);
		// The first date's list is full: nothing is registered, not even the second date.
		const third = await createReadyChild(tenant.group);
		await expect(registerTestChild(third, offerId, false, [FIRST, SECOND])).rejects.toSatisfy(
			(error) => codeOf(error) === "CAPACITY_FULL:offers.register.dayFull",
		);
		const { first, second } = await daysOf(offerId);
		expect(first).toMatchObject({ held: 1, waiting: 1 });
		expect(second).toMatchObject({ held: 1, waiting: 0 });
		// Once a date has begun it can no longer be chosen.
		pinClock("2027-03-03T07:00:00Z");
		await expect(registerTestChild(third, offerId, false, [FIRST])).rejects.toSatisfy((error) =>
			["VALIDATION:offers.register.dayUnknown", "CONFLICT:offers.register.closed"].includes(codeOf(error)),
		);
	});

	it("a cancellation frees that date's place only, and nobody is promoted once that date has begun", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant, { capacity: "1", waitingListSize: "1" });
		const [first, second, third] = [
			await createReadyChild(tenant.group),
			await createReadyChild(tenant.group),
			await createReadyChild(tenant.group),
		];
		const held = await registerTestChild(first, offerId, false, [FIRST, SECOND]);
		await registerTestChild(second, offerId, false, [FIRST]);
		await registerTestChild(third, offerId, false, [SECOND]);
		const onFirst = held.units.find((unit) => unit.day === FIRST)?.registrationId ?? "";
		await cancelRegistration({ db: getDb(), actor: guardianActor(first.guardian), registrationId: onFirst });
		let days = await daysOf(offerId);
		expect(days.rows.find((row) => row.child_id === second.id)?.status).toBe("accepted");
		expect(days.rows.find((row) => row.child_id === third.id)?.status).toBe("waiting");
		expect(days.first.counters).toMatchObject({ places_taken: 1, waiting_count: 0 });
		const mailed = await getDb()
			.selectFrom("outbox_mails")
			.select("data")
			.where("to_address", "=", second.guardian.email)
			.execute();
		// Put on the first date's waiting list, then given its place: both mails name that date only.
		expect(mailed.map((mail) => JSON.parse(mail.data)).map(({ statusLabel, dates }) => [statusLabel, dates])).toEqual([
			["liste d'attente (position 1)", "03/03/2027"],
			["acceptée", "03/03/2027"],
		]);

		// The first date has begun; the second has not: staff cancel the second date's holder.
		pinClock("2027-03-03T10:00:00Z");
		const onSecond = held.units.find((unit) => unit.day === SECOND)?.registrationId ?? "";
		await decideRegistration({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { decision: "cancel", registrationId: onSecond },
		});
		days = await daysOf(offerId);
		expect(days.rows.find((row) => row.child_id === third.id)?.status).toBe("accepted");
		expect(days.second.counters).toMatchObject({ places_taken: 1, waiting_count: 0 });
		// On the first date (begun), a freed place stays free.
		const secondOnFirst = days.rows.find((row) => row.child_id === second.id)?.id ?? "";
		const late = await createReadyChild(tenant.group);
		pinClock("2027-02-20T10:00:00Z");
		await registerTestChild(late, offerId, false, [FIRST]);
		pinClock("2027-03-03T10:00:00Z");
		await decideRegistration({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { decision: "cancel", registrationId: secondOnFirst },
		});
		days = await daysOf(offerId);
		expect(days.rows.find((row) => row.child_id === late.id)?.status).toBe("waiting");
		expect(days.first.counters).toMatchObject({ places_taken: 0, waiting_count: 1 });
	});

	it("staff decisions keep each date's capacity", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant, { capacity: "1", waitingListSize: "1" });
		const first = await createReadyChild(tenant.group);
		const second = await createReadyChild(tenant.group);
		await registerTestChild(first, offerId, false, [FIRST]);
		const waiting = await registerTestChild(second, offerId, false, [FIRST, SECOND]);
		expect(waiting.units.map((unit) => unit.status)).toEqual(["waiting", "accepted"]);
		await expect(
			decideRegistration({
				db: getDb(),
				actor: staffActor(tenant.admin),
				input: { decision: "accept", registrationId: waiting.registrationId },
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "CONFLICT:offers.decide.noPlace");
		const { first: onFirst, second: onSecond } = await daysOf(offerId);
		expect(onFirst.counters).toMatchObject({ places_taken: 1, waiting_count: 1 });
		expect(onSecond.counters).toMatchObject({ places_taken: 1, waiting_count: 0 });
	});

	it("another family cannot cancel a date; staff see one attendance list per date", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant);
		const child = await createReadyChild(tenant.group);
		const stranger = await createReadyChild(tenant.group);
		const result = await registerTestChild(child, offerId, false, [SECOND]);
		await expect(
			cancelRegistration({
				db: getDb(),
				actor: guardianActor(stranger.guardian),
				registrationId: result.registrationId,
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
		const list = (day?: string) => readAttendanceList({ db: getDb(), actor: staffActor(tenant.admin), offerId, day });
		// Without a day: the first date not past, where nobody is registered.
		expect(await list()).toMatchObject({ day: FIRST, days: [FIRST, SECOND], attendees: [] });
		const second = await list(SECOND);
		expect(second.attendees.map((attendee) => attendee.child_id)).toEqual([child.id]);
		const other = await createTestTenant();
		await expect(
			readAttendanceList({ db: getDb(), actor: staffActor(other.admin), offerId, day: SECOND }),
		).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
	});

	it("the registrations export has a Date column, a real date in XLSX and dd/mm/yyyy in CSV", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant);
		const child = await createReadyChild(tenant.group, { firstName: "Inès" });
		await registerTestChild(child, offerId, false, [FIRST, SECOND]);
		const cookie = await sessionCookieFor(tenant.admin);
		const exported = async (format: "csv" | "xlsx") => {
			const { value } = await callRoute(registrationsExport.loader as never, {
				url: `/staff/${tenant.group.id}/offers/${offerId}/registrations/export.${format}`,
				params: { groupId: tenant.group.id, offerId },
				headers: { cookie },
			});
			return value as Response;
		};
		const workbook = new ExcelJS.Workbook();
		await workbook.xlsx.load(await (await exported("xlsx")).arrayBuffer());
		const sheet = workbook.worksheets[0];
		if (!sheet) throw new Error("no sheet");
		expect(sheet.getRow(1).getCell(1).value).toBe("Date");
		const days = [2, 3].map((row) => sheet.getRow(row).getCell(1));
		expect(days.map((cell) => cell.type)).toEqual([ExcelJS.ValueType.Date, ExcelJS.ValueType.Date]);
		expect(days.map((cell) => cell.value)).toEqual([new Date(Date.UTC(2027, 2, 3)), new Date(Date.UTC(2027, 2, 10))]);
		expect(days[0]?.numFmt).toBe("dd/mm/yyyy");

		const lines = (await (await exported("csv")).text())
			.replace(/^\uFEFF/, "")
			.trim()
			.split("\r\n");
		expect(lines[0]).toMatch(/^"Date";"État"/);
		expect(lines.slice(1).map((line) => line.split(";")[0])).toEqual(['"03/03/2027"', '"10/03/2027"']);
	});

	it("each date is its own calendar event and document", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant);
		const child = await createReadyChild(tenant.group);
		await registerTestChild(child, offerId, false, [FIRST, SECOND]);
		const entries = await listCalendarRegistrationsForGuardian(getDb(), child.guardian.id, "fr");
		expect(entries.map((entry) => [entry.first_day, entry.last_day, entry.dates])).toEqual([
			[FIRST, FIRST, JSON.stringify([FIRST])],
			[SECOND, SECOND, JSON.stringify([SECOND])],
		]);
	});
});

describe("changing an activity registered day by day", () => {
	it("a removed date cancels its registrations with the reason, mails the families, and the others are told of the change", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant);
		const both = await createReadyChild(tenant.group);
		const onlySecond = await createReadyChild(tenant.group);
		await registerTestChild(both, offerId, false, [FIRST, SECOND]);
		await registerTestChild(onlySecond, offerId, false, [SECOND]);
		await saveOffer({
			db: getDb(),
			actor: staffActor(tenant.admin),
			offerId,
			input: activityInput(tenant, { dates: FIRST, lastDay: FIRST, closesAt: "2027-03-02T18:00" }),
		});
		const { rows } = await daysOf(offerId);
		expect(rows.filter((row) => row.offer_day === SECOND).map((row) => [row.status, row.cancellation_reason])).toEqual([
			["cancelled", "date_removed"],
			["cancelled", "date_removed"],
		]);
		expect(rows.find((row) => row.offer_day === FIRST)?.status).toBe("accepted");
		const counters = await getDb()
			.selectFrom("offer_day_counters")
			.select("day")
			.where("offer_id", "=", offerId)
			.execute();
		expect(counters.map((counter) => counter.day)).toEqual([FIRST]);
		const mails = async (email: string) =>
			getDb().selectFrom("outbox_mails").select(["template", "data"]).where("to_address", "=", email).execute();
		const removedMail = (await mails(onlySecond.guardian.email)).find((mail) =>
			JSON.parse(mail.data).statusSentence?.includes("retiré"),
		);
		expect(JSON.parse(removedMail?.data ?? "{}")).toMatchObject({ dates: "10/03/2027" });
		expect((await mails(onlySecond.guardian.email)).map((mail) => mail.template)).not.toContain(
			"registration.offer-changed",
		);
		expect(
			(await mails(both.guardian.email)).filter((mail) => mail.template === "registration.offer-changed"),
		).toHaveLength(1);
	});

	it("whether dates go together cannot change while registrations are active; camps always go together", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openActivity(tenant);
		const child = await createReadyChild(tenant.group);
		await registerTestChild(child, offerId, false, [FIRST]);
		await expect(
			saveOffer({
				db: getDb(),
				actor: staffActor(tenant.admin),
				offerId,
				input: activityInput(tenant, { datesTogether: "on" }),
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "VALIDATION:offers.validation.datesTogetherLocked");
		const campId = (await createTestOffer(tenant)).id;
		const camp = await getDb()
			.selectFrom("offers")
			.select("dates_together")
			.where("id", "=", campId)
			.executeTakeFirstOrThrow();
		expect(camp.dates_together).toBe(true);
	});
});
