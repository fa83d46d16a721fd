/**
 * Builders for camps, activities and registrations, through the real use cases. The default
 * camp takes registrations from 01/01/2027 to 30/06/2027: tests that register pin the clock
 * inside that window (`registrationsOpenAt`).
 */
import { getDb } from "#app/db/db.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import type { StaffAccess } from "#app/domain/groups/permissions.ts";
import type { OfferInput } from "#app/domain/offers/offer-input.ts";
import { registerChild } from "#app/domain/offers/register-child.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { dateInBrussels, isoToBrusselsTime, now } from "#app/infra/clock.ts";
import { completeGeneralData, createTestChild, guardianActor, staffActor, type TestUser } from "./factories.ts";

/** An instant when the default camp takes registrations. */
export const registrationsOpenAt = "2027-02-01T08:00:00Z";

type OfferTenant = { admin: { id: string; access: StaffAccess }; firstHouse: { id: string } };

/** A week-long open camp in the tenant's first house: 5 places, 1 on the waiting list, ages 3 to 12. */
export function campInput(tenant: OfferTenant, overrides: Partial<OfferInput> = {}): OfferInput {
	return {
		kind: "camp",
		houseId: tenant.firstHouse.id,
		title: "Stage nature",
		firstDay: "2027-07-05",
		lastDay: "2027-07-09",
		startTime: "09:00",
		endTime: "16:00",
		price: "85",
		carePrice: "5",
		careOptional: "on",
		minAgeYears: "3",
		maxAgeYears: "12",
		capacity: "5",
		waitingListSize: "1",
		opensAt: "2027-01-01T09:00",
		closesAt: "2027-06-30T18:00",
		confirmationMode: "automatic",
		status: "open",
		...overrides,
	};
}

/** A camp (or, with overrides, an activity) created by the tenant's admin. */
export async function createTestOffer(tenant: OfferTenant, overrides: Partial<OfferInput> = {}) {
	const { offerId } = await saveOffer({
		db: getDb(),
		actor: staffActor(tenant.admin),
		input: campInput(tenant, overrides),
	});
	return { id: offerId };
}

/** A child with a dossier complete enough to register (a girl born 22/08/2020). */
export async function createReadyChild(
	group: { code: string },
	options: { guardian?: TestUser; lastName?: string; firstName?: string } = {},
) {
	const child = await createTestChild(group, options);
	await saveGeneralData({
		db: getDb(),
		actor: guardianActor(child.guardian),
		childId: child.id,
		input: {
			...completeGeneralData,
			lastName: options.lastName ?? `Enfant${child.id.slice(-6)}`,
			firstName: options.firstName ?? completeGeneralData.firstName,
		},
	});
	return child;
}

/** « S'inscrire » clicked by the child's guardian (the clock must be within the window). */
export async function registerTestChild(
	child: { id: string; guardian: TestUser },
	offerId: string,
	withCare = false,
	days?: string[],
) {
	return registerChild({
		db: getDb(),
		actor: guardianActor(child.guardian),
		childId: child.id,
		offerId,
		withCare,
		days,
	});
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Dates around the application's clock, for tests that do not pin it (or pin it anywhere):
 * registrations open since yesterday for a month, the camp from `startsIn` days ahead for
 * `days` days, cancellable until the eve of its first day.
 */
export function windowAroundNow(
	options: { startsIn?: number; days?: number } = {},
): Pick<OfferInput, "opensAt" | "closesAt" | "cancelUntil" | "firstDay" | "lastDay"> {
	const at = now().getTime();
	const startsIn = options.startsIn ?? 45;
	const firstDay = dateInBrussels(new Date(at + startsIn * DAY_MS));
	return {
		opensAt: isoToBrusselsTime(new Date(at - DAY_MS).toISOString()),
		closesAt: isoToBrusselsTime(new Date(at + 30 * DAY_MS).toISOString()),
		cancelUntil: `${dateInBrussels(new Date(at + (startsIn - 1) * DAY_MS))}T18:00`,
		firstDay,
		lastDay: dateInBrussels(new Date(at + (startsIn + (options.days ?? 5) - 1) * DAY_MS)),
	};
}

/**
 * An activity of the tenant's first house on the given days, open for registration now;
 * registrations close and cancellations end by its first day at the latest. One registration
 * for all its days unless `datesTogether: undefined` is given (then parents choose days).
 */
export async function createTestActivity(tenant: OfferTenant, days: string[], overrides: Partial<OfferInput> = {}) {
	const window = windowAroundNow();
	const first = days[0] ?? window.firstDay;
	const byFirstDay = (local: string | undefined) => (local && local.slice(0, 10) > first ? `${first}T08:00` : local);
	return createTestOffer(tenant, {
		...window,
		closesAt: byFirstDay(window.closesAt),
		cancelUntil: byFirstDay(window.cancelUntil),
		kind: "activity",
		title: "Journée pédagogique",
		firstDay: days[0] ?? window.firstDay,
		lastDay: days.at(-1) ?? window.firstDay,
		dates: days.join("\n"),
		carePrice: undefined,
		careOptional: undefined,
		datesTogether: "on",
		...overrides,
	});
}
