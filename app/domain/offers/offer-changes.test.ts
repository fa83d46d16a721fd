import { describe, expect, it } from "vitest";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { describeChanges, scheduleChanges } from "./offer-changes.ts";

const camp = {
	kind: "camp",
	house_id: "h1",
	house_name: "Plaine de Dolhain",
	first_day: "2027-07-05",
	last_day: "2027-07-09",
	dates: "[]",
	start_time: "09:00",
	end_time: "16:00",
	price_cents: 8500,
	care_price_cents: 500,
};

describe("scheduleChanges", () => {
	it("sees dates, times, place and prices, and nothing else", () => {
		expect(scheduleChanges(camp, { ...camp })).toEqual([]);
		expect(
			scheduleChanges(camp, {
				...camp,
				first_day: "2027-07-12",
				end_time: "16:30",
				house_id: "h2",
				price_cents: 9000,
				care_price_cents: null,
			}),
		).toEqual(["dates", "times", "house", "price", "carePrice"]);
	});
});

describe("describeChanges", () => {
	it("writes the old and the new value of each change in the reader's language", () => {
		const after = {
			...camp,
			first_day: "2027-07-12",
			last_day: "2027-07-16",
			start_time: "08:30",
			care_price_cents: null,
		};
		const changes = scheduleChanges(camp, after);
		expect(describeChanges(changes, { before: camp, after }, translatorFor("fr"), "fr")).toBe(
			"Dates : 12/07/2027 → 16/07/2027 (au lieu de 05/07/2027 → 09/07/2027)\nHoraire : 08:30 – 16:00 (au lieu de 09:00 – 16:00)\nGarderie : pas de garderie (au lieu de 5,00\u00a0€)",
		);
		expect(
			describeChanges(["price"], { before: camp, after: { ...camp, price_cents: 9000 } }, translatorFor("en"), "en"),
		).toBe("Price: €90.00 (instead of €85.00)");
	});
});
