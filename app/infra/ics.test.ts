import { describe, expect, it } from "vitest";
import { buildCalendar, escapeText, foldLine, type IcsEvent } from "./ics.ts";

const camp: IcsEvent = {
	uid: "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b@ribambelle",
	stamp: "2027-02-01T08:00:00.000Z",
	start: { date: "2027-07-05", time: "09:00" },
	end: { date: "2027-07-05", time: "16:00" },
	days: ["2027-07-05", "2027-07-06", "2027-07-07", "2027-07-08", "2027-07-09"],
	summary: "Stage nature, bricolage; jeux (Nino)",
	description: "Plaine de vacances de Dolhain\nGarderie : oui",
	location: "Avenue Reine Astrid 3, 4830 Dolhain",
	url: "https://ribambelle.example/children/abc/camps?x=1,2;3",
};

/** Content lines with folding undone (a CRLF followed by a space joins two lines). */
function unfolded(text: string): string[] {
	return text.replace(/\r\n /g, "").split("\r\n");
}

describe("escapeText", () => {
	it("escapes backslashes, semicolons, commas and line breaks", () => {
		expect(escapeText("a\\b;c,d\ne\r\nf")).toBe("a\\\\b\\;c\\,d\\ne\\nf");
	});
});

describe("foldLine", () => {
	it("leaves a line of 75 octets alone and folds a longer one", () => {
		expect(foldLine("x".repeat(75))).toBe("x".repeat(75));
		expect(foldLine("x".repeat(76))).toBe(`${"x".repeat(75)}\r\n x`);
	});

	it("never cuts a UTF-8 character and keeps every physical line within 75 octets", () => {
		const folded = foldLine(`SUMMARY:${"é".repeat(60)}€`);
		for (const line of folded.split("\r\n")) expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
		expect(folded.replace(/\r\n /g, "")).toBe(`SUMMARY:${"é".repeat(60)}€`);
	});
});

describe("buildCalendar", () => {
	const text = buildCalendar({ productId: "-//Ribambelle//FR", name: "Famille Forius", events: [camp] });
	const lines = unfolded(text);

	it("uses CRLF line endings only and ends with one", () => {
		expect(text.endsWith("END:VCALENDAR\r\n")).toBe(true);
		expect(text.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
	});

	it("wraps the events in a VCALENDAR with one Europe/Brussels VTIMEZONE", () => {
		expect(lines[0]).toBe("BEGIN:VCALENDAR");
		expect(lines).toContain("VERSION:2.0");
		expect(lines).toContain("PRODID:-//Ribambelle//FR");
		expect(lines).toContain("X-WR-CALNAME:Famille Forius");
		expect(lines.filter((line) => line === "BEGIN:VTIMEZONE")).toHaveLength(1);
		expect(lines).toContain("TZID:Europe/Brussels");
		expect(lines).toContain("RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU");
		expect(lines).toContain("RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU");
		expect(lines.indexOf("END:VTIMEZONE")).toBeLessThan(lines.indexOf("BEGIN:VEVENT"));
	});

	it("writes a camp as one event with its daily times repeated over its days", () => {
		expect(lines).toContain(`UID:${camp.uid}`);
		expect(lines).toContain("DTSTAMP:20270201T080000Z");
		expect(lines).toContain("DTSTART;TZID=Europe/Brussels:20270705T090000");
		expect(lines).toContain("DTEND;TZID=Europe/Brussels:20270705T160000");
		expect(lines).toContain("RRULE:FREQ=DAILY;COUNT=5");
		expect(lines.some((line) => line.startsWith("EXDATE"))).toBe(false);
		expect(lines).toContain("STATUS:CONFIRMED");
	});

	it("leaves out the days a camp skips: Friday to Tuesday is Friday, Monday and Tuesday", () => {
		const skipping = unfolded(
			buildCalendar({
				productId: "p",
				events: [
					{
						...camp,
						start: { date: "2026-07-03", time: "09:00" },
						end: { date: "2026-07-03", time: "16:00" },
						days: ["2026-07-03", "2026-07-06", "2026-07-07"],
					},
				],
			}),
		);
		expect(skipping).toContain("DTSTART;TZID=Europe/Brussels:20260703T090000");
		expect(skipping).toContain("RRULE:FREQ=DAILY;COUNT=5");
		// At DTSTART's time of day, in its zone, so every calendar app matches the occurrences.
		expect(skipping).toContain("EXDATE;TZID=Europe/Brussels:20260704T090000,20260705T090000");
	});

	it("refuses days that do not start on the event's first day or are out of order", () => {
		const build = (days: string[]) => () => buildCalendar({ productId: "p", events: [{ ...camp, days }] });
		expect(build(["2027-07-06", "2027-07-07"])).toThrow(/days/);
		expect(build(["2027-07-05", "2027-07-07", "2027-07-06"])).toThrow(/days/);
		expect(build(["2027-07-05", "2027-07-05"])).toThrow(/days/);
	});

	it("writes SEQUENCE and a cancellation's STATUS:CANCELLED when given", () => {
		const changed = unfolded(
			buildCalendar({ productId: "p", events: [{ ...camp, sequence: 3, status: "CANCELLED" }] }),
		);
		expect(changed).toContain("SEQUENCE:3");
		expect(changed).toContain("STATUS:CANCELLED");
		expect(changed).not.toContain("STATUS:CONFIRMED");
	});

	it("escapes text values but not the URL", () => {
		expect(lines).toContain("SUMMARY:Stage nature\\, bricolage\\; jeux (Nino)");
		expect(lines).toContain("DESCRIPTION:Plaine de vacances de Dolhain\\nGarderie : oui");
		expect(lines).toContain("LOCATION:Avenue Reine Astrid 3\\, 4830 Dolhain");
		expect(lines).toContain("URL:https://ribambelle.example/children/abc/camps?x=1,2;3");
	});

	it("keeps single-day events without a repeat rule", () => {
		const single = unfolded(
			buildCalendar({ productId: "p", events: [{ ...camp, days: undefined, description: undefined }] }),
		);
		expect(single.some((line) => line.startsWith("RRULE:FREQ=DAILY"))).toBe(false);
		expect(single.some((line) => line.startsWith("DESCRIPTION:"))).toBe(false);
	});

	it("is a valid, empty calendar without events", () => {
		const empty = unfolded(buildCalendar({ productId: "p", events: [] }));
		expect(empty.slice(-3)).toEqual(["END:VTIMEZONE", "END:VCALENDAR", ""]);
		expect(empty).not.toContain("BEGIN:VEVENT");
	});

	it("refuses a malformed time rather than writing a broken file", () => {
		expect(() =>
			buildCalendar({ productId: "p", events: [{ ...camp, start: { date: "2027-7-5", time: "9:00" } }] }),
		).toThrow();
	});
});
