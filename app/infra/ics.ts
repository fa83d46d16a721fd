/**
 * iCalendar (RFC 5545) files for « Ajouter à mon agenda » and the family's private feed.
 * Pure: events in, text out. Times are Brussels wall-clock times (`TZID=Europe/Brussels`,
 * with the zone's VTIMEZONE block), so a 09:00 camp stays at 09:00 across summer time.
 */

/** A wall-clock moment in Brussels. */
export type IcsLocalTime = {
	/** `YYYY-MM-DD`. */
	date: string;
	/** `HH:MM`. */
	time: string;
};

export type IcsEvent = {
	/** Globally unique and stable: the same event keeps it in every export. */
	uid: string;
	/** When the event's information last changed (ISO instant): DTSTAMP. */
	stamp: string;
	start: IcsLocalTime;
	/** The end of the first occurrence. */
	end: IcsLocalTime;
	summary: string;
	description?: string;
	location?: string;
	url?: string;
	/**
	 * The days it repeats on at the same times (`YYYY-MM-DD`, in order, the first being
	 * `start.date`): a camp's days. Written as one daily RRULE from the first to the last day
	 * with an EXDATE for each day left out (a weekend, a public holiday), which every calendar
	 * app shows as the same event on the listed days only.
	 */
	days?: string[];
	status?: "CONFIRMED" | "TENTATIVE" | "CANCELLED";
	/** SEQUENCE: raised on every change, so calendar apps replace what they hold under the UID. */
	sequence?: number;
};

export type IcsCalendar = {
	/** PRODID: who made the file. */
	productId: string;
	/** The name calendar apps show for a subscribed feed. */
	name?: string;
	events: IcsEvent[];
};

export const ICS_TIME_ZONE = "Europe/Brussels";

// Belgium's rules since 1996: summer time from the last Sunday of March to the last of October.
const brusselsTimeZone = [
	"BEGIN:VTIMEZONE",
	`TZID:${ICS_TIME_ZONE}`,
	"BEGIN:DAYLIGHT",
	"TZOFFSETFROM:+0100",
	"TZOFFSETTO:+0200",
	"TZNAME:CEST",
	"DTSTART:19700329T020000",
	"RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
	"END:DAYLIGHT",
	"BEGIN:STANDARD",
	"TZOFFSETFROM:+0200",
	"TZOFFSETTO:+0100",
	"TZNAME:CET",
	"DTSTART:19701025T030000",
	"RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
	"END:STANDARD",
	"END:VTIMEZONE",
];

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, "\\\\")
		.replace(/;/g, "\\;")
		.replace(/,/g, "\\,")
		.replace(/\r\n|\r|\n/g, "\\n");
}

const encoder = new TextEncoder();

/**
 * Folds a content line into lines of at most 75 octets, each continuation starting with a
 * space (§3.1). Splits between characters, never inside a UTF-8 sequence.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = "";
	let size = 0;
	for (const character of line) {
		const length = encoder.encode(character).length;
		// The first line holds 75 octets; continuation lines 74 after their leading space.
		const limit = parts.length === 0 ? 75 : 74;
		if (size + length > limit) {
			parts.push(current);
			current = "";
			size = 0;
		}
		current += character;
		size += length;
	}
	parts.push(current);
	return parts.join("\r\n ");
}

function localTime({ date, time }: IcsLocalTime): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !/^\d{2}:\d{2}$/.test(time)) {
		throw new Error(`not a local date and time: ${date} ${time}`);
	}
	return `${date.replaceAll("-", "")}T${time.replace(":", "")}00`;
}

function utcStamp(iso: string): string {
	const instant = new Date(iso);
	if (Number.isNaN(instant.getTime())) throw new Error(`not an instant: ${iso}`);
	return `${instant.toISOString().slice(0, 19).replace(/[-:]/g, "")}Z`;
}

function isoDay(date: Date): string {
	return date.toISOString().slice(0, 10);
}

// RRULE counts every day from the first to the last; EXDATE (same time as DTSTART) removes
// the days between that are not listed (RFC 5545 §3.8.5.1: EXDATE applies after COUNT).
function recurrenceLines(event: IcsEvent): string[] {
	const days = event.days ?? [];
	if (days.length <= 1) return [];
	if (days[0] !== event.start.date || days.some((day, index) => index > 0 && day <= (days[index - 1] ?? ""))) {
		throw new Error(`event days must start on ${event.start.date} and be in order: ${days.join(",")}`);
	}
	const listed = new Set(days);
	const left: string[] = [];
	let count = 0;
	for (let day = new Date(`${days[0]}T00:00:00Z`); isoDay(day) <= (days.at(-1) ?? ""); ) {
		count += 1;
		if (!listed.has(isoDay(day))) left.push(isoDay(day));
		day.setUTCDate(day.getUTCDate() + 1);
	}
	const lines = [`RRULE:FREQ=DAILY;COUNT=${count}`];
	if (left.length > 0) {
		const times = left.map((date) => localTime({ date, time: event.start.time }));
		lines.push(`EXDATE;TZID=${ICS_TIME_ZONE}:${times.join(",")}`);
	}
	return lines;
}

function eventLines(event: IcsEvent): string[] {
	const lines = [
		"BEGIN:VEVENT",
		`UID:${escapeText(event.uid)}`,
		`DTSTAMP:${utcStamp(event.stamp)}`,
		...(event.sequence === undefined ? [] : [`SEQUENCE:${event.sequence}`]),
		`DTSTART;TZID=${ICS_TIME_ZONE}:${localTime(event.start)}`,
		`DTEND;TZID=${ICS_TIME_ZONE}:${localTime(event.end)}`,
	];
	lines.push(...recurrenceLines(event));
	lines.push(`SUMMARY:${escapeText(event.summary)}`);
	if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
	if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
	// A URI value, not TEXT: not escaped (commas and semicolons are legal in it).
	if (event.url) lines.push(`URL:${event.url}`);
	lines.push(`STATUS:${event.status ?? "CONFIRMED"}`, "TRANSP:OPAQUE", "END:VEVENT");
	return lines;
}

/** A whole VCALENDAR: CRLF line endings, folded lines, one VTIMEZONE for all events. */
export function buildCalendar(calendar: IcsCalendar): string {
	const lines = [
		"BEGIN:VCALENDAR",
		"VERSION:2.0",
		`PRODID:${escapeText(calendar.productId)}`,
		"CALSCALE:GREGORIAN",
		"METHOD:PUBLISH",
	];
	if (calendar.name) lines.push(`X-WR-CALNAME:${escapeText(calendar.name)}`, `X-WR-TIMEZONE:${ICS_TIME_ZONE}`);
	lines.push(...brusselsTimeZone);
	for (const event of calendar.events) lines.push(...eventLines(event));
	lines.push("END:VCALENDAR");
	return `${lines.map(foldLine).join("\r\n")}\r\n`;
}
