/**
 * Paged staff lists with their filters (decision 028), through the route loaders, on a
 * generated group large enough for several pages: pages hold 50 rows, follow each other
 * without overlap or gap, keep their filters, and a bad `?page=` or filter never fails. A
 * house manager pages only through the children of their house.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { generateLargeGroup, type LargeGroup, largeGroupPasswords } from "#app/db/large-group.server.ts";
import { derivedEnrolmentSince, enrollingRegistrationStatuses } from "#app/domain/families/enrolment-rules.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import * as auditPage from "#app/routes/staff/$groupId/audit/index.server.ts";
import * as childrenPage from "#app/routes/staff/$groupId/children/index.server.ts";
import * as attendancePage from "#app/routes/staff/$groupId/offers/$offerId/attendance.server.ts";
import * as registrationsPage from "#app/routes/staff/$groupId/offers/$offerId/registrations/index.server.ts";
import * as offersPage from "#app/routes/staff/$groupId/offers/index.server.ts";
import { sessionCookieFor, uniqueLetters } from "#tests/factories.ts";
import { callRoute } from "#tests/support/route-harness.ts";

let group: LargeGroup;
let adminCookie: string;
let managerCookie: string;
/** A camp that has 80 registrations: 60 accepted, 8 waiting, 4 refused, 8 cancelled. */
let offerId: string;

beforeAll(async () => {
	const code = uniqueLetters();
	group = await generateLargeGroup(getDb(), {
		code,
		houses: 20,
		sizes: { children: 600, offers: 130, registrations: 130 * 80, audit: 400, mealBookings: 1500, threads: 120 },
	});
	const login = (name: string, password: string) =>
		sessionCookieFor({ email: `${name}.${code.toLowerCase()}@ribambelle.example`, password });
	adminCookie = await login("admin", largeGroupPasswords.staff);
	managerCookie = await login("gestion", largeGroupPasswords.staff);
	const camp = await getDb()
		.selectFrom("offers")
		.select("id")
		.where("group_id", "=", group.groupId)
		.where("kind", "=", "camp")
		.orderBy("first_day", "desc")
		.executeTakeFirstOrThrow();
	offerId = camp.id;
}, 60_000);

async function load<T>(
	module: { loader: unknown },
	url: string,
	cookie = adminCookie,
	params: object = {},
): Promise<T> {
	const { value, thrown } = await callRoute(module.loader as never, {
		url,
		params: { groupId: group.groupId, offerId, ...params },
		headers: { cookie },
	});
	if (thrown) throw value;
	return value as T;
}

type OffersData = { offers: { id: string; status: string; lastDay: string }[]; page: number; hasMore: boolean };
type ChildrenData = { rows: { id: string; status: string }[]; page: number; hasMore: boolean };

/** Every page of a list, following `hasMore`. */
async function allPages<Row>(read: (page: number) => Promise<{ rows: Row[]; hasMore: boolean }>): Promise<Row[][]> {
	const pages: Row[][] = [];
	for (let page = 1; page < 20; page++) {
		const { rows, hasMore } = await read(page);
		pages.push(rows);
		if (!hasMore) return pages;
	}
	throw new Error("more than 20 pages");
}

describe("paged staff lists", () => {
	it("pages the offers by 50, each offer once, and keeps the status and date filters", async () => {
		const base = `/staff/${group.groupId}/offers`;
		const pages = await allPages(async (page) => {
			const data = await load<OffersData>(offersPage, `${base}?page=${page}`);
			return { rows: data.offers, hasMore: data.hasMore };
		});
		expect(pages.map((rows) => rows.length)).toEqual([50, 50, 30]);
		expect(new Set(pages.flat().map((offer) => offer.id)).size).toBe(130);

		const today = dateInBrussels();
		const open = (
			await allPages(async (page) => {
				const data = await load<OffersData>(offersPage, `${base}?status=open&from=${today}&page=${page}`);
				return { rows: data.offers, hasMore: data.hasMore };
			})
		).flat();
		const expected = await getDb()
			.selectFrom("offers")
			.select((eb) => eb.fn.countAll<string | number>().as("count"))
			.where("group_id", "=", group.groupId)
			.where("status", "=", "open")
			.where("last_day", ">=", today)
			.executeTakeFirstOrThrow();
		expect(open.length).toBe(Number(expected.count));
		expect(open.length).toBeGreaterThan(50);
		expect(open.every((offer) => offer.status === "open" && offer.lastDay >= today)).toBe(true);
	});

	it("reads a bad page number or filter as none, never as an error", async () => {
		const base = `/staff/${group.groupId}/offers`;
		for (const query of [
			"page=abc",
			"page=-3",
			"page=0",
			"page=2.5",
			"page=99999999999",
			"status=nope",
			"from=2026-02-30",
			"to=hier",
			"kind=castle&page=1e9",
		]) {
			const data = await load<OffersData>(offersPage, `${base}?${query}`);
			expect(data.page, query).toBe(1);
			expect(data.offers.length, query).toBe(50);
		}
		const beyond = await load<OffersData>(offersPage, `${base}?page=2000`);
		expect(beyond.offers).toEqual([]);
		expect(beyond.hasMore).toBe(false);
		const children = await load<ChildrenData>(
			childrenPage,
			`/staff/${group.groupId}/children?page=-1&status=zzz&from=2026-13-01`,
		);
		expect(children.page).toBe(1);
		expect(children.rows.length).toBe(50);
	});

	it("pages an offer's registrations and filters them by status, with every state counted", async () => {
		const base = `/staff/${group.groupId}/offers/${offerId}/registrations`;
		type Data = {
			registrations: { id: string; status: string }[];
			hasMore: boolean;
			counts: Record<string, number>;
			total: number;
		};
		const pages = await allPages(async (page) => {
			const data = await load<Data>(registrationsPage, `${base}?page=${page}`);
			expect(data.total).toBe(80);
			expect(data.counts).toMatchObject({ accepted: 60, waiting: 8, refused: 4, cancelled: 8 });
			return { rows: data.registrations, hasMore: data.hasMore };
		});
		expect(pages.map((rows) => rows.length)).toEqual([50, 30]);
		expect(new Set(pages.flat().map((row) => row.id)).size).toBe(80);
		const waiting = await load<Data>(registrationsPage, `${base}?status=waiting&page=1`);
		expect(waiting.registrations.map((row) => row.status)).toEqual(Array(8).fill("waiting"));
		expect(waiting.hasMore).toBe(false);
		const bad = await load<Data>(registrationsPage, `${base}?status=everything&page=NaN&day=2026-02-30`);
		expect(bad.registrations.length).toBe(50);
	});

	it("pages the attendance list of the accepted children", async () => {
		const base = `/staff/${group.groupId}/offers/${offerId}/attendance`;
		type Data = { attendees: { childId: string }[]; hasMore: boolean };
		const pages = await allPages(async (page) => {
			const data = await load<Data>(attendancePage, `${base}?page=${page}`);
			return { rows: data.attendees, hasMore: data.hasMore };
		});
		expect(pages.map((rows) => rows.length)).toEqual([50, 10]);
		expect(new Set(pages.flat().map((row) => row.childId)).size).toBe(60);
	});

	it("pages the dossiers, filters them by status, and shows a house manager only their house's children", async () => {
		const base = `/staff/${group.groupId}/children`;
		const read = (query: string, cookie = adminCookie) =>
			allPages(async (page) => {
				const data = await load<ChildrenData>(childrenPage, `${base}?${query}&page=${page}`, cookie);
				return { rows: data.rows, hasMore: data.hasMore };
			});
		const everyone = await read("");
		expect(everyone.map((rows) => rows.length)).toEqual(Array(12).fill(50));
		expect(new Set(everyone.flat().map((child) => child.id)).size).toBe(600);
		const submitted = (await read("status=submitted")).flat();
		expect(submitted.length).toBe(30);
		expect(submitted.every((child) => child.status === "submitted")).toBe(true);

		// The manager of the first house: children enrolled there, or registered in its offers (decision 013).
		const house = group.houseIds[0] as string;
		const enrolled = await getDb().selectFrom("enrolments").select("child_id").where("house_id", "=", house).execute();
		const registered = await getDb()
			.selectFrom("registrations")
			.innerJoin("offers", "offers.id", "registrations.offer_id")
			.select("registrations.child_id")
			.where("offers.house_id", "=", house)
			.where("offers.last_day", ">=", derivedEnrolmentSince(dateInBrussels()))
			.where("registrations.status", "in", [...enrollingRegistrationStatuses])
			.execute();
		const expected = new Set([...enrolled, ...registered].map((row) => row.child_id));
		const seen = (await read("", managerCookie)).flat().map((child) => child.id);
		expect(new Set(seen)).toEqual(expected);
		expect(seen.length).toBe(expected.size);
		expect(expected.size).toBeLessThan(600);
	});

	it("pages the audit log by area, newest first, and comes back to the first page", async () => {
		const base = `/staff/${group.groupId}/audit`;
		type Data = {
			events: { id: string; action: string; occurred_at: string }[];
			nextCursor: string | null;
			older: boolean;
		};
		const first = await load<Data>(auditPage, `${base}?area=child`);
		expect(first.events.length).toBe(50);
		expect(first.older).toBe(false);
		expect(first.events.every((event) => event.action.startsWith("child."))).toBe(true);
		const second = await load<Data>(auditPage, `${base}?area=child&before=${first.nextCursor}`);
		expect(second.older).toBe(true);
		expect(second.events.every((event) => event.action.startsWith("child."))).toBe(true);
		expect(second.events.some((event) => first.events.some((seen) => seen.id === event.id))).toBe(false);
		expect((second.events[0]?.occurred_at ?? "") <= (first.events.at(-1)?.occurred_at ?? "")).toBe(true);
		const bad = await load<Data>(auditPage, `${base}?area=nope&before=garbage&from=2026-99-99`);
		expect(bad.events.length).toBe(50);
	});

	it("generates meals and messages that keep their invariants (decisions 030, 031)", async () => {
		const db = getDb();
		expect(group.counts).toMatchObject({ mealBookings: 1500, mealDays: 3, threads: 120, messages: 120 + 108 });
		// Each booking is in the house the child is enrolled in, on a school day with a menu.
		const misplaced = await db
			.selectFrom("meal_bookings")
			.innerJoin("meal_offers", "meal_offers.id", "meal_bookings.meal_offer_id")
			.leftJoin("enrolments", (join) =>
				join
					.onRef("enrolments.child_id", "=", "meal_bookings.child_id")
					.onRef("enrolments.house_id", "=", "meal_bookings.house_id"),
			)
			.select("meal_bookings.id")
			.where("meal_offers.group_id", "=", group.groupId)
			.where("enrolments.id", "is", null)
			.execute();
		expect(misplaced).toEqual([]);
		const days = await db
			.selectFrom("meal_bookings")
			.innerJoin("meal_offers", "meal_offers.id", "meal_bookings.meal_offer_id")
			.select("meal_bookings.day")
			.distinct()
			.where("meal_offers.group_id", "=", group.groupId)
			.execute();
		for (const { day } of days) expect([0, 6]).not.toContain(new Date(`${day}T12:00:00Z`).getUTCDay());
		const menuDays = await db
			.selectFrom("meal_dishes")
			.innerJoin("meal_offers", "meal_offers.id", "meal_dishes.meal_offer_id")
			.select("meal_dishes.day")
			.distinct()
			.where("meal_offers.group_id", "=", group.groupId)
			.execute();
		expect(menuDays.map((row) => row.day).sort()).toEqual(days.map((row) => row.day).sort());
		// Each thread's times are those of its messages, about a child of the guardian who wrote.
		const threads = await db
			.selectFrom("message_threads")
			.select(["id", "child_id", "last_guardian_message_at", "last_staff_message_at", "last_message_at"])
			.where("group_id", "=", group.groupId)
			.execute();
		const messages = await db
			.selectFrom("messages")
			.innerJoin("message_threads", "message_threads.id", "messages.thread_id")
			.leftJoin("guardianships", (join) =>
				join
					.onRef("guardianships.child_id", "=", "message_threads.child_id")
					.onRef("guardianships.user_id", "=", "messages.author_user_id"),
			)
			.select(["messages.thread_id", "messages.author_side", "messages.sent_at", "guardianships.user_id as guardian"])
			.where("message_threads.group_id", "=", group.groupId)
			.execute();
		for (const thread of threads) {
			const own = messages.filter((message) => message.thread_id === thread.id);
			const last = (side: string) =>
				own
					.filter((message) => message.author_side === side)
					.map((message) => message.sent_at)
					.sort()
					.at(-1) ?? null;
			expect(thread.last_guardian_message_at).toBe(last("guardian"));
			expect(thread.last_staff_message_at).toBe(last("staff"));
			expect(thread.last_message_at).toBe(
				own
					.map((message) => message.sent_at)
					.sort()
					.at(-1),
			);
			for (const message of own.filter((candidate) => candidate.author_side === "guardian")) {
				expect(message.guardian).not.toBeNull();
			}
		}
	});
});
