import type { Selectable } from "kysely";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import type { OffersTable } from "#app/db/schema.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { brusselsTimeToIso, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { canEditHouse, type StaffAccess } from "../groups/permissions.ts";
import { parseInput } from "../validation.ts";
import { cancelOfferRegistrations } from "./cancel-offer-registrations.server.ts";
import { scheduleChanges } from "./offer-changes.ts";
import { offerDays } from "./offer-dates.ts";
import { activityDays, ageMonths, type OfferInput, offerSchema } from "./offer-input.ts";
import { lockOffer } from "./offers.repository.server.ts";
import { registersByDay } from "./register-child.server.ts";
import { mailOfferChanged } from "./registration-mail.server.ts";
import { promoteWaiting, unitOf } from "./registration-queue.server.ts";
import { translationValue } from "./staff-translations.ts";

const invalid = (field: string, key: string) => new AppError("VALIDATION", { fieldErrors: { [field]: [key] } });

/**
 * Creates a camp or an activity, or changes one (`offerId`). Group admins for every house,
 * house managers for theirs. Capacity and waiting list may not shrink below what registrations
 * already hold; the counters themselves belong to the registration use cases. With
 * registrations (decision 017): setting the status to cancelled cancels every active one and
 * mails the families; changing dates, times, place or price mails them what changed (old and
 * new values) and raises the offer's revision, so calendars replace their event. An activity
 * registered day by day (decision 023) checks capacity against each day; a day removed from it
 * cancels that day's registrations (`date_removed`, mailed); whether dates are registered
 * together or one by one cannot change while registrations are active. Archived offers are not
 * changed. Errors: VALIDATION (field errors), NOT_FOUND, CONFLICT (archived).
 */
export async function saveOffer(options: {
	db: Database;
	/** Staff who manage the offer's house. */
	actor: Actor & { access: StaffAccess };
	/** The offer to change; absent to create one. */
	offerId?: string;
	input: OfferInput;
}): Promise<{ offerId: string }> {
	const { db, actor } = options;
	const input = parseInput(offerSchema, options.input);
	const groupId = actor.access.groupId;
	const result = await withTransaction(db, async (trx) => {
		const house = await trx
			.selectFrom("houses")
			.select(["id", "archived_at"])
			.where("id", "=", input.houseId)
			.where("group_id", "=", groupId)
			.executeTakeFirst();
		if (!house || !canEditHouse(actor.access, house.id)) throw invalid("houseId", "offers.validation.house");
		// An archived house or period keeps the offers it has, and takes no new one (decision 024).
		const previous = options.offerId
			? await trx
					.selectFrom("offers")
					.select(["house_id", "period_id"])
					.where("id", "=", options.offerId)
					.where("group_id", "=", groupId)
					.executeTakeFirst()
			: undefined;
		if (house.archived_at !== null && previous?.house_id !== house.id) {
			throw invalid("houseId", "offers.validation.house");
		}
		const days = input.kind === "activity" ? activityDays(input.dates) : [];
		if (input.periodId) {
			const period = await trx
				.selectFrom("periods")
				.select(["id", "starts_on", "ends_on", "archived_at"])
				.where("id", "=", input.periodId)
				.where("group_id", "=", groupId)
				.executeTakeFirst();
			if (!period || (period.archived_at !== null && previous?.period_id !== period.id)) {
				throw invalid("periodId", "offers.validation.period");
			}
			const first = days[0] ?? input.firstDay;
			const last = days.at(-1) ?? input.lastDay;
			if (first < period.starts_on || last > period.ends_on) {
				throw invalid(input.kind === "activity" ? "dates" : "firstDay", "offers.validation.outsidePeriod");
			}
		}
		const at = nowIso();
		const values = {
			house_id: house.id,
			kind: input.kind,
			period_id: input.periodId || null,
			title: input.title,
			description: input.description ?? "",
			title_nl: translationValue(input.titleNl),
			title_de: translationValue(input.titleDe),
			title_en: translationValue(input.titleEn),
			description_nl: translationValue(input.descriptionNl),
			description_de: translationValue(input.descriptionDe),
			description_en: translationValue(input.descriptionEn),
			first_day: days[0] ?? input.firstDay,
			last_day: days.at(-1) ?? input.lastDay,
			dates: JSON.stringify(days),
			start_time: input.startTime,
			end_time: input.endTime,
			price_cents: input.price,
			care_price_cents: input.carePrice ?? null,
			care_optional: input.careOptional === "on",
			min_age_months: ageMonths(input.minAgeYears, input.minAgeMonths),
			max_age_months: ageMonths(input.maxAgeYears, input.maxAgeMonths),
			max_age_whole_years: input.maxAgeYears !== undefined && input.maxAgeMonths === undefined,
			capacity: input.capacity,
			waiting_list_size: input.waitingListSize,
			opens_at: brusselsTimeToIso(input.opensAt),
			closes_at: brusselsTimeToIso(input.closesAt),
			cancel_until: input.cancelUntil ? brusselsTimeToIso(input.cancelUntil) : null,
			confirmation_mode: input.confirmationMode,
			resident_postal_codes: JSON.stringify(input.residentPostalCodes),
			status: input.status,
			// Camps are always one registration; activities as staff chose (decision 023).
			dates_together: input.kind === "camp" || input.datesTogether === "on",
			updated_at: at,
		};
		let offerId = options.offerId;
		let cancelled = 0;
		let notified = 0;
		if (offerId) {
			const current = await lockOffer(trx, groupId, offerId);
			if (!current || !canEditHouse(actor.access, current.house_id)) throw new AppError("NOT_FOUND");
			if (current.archived_at !== null) throw new AppError("CONFLICT", { fieldErrors: { form: ["offers.archived"] } });
			const cancelling = values.status === "cancelled" && current.status !== "cancelled";
			const dayCounters = await trx
				.selectFrom("offer_day_counters")
				.select(["day", "places_taken", "waiting_count"])
				.where("offer_id", "=", offerId)
				.execute();
			const removedDays = registersByDay(current)
				? offerDays(current).filter((day) => !offerDays(values).includes(day))
				: [];
			if (!cancelling) {
				// Each day of an activity registered day by day holds its own places (decision 023).
				const kept = dayCounters.filter((counter) => !removedDays.includes(counter.day));
				const taken = Math.max(current.places_taken, ...kept.map((counter) => counter.places_taken));
				const waiting = Math.max(current.waiting_count, ...kept.map((counter) => counter.waiting_count));
				if (input.capacity < taken) throw invalid("capacity", "offers.validation.belowTaken");
				if (input.waitingListSize < waiting) throw invalid("waitingListSize", "offers.validation.belowWaiting");
			}
			// Registrations are of all the dates or of one day: the choice stays while any is active.
			if (registersByDay(current) !== registersByDay(values) && (await hasActiveRegistrations(trx, offerId))) {
				throw invalid("datesTogether", "offers.validation.datesTogetherLocked");
			}
			const changes = scheduleChanges(current, values);
			const revision = current.revision + (changes.length > 0 || cancelling ? 1 : 0);
			await trx
				.updateTable("offers")
				.set({ ...values, revision })
				.where("id", "=", offerId)
				.where("group_id", "=", groupId)
				.execute();
			const saved = { ...current, ...values, revision };
			if (cancelling) {
				cancelled = await cancelOfferRegistrations(trx, { offer: saved, actor });
			} else {
				// A day removed from an activity registered day by day cancels its registrations.
				cancelled = await cancelOfferRegistrations(trx, { offer: saved, actor, days: removedDays });
				if (changes.length > 0) notified = await mailScheduleChanges(trx, { before: current, after: saved, changes });
			}
			// New places go to the children already waiting, before anyone who registers next.
			if (!cancelling && input.capacity > current.places_taken && current.waiting_count > 0) {
				await promoteWaiting(trx, { ...saved, offer_day: null }, actor.userId);
			}
			if (!cancelling && registersByDay(saved)) {
				for (const counter of dayCounters) {
					if (removedDays.includes(counter.day) || counter.waiting_count === 0) continue;
					if (input.capacity <= counter.places_taken) continue;
					await promoteWaiting(trx, await unitOf(trx, saved, counter.day), actor.userId);
				}
			}
		} else {
			offerId = newId();
			await trx
				.insertInto("offers")
				.values({ id: offerId, group_id: groupId, created_at: at, ...values })
				.execute();
		}
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: options.offerId ? "offer.updated" : "offer.created",
			targetType: "offer",
			targetId: offerId,
			ipAddress: actor.ipAddress,
			details: { kind: input.kind, title: input.title, status: input.status, cancelled, notified },
		});
		return { offerId };
	});
	wakeMailSender();
	return result;
}

/** Mails the families of every active registration what changed; returns how many children. */
async function mailScheduleChanges(
	trx: Database,
	options: {
		before: Selectable<OffersTable>;
		after: Selectable<OffersTable>;
		changes: ReturnType<typeof scheduleChanges>;
	},
): Promise<number> {
	const { before, after, changes } = options;
	const houses = await trx
		.selectFrom("houses")
		.select(["id", "name"])
		.where("id", "in", [before.house_id, after.house_id])
		.execute();
	const houseName = (id: string) => houses.find((house) => house.id === id)?.name ?? "";
	const registrations = await trx
		.selectFrom("registrations")
		.select("child_id")
		.where("offer_id", "=", after.id)
		.where("status", "in", ["pending", "accepted", "waiting"])
		.orderBy("queued_at")
		.execute();
	// A child registered for several days of an activity is one family: one mail.
	const children = [...new Set(registrations.map((registration) => registration.child_id))];
	for (const childId of children) {
		await mailOfferChanged(trx, {
			childId,
			changes,
			before: { ...before, house_name: houseName(before.house_id) },
			after: { ...after, house_name: houseName(after.house_id) },
		});
	}
	return children.length;
}

async function hasActiveRegistrations(trx: Database, offerId: string): Promise<boolean> {
	const row = await trx
		.selectFrom("registrations")
		.select("id")
		.where("offer_id", "=", offerId)
		.where("status", "in", ["pending", "accepted", "waiting"])
		.executeTakeFirst();
	return row !== undefined;
}
