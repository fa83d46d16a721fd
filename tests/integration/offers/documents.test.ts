/**
 * Documents (issue 11 §6, decision 021), on SQLite and PostgreSQL: the confirmation PDF and
 * the code letter print names in every script as typed, with dates as each language writes
 * them; a day camp from Friday to Tuesday gives its real days in the .ics, the feed, the PDF
 * and the mail, under the UID it always had.
 */
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { calendarFeedTokenOf } from "#app/domain/offers/calendar-feed.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as feedPage from "#app/routes/calendar/feed.ts";
import * as registrationCalendar from "#app/routes/children/$childId/registrations/calendar.ts";
import * as registrationConfirmation from "#app/routes/children/$childId/registrations/confirmation.ts";
import * as letterPage from "#app/routes/staff/$groupId/children/$childId/codes/letter.ts";
import { createTestTenant, issueTestChildCode, sessionCookieFor } from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild, registrationsOpenAt } from "#tests/offer-factories.ts";
import { pdfText } from "#tests/support/pdf-text.ts";
import { callRoute } from "#tests/support/route-harness.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
type Child = Awaited<ReturnType<typeof createReadyChild>>;

let tenant: Tenant;

beforeAll(async () => {
	tenant = await createTestTenant();
});

afterEach(() => pinClock(undefined));

async function documentOf(module: { loader: unknown }, child: Child, registrationId: string, file: string) {
	const { value, thrown } = await callRoute(module.loader as never, {
		url: `/children/${child.id}/registrations/${registrationId}/${file}`,
		params: { childId: child.id, registrationId },
		headers: { cookie: await sessionCookieFor(child.guardian) },
	});
	expect(thrown).toBe(false);
	return value as Response;
}

/** The lines of the VEVENT with this UID (folding undone). */
function eventLines(ics: string, uid: string): string[] {
	const events = ics.replace(/\r\n /g, "").split("BEGIN:VEVENT").slice(1);
	const event = events.find((text) => text.includes(`UID:${uid}\r\n`));
	return event ? event.split("\r\n") : [];
}

async function feedOf(child: Child): Promise<string> {
	const token = await calendarFeedTokenOf(getDb(), child.guardian.id);
	const { value } = await callRoute(feedPage.loader as never, {
		url: `/calendar/${token}.ics`,
		params: { feed: `${token}.ics` },
	});
	return (value as Response).text();
}

describe("a day camp from Friday to Tuesday", () => {
	it("fills Friday, Monday and Tuesday only, in the .ics, the feed, the PDF and the mail", async () => {
		pinClock(registrationsOpenAt);
		// Friday 2 to Tuesday 6 July 2027.
		const offerId = (await createTestOffer(tenant, { firstDay: "2027-07-02", lastDay: "2027-07-06" })).id;
		const child = await createReadyChild(tenant.group);
		const { registrationId } = await registerTestChild(child, offerId);
		const uid = `${registrationId}@ribambelle`;

		const single = eventLines(
			await (await documentOf(registrationCalendar, child, registrationId, "calendar.ics")).text(),
			uid,
		);
		expect(single).toContain("DTSTART;TZID=Europe/Brussels:20270702T090000");
		expect(single).toContain("RRULE:FREQ=DAILY;COUNT=5");
		expect(single).toContain("EXDATE;TZID=Europe/Brussels:20270703T090000,20270704T090000");
		expect(eventLines(await feedOf(child), uid)).toContain(
			"EXDATE;TZID=Europe/Brussels:20270703T090000,20270704T090000",
		);

		const pdf = pdfText(
			new Uint8Array(
				await (await documentOf(registrationConfirmation, child, registrationId, "confirmation.pdf")).arrayBuffer(),
			),
		);
		expect(pdf).toContain("02/07/2027, 05/07/2027, 06/07/2027");

		const mail = await getDb()
			.selectFrom("outbox_mails")
			.select("data")
			.where("to_address", "=", child.guardian.email)
			.where("template", "=", "registration.updated")
			.executeTakeFirstOrThrow();
		const data = (typeof mail.data === "string" ? JSON.parse(mail.data) : mail.data) as { dates: string };
		expect(data.dates).toBe("02/07/2027, 05/07/2027, 06/07/2027");
	});

	it("skips 21 July in a Monday-to-Friday camp", async () => {
		pinClock(registrationsOpenAt);
		const offerId = (
			await createTestOffer(tenant, { firstDay: "2027-07-19", lastDay: "2027-07-23", closesAt: "2027-07-10T18:00" })
		).id;
		const child = await createReadyChild(tenant.group);
		const { registrationId } = await registerTestChild(child, offerId);
		const lines = eventLines(
			await (await documentOf(registrationCalendar, child, registrationId, "calendar.ics")).text(),
			`${registrationId}@ribambelle`,
		);
		expect(lines).toContain("RRULE:FREQ=DAILY;COUNT=5");
		expect(lines).toContain("EXDATE;TZID=Europe/Brussels:20270721T090000");
	});
});

describe("names in every script", () => {
	it.each([
		["Ayşe", "Şahin-Yılmaz"],
		["Łukasz", "Wałęsa"],
		["Анна", "Петрова"],
		["Νίκος", "Παπαδόπουλος"],
		["ليلى", "حداد"],
	])("print as typed on the confirmation: %s %s", async (firstName, lastName) => {
		pinClock(registrationsOpenAt);
		const offerId = (await createTestOffer(tenant)).id;
		const child = await createReadyChild(tenant.group, { firstName, lastName });
		const { registrationId } = await registerTestChild(child, offerId);
		const response = await documentOf(registrationConfirmation, child, registrationId, "confirmation.pdf");
		const pdf = new Uint8Array(await response.arrayBuffer());
		expect(pdfText(pdf)).toContain(`${firstName} ${lastName}`);
		expect(pdf.length).toBeLessThan(100_000);
	});

	it("print as typed on the code letter, dated as German writes dates", async () => {
		pinClock("2026-11-30T10:00:00Z");
		const child = await createReadyChild(tenant.group, { firstName: "Анна", lastName: "Şahin-Yılmaz" });
		const { codeId } = await issueTestChildCode(child.id, tenant.admin);
		const { value } = await callRoute(letterPage.loader as never, {
			url: `/staff/${tenant.group.id}/children/${child.id}/codes/${codeId}/letter?language=de`,
			params: { groupId: tenant.group.id, childId: child.id, codeId },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		const pdf = new Uint8Array(await (value as Response).arrayBuffer());
		const text = pdfText(pdf);
		expect(text).toContain("Kind: Анна Şahin-Yılmaz");
		expect(text).toContain("Ausgestellt am 30.11.2026");
		expect(pdf.length).toBeLessThan(100_000);
	});
});
