/**
 * Registration rules and the opening-day invariants: capacity, waiting list and one
 * registration per child hold under concurrency, on SQLite and PostgreSQL; mails exist
 * exactly for what committed; freed places go to the waiting list in order.
 */
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { openDatabase } from "#app/db/dialect.server.ts";
import type { DB } from "#app/db/schema.ts";
import { AppError } from "#app/domain/app-error.ts";
import { mergeDossier } from "#app/domain/families/merge-dossier.server.ts";
import { cancelRegistration } from "#app/domain/offers/cancel-registration.server.ts";
import { copyOfferToNextWeek } from "#app/domain/offers/copy-offer.server.ts";
import { decideRegistration } from "#app/domain/offers/decide-registration.server.ts";
import type { OfferInput } from "#app/domain/offers/offer-input.ts";
import { lockOffer } from "#app/domain/offers/offers.repository.server.ts";
import { registerChild } from "#app/domain/offers/register-child.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { isoToBrusselsTime, pinClock } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { createTestChild, createTestTenant, guardianActor, staffActor } from "#tests/factories.ts";
import { campInput, createReadyChild, createTestOffer, registerTestChild } from "#tests/offer-factories.ts";

afterEach(() => pinClock(undefined));

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;

async function openCamp(tenant: Tenant, overrides: Partial<OfferInput> = {}) {
	return (await createTestOffer(tenant, overrides)).id;
}

const readyChild = (tenant: Tenant) => createReadyChild(tenant.group);
const register = registerTestChild;

async function rowsOf(offerId: string) {
	const registrations = await getDb()
		.selectFrom("registrations")
		.select(["id", "status", "child_id"])
		.where("offer_id", "=", offerId)
		.execute();
	const offer = await getDb()
		.selectFrom("offers")
		.select(["places_taken", "waiting_count"])
		.where("id", "=", offerId)
		.executeTakeFirstOrThrow();
	const count = (status: string) => registrations.filter((row) => row.status === status).length;
	return { registrations, offer, accepted: count("accepted"), pending: count("pending"), waiting: count("waiting") };
}

async function mailsFor(email: string) {
	return getDb()
		.selectFrom("outbox_mails")
		.select(["template", "data", "language"])
		.where("to_address", "=", email)
		.where("template", "=", "registration.updated")
		.execute();
}

function codeOf(error: unknown): string {
	return error instanceof AppError
		? `${error.code}:${Object.values(error.fieldErrors).flat().join(",")}`
		: String(error);
}

describe("the opening-day rush", () => {
	it("200 simultaneous registrations at a camp of 5 places and 1 waiting: 5 accepted, 1 waiting, 194 told it is full", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant);
		const children: Awaited<ReturnType<typeof readyChild>>[] = [];
		for (let index = 0; index < 200; index += 1) children.push(await readyChild(tenant));
		const outcomes = await Promise.allSettled(children.map((child) => register(child, offerId)));
		const fulfilled = outcomes.filter((outcome) => outcome.status === "fulfilled");
		const rejected = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [codeOf(outcome.reason)] : []));
		expect(fulfilled).toHaveLength(6);
		expect(rejected).toEqual(Array(194).fill("CAPACITY_FULL:offers.register.full"));
		const { registrations, offer, accepted, waiting } = await rowsOf(offerId);
		expect({ accepted, waiting, rows: registrations.length }).toEqual({ accepted: 5, waiting: 1, rows: 6 });
		expect(offer).toEqual({ places_taken: 5, waiting_count: 1 });
		// A mail for each committed registration, none for the refused ones.
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
		expect(mailed.map((row) => row.to_address).sort()).toEqual(
			registrations.map((row) => children.find((child) => child.id === row.child_id)?.guardian.email).sort(),
		);
	}, 120_000);

	it("two simultaneous clicks for the same child make one registration", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant);
		const child = await readyChild(tenant);
		const outcomes = await Promise.allSettled([
			register(child, offerId),
			register(child, offerId),
			register(child, offerId),
		]);
		expect(outcomes.filter((outcome) => outcome.status === "fulfilled")).toHaveLength(1);
		for (const outcome of outcomes) {
			if (outcome.status === "rejected") expect(codeOf(outcome.reason)).toBe("CONFLICT:offers.register.already");
		}
		expect((await rowsOf(offerId)).offer).toEqual({ places_taken: 1, waiting_count: 0 });
	});

	it("tells a late parent the camp is full without waiting for the lock of a registration in progress (decision 043)", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant);
		for (let index = 0; index < 6; index += 1) await register(await readyChild(tenant), offerId);
		const late = await readyChild(tenant);
		// Another connection holds the offer's lock (and on SQLite the write lock) meanwhile:
		// a refusal that needed it would wait for it and never answer here.
		const other = openDatabase<DB>(getConfig().database);
		try {
			await other.db.transaction().execute(async (trx) => {
				await lockOffer(trx, tenant.group.id, offerId);
				const refusal = await register(late, offerId).then(
					() => "registered",
					(error: unknown) => codeOf(error),
				);
				expect(refusal).toBe("CAPACITY_FULL:offers.register.full");
			});
		} finally {
			await other.db.destroy();
		}
		expect((await rowsOf(offerId)).offer).toEqual({ places_taken: 5, waiting_count: 1 });
	});
});

describe("registerChild", () => {
	it("accepts, mails every guardian in their language, and records the garderie choice", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant);
		const child = await readyChild(tenant);
		const result = await register(child, offerId, true);
		expect(result.status).toBe("accepted");
		const row = await getDb()
			.selectFrom("registrations")
			.selectAll()
			.where("id", "=", result.registrationId)
			.executeTakeFirstOrThrow();
		expect(row.with_care).toBe(true);
		const [mail] = await mailsFor(child.guardian.email);
		expect(JSON.parse(mail?.data ?? "{}")).toMatchObject({ statusLabel: "acceptée", offerTitle: "Stage nature" });
	});

	it("holds places pending in staff-decision mode, then staff accept or refuse with a reason", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant, { confirmationMode: "staff", capacity: "1", waitingListSize: "1" });
		const first = await readyChild(tenant);
		const second = await readyChild(tenant);
		expect((await register(first, offerId)).status).toBe("pending");
		const waiting = await register(second, offerId);
		expect(waiting).toMatchObject({ status: "waiting", position: 1 });
		const firstRow = await getDb()
			.selectFrom("registrations")
			.select("id")
			.where("child_id", "=", first.id)
			.executeTakeFirstOrThrow();
		await decideRegistration({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: {
				decision: "refuse",
				registrationId: firstRow.id,
				reason: "Enfant inscrit dans un autre stage cette semaine.",
			},
		});
		// The freed place goes to the waiting child, pending the staff's decision in this mode.
		const rows = await rowsOf(offerId);
		expect({ pending: rows.pending, waiting: rows.waiting }).toEqual({ pending: 1, waiting: 0 });
		expect(rows.offer).toEqual({ places_taken: 1, waiting_count: 0 });
		const refusalMail = (await mailsFor(first.guardian.email)).at(-1);
		expect(JSON.parse(refusalMail?.data ?? "{}").statusSentence).toContain("Enfant inscrit dans un autre stage");
		await decideRegistration({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { decision: "accept", registrationId: waiting.registrationId },
		});
		expect((await rowsOf(offerId)).accepted).toBe(1);
	});

	it("refuses a child whose dossier is incomplete, too young, not a resident, or outside the window", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const incomplete = await createTestChild(tenant.group);
		const offerId = await openCamp(tenant);
		await expect(register(incomplete, offerId)).rejects.toSatisfy(
			(error) => codeOf(error) === "CONFLICT:offers.register.incomplete",
		);
		const ready = await readyChild(tenant);
		const forOlder = await openCamp(tenant, { minAgeYears: "8" });
		await expect(register(ready, forOlder)).rejects.toSatisfy(
			(error) => codeOf(error) === "CONFLICT:offers.register.age",
		);
		const residents = await openCamp(tenant, { residentPostalCodes: "4800 4820" });
		await expect(register(ready, residents)).rejects.toSatisfy(
			(error) => codeOf(error) === "CONFLICT:offers.register.residents",
		);
		const later = await openCamp(tenant, { opensAt: "2027-03-01T09:00" });
		await expect(register(ready, later)).rejects.toSatisfy(
			(error) => codeOf(error) === "CONFLICT:offers.register.notOpen",
		);
		const draft = await openCamp(tenant, { status: "draft" });
		await expect(register(ready, draft)).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
	});

	it("is NOT_FOUND for another family's child and for another group's camp", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const child = await readyChild(tenant);
		const stranger = await readyChild(tenant);
		const offerId = await openCamp(tenant);
		const elsewhere = await openCamp(other);
		await expect(
			registerChild({
				db: getDb(),
				actor: guardianActor(stranger.guardian),
				childId: child.id,
				offerId,
				withCare: false,
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
		await expect(register(child, elsewhere)).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
	});
});

describe("cancelRegistration", () => {
	it("frees the place for the first child waiting, and only before the deadline", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant, { capacity: "1", waitingListSize: "2" });
		const first = await readyChild(tenant);
		const second = await readyChild(tenant);
		const third = await readyChild(tenant);
		const accepted = await register(first, offerId);
		expect((await register(second, offerId)).position).toBe(1);
		expect((await register(third, offerId)).position).toBe(2);
		await cancelRegistration({
			db: getDb(),
			actor: guardianActor(first.guardian),
			registrationId: accepted.registrationId,
		});
		const rows = await rowsOf(offerId);
		expect(rows.registrations.find((row) => row.child_id === second.id)?.status).toBe("accepted");
		expect(rows.registrations.find((row) => row.child_id === third.id)?.status).toBe("waiting");
		expect(rows.offer).toEqual({ places_taken: 1, waiting_count: 1 });
		const promotedMail = (await mailsFor(second.guardian.email)).at(-1);
		expect(JSON.parse(promotedMail?.data ?? "{}").statusLabel).toBe("acceptée");

		pinClock("2027-07-05T06:00:00Z");
		const secondRow = rows.registrations.find((row) => row.child_id === second.id);
		await expect(
			cancelRegistration({ db: getDb(), actor: guardianActor(second.guardian), registrationId: secondRow?.id ?? "" }),
		).rejects.toSatisfy((error) => codeOf(error) === "CONFLICT:offers.cancel.tooLate");
		await expect(
			cancelRegistration({ db: getDb(), actor: guardianActor(first.guardian), registrationId: secondRow?.id ?? "" }),
		).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
	});
});

describe("decideRegistration", () => {
	it("keeps capacity when staff accept from the waiting list, and readers may not decide", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant, { capacity: "1", waitingListSize: "1" });
		const first = await readyChild(tenant);
		const second = await readyChild(tenant);
		await register(first, offerId);
		const waiting = await register(second, offerId);
		await expect(
			decideRegistration({
				db: getDb(),
				actor: staffActor(tenant.admin),
				input: { decision: "accept", registrationId: waiting.registrationId },
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "CONFLICT:offers.decide.noPlace");
		await expect(
			decideRegistration({
				db: getDb(),
				actor: staffActor(tenant.reader),
				input: { decision: "cancel", registrationId: waiting.registrationId },
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "FORBIDDEN:");
		const outsider = await createTestTenant();
		await expect(
			decideRegistration({
				db: getDb(),
				actor: staffActor(outsider.admin),
				input: { decision: "cancel", registrationId: waiting.registrationId },
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "NOT_FOUND:");
		expect((await rowsOf(offerId)).offer).toEqual({ places_taken: 1, waiting_count: 1 });
	});
});

describe("the waiting list keeps its order", () => {
	it("gives new places to the children waiting when staff raise the capacity", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant, { capacity: "1", waitingListSize: "2" });
		const [first, second, third] = [await readyChild(tenant), await readyChild(tenant), await readyChild(tenant)];
		await register(first, offerId);
		await register(second, offerId);
		await saveOffer({
			db: getDb(),
			actor: staffActor(tenant.admin),
			offerId,
			input: campInput(tenant, { capacity: "2", waitingListSize: "2" }),
		});
		expect((await rowsOf(offerId)).registrations.find((row) => row.child_id === second.id)?.status).toBe("accepted");
		expect((await register(third, offerId)).status).toBe("waiting");
		expect((await rowsOf(offerId)).offer).toEqual({ places_taken: 2, waiting_count: 1 });
	});

	it("does not hand the place straight back to a child staff moved to the waiting list", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant, { capacity: "1", waitingListSize: "1" });
		const child = await readyChild(tenant);
		const { registrationId } = await register(child, offerId);
		await decideRegistration({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { decision: "wait", registrationId },
		});
		const rows = await rowsOf(offerId);
		expect(rows.registrations[0]?.status).toBe("waiting");
		expect(rows.offer).toEqual({ places_taken: 0, waiting_count: 1 });
		const mails = await mailsFor(child.guardian.email);
		expect(JSON.parse(mails.at(-1)?.data ?? "{}").statusLabel).toBe("liste d'attente (position 1)");
	});

	it("refuses to merge a dossier whose registrations still hold places", async () => {
		pinClock("2027-02-01T08:00:00Z");
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant);
		const existing = await readyChild(tenant);
		const duplicate = await readyChild(tenant);
		await register(duplicate, offerId);
		const target = await getDb()
			.selectFrom("children")
			.select("file_number")
			.where("id", "=", existing.id)
			.executeTakeFirstOrThrow();
		await expect(
			mergeDossier({
				db: getDb(),
				actor: staffActor(tenant.admin),
				childId: duplicate.id,
				input: { targetFileNumber: String(target.file_number) },
			}),
		).rejects.toSatisfy((error) => codeOf(error) === "CONFLICT:families.staff.merge.hasRegistrations");
	});
});

describe("copyOfferToNextWeek", () => {
	it("keeps the Brussels wall-clock times across the change to winter time", async () => {
		const tenant = await createTestTenant();
		const offerId = await openCamp(tenant, {
			firstDay: "2027-10-25",
			lastDay: "2027-10-29",
			opensAt: "2027-09-01T09:00",
			closesAt: "2027-10-24T18:00",
			cancelUntil: "2027-10-24T18:00",
		});
		const copy = await copyOfferToNextWeek({ db: getDb(), actor: staffActor(tenant.admin), offerId });
		const row = await getDb()
			.selectFrom("offers")
			.select(["first_day", "closes_at", "cancel_until"])
			.where("id", "=", copy.offerId)
			.executeTakeFirstOrThrow();
		expect(row.first_day).toBe("2027-11-01");
		expect(isoToBrusselsTime(row.closes_at)).toBe("2027-10-31T18:00");
		expect(isoToBrusselsTime(row.cancel_until ?? "")).toBe("2027-10-31T18:00");
	});

	it("refuses impossible dates in the offer form with a message, not an error page", async () => {
		const tenant = await createTestTenant();
		for (const overrides of [
			{ opensAt: "2027-13-01T09:00" },
			{ closesAt: "2027-02-30T10:00" },
			{ kind: "activity" as const, dates: "2027-02-01\n2027-02-30" },
		]) {
			await expect(openCamp(tenant, overrides)).rejects.toSatisfy((error) => codeOf(error).startsWith("VALIDATION"));
		}
	});
});
