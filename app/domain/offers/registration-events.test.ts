import { describe, expect, it } from "vitest";
import { registrationEvents } from "./registration-events.ts";

const text = { summary: "Stage (Nino)", description: "Plaine", location: "Dolhain", url: "https://x.test/" };
const base = {
	id: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b",
	start_time: "09:00",
	end_time: "16:00",
	updated_at: "2027-02-01T08:00:00.000Z",
	status: "accepted",
	offer_revision: 0,
	revision: 0,
	offer_updated_at: "2027-01-15T08:00:00.000Z",
};

describe("registrationEvents", () => {
	it("keeps the UID and raises SEQUENCE when the offer changes; says CANCELLED once cancelled", () => {
		const camp = { ...base, kind: "camp", first_day: "2027-07-05", last_day: "2027-07-09", dates: "[]" };
		const [before] = registrationEvents(camp, text, "r.example");
		const [moved] = registrationEvents(
			{
				...camp,
				first_day: "2027-07-12",
				last_day: "2027-07-16",
				offer_revision: 1,
				offer_updated_at: "2027-03-01T10:00:00.000Z",
			},
			text,
			"r.example",
		);
		const [cancelled] = registrationEvents(
			{ ...camp, status: "cancelled", offer_revision: 2, revision: 1, offer_updated_at: "2027-03-02T10:00:00.000Z" },
			text,
			"r.example",
		);
		expect(before).toMatchObject({ sequence: 0, status: "CONFIRMED", stamp: base.updated_at });
		expect(moved).toMatchObject({ uid: before?.uid, sequence: 1, stamp: "2027-03-01T10:00:00.000Z" });
		expect(cancelled).toMatchObject({ uid: before?.uid, sequence: 3, status: "CANCELLED" });
	});

	it("makes a camp from Monday to Friday one event repeated every day of the camp", () => {
		const events = registrationEvents(
			{ ...base, kind: "camp", first_day: "2027-07-05", last_day: "2027-07-09", dates: "[]" },
			text,
			"ribambelle.example",
		);
		expect(events).toEqual([
			expect.objectContaining({
				uid: `${base.id}@ribambelle.example`,
				start: { date: "2027-07-05", time: "09:00" },
				end: { date: "2027-07-05", time: "16:00" },
				days: ["2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09"],
			}),
		]);
	});

	it("leaves the weekend and public holidays out of a day camp, under the same UID", () => {
		// Friday 3 to Tuesday 7 July 2026; Monday 19 to Friday 23 July 2027 (21 July is Wednesday).
		const [weekend] = registrationEvents(
			{ ...base, kind: "camp", first_day: "2026-07-03", last_day: "2026-07-07", dates: "[]" },
			text,
			"r.example",
		);
		const [holiday] = registrationEvents(
			{ ...base, kind: "camp", first_day: "2027-07-19", last_day: "2027-07-23", dates: "[]" },
			text,
			"r.example",
		);
		expect(weekend).toMatchObject({ uid: `${base.id}@r.example`, days: ["2026-07-03", "2026-07-06", "2026-07-07"] });
		expect(holiday?.days).toEqual(["2027-07-19", "2027-07-20", "2027-07-22", "2027-07-23"]);
	});

	it("makes an activity one event per day, each with its own stable UID", () => {
		const events = registrationEvents(
			{
				...base,
				kind: "activity",
				first_day: "2027-03-03",
				last_day: "2027-03-10",
				dates: '["2027-03-03","2027-03-10"]',
			},
			text,
			"ribambelle.example",
		);
		expect(events.map((event) => [event.uid, event.start.date, event.days])).toEqual([
			[`${base.id}-20270303@ribambelle.example`, "2027-03-03", undefined],
			[`${base.id}-20270310@ribambelle.example`, "2027-03-10", undefined],
		]);
	});
});
