import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { brusselsTimeToIso, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { canEditHouse, type StaffAccess } from "../groups/permissions.ts";
import { parseInput } from "../validation.ts";
import { activityDays, ageMonths, type OfferInput, offerSchema } from "./offer-input.ts";
import { lockOffer } from "./offers.repository.server.ts";
import { promoteWaiting } from "./registration-queue.server.ts";

const invalid = (field: string, key: string) => new AppError("VALIDATION", { fieldErrors: { [field]: [key] } });

/**
 * Creates a camp or an activity, or changes one (`offerId`). Group admins for every house,
 * house managers for theirs. Capacity and waiting list may not shrink below what registrations
 * already hold; the counters themselves belong to the registration use cases.
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
	return withTransaction(db, async (trx) => {
		const house = await trx
			.selectFrom("houses")
			.select("id")
			.where("id", "=", input.houseId)
			.where("group_id", "=", groupId)
			.executeTakeFirst();
		if (!house || !canEditHouse(actor.access, house.id)) throw invalid("houseId", "offers.validation.house");
		if (input.periodId) {
			const period = await trx
				.selectFrom("periods")
				.select("id")
				.where("id", "=", input.periodId)
				.where("group_id", "=", groupId)
				.executeTakeFirst();
			if (!period) throw invalid("periodId", "offers.validation.period");
		}
		const days = input.kind === "activity" ? activityDays(input.dates) : [];
		const at = nowIso();
		const values = {
			house_id: house.id,
			kind: input.kind,
			period_id: input.periodId || null,
			title: input.title,
			description: input.description ?? "",
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
			capacity: input.capacity,
			waiting_list_size: input.waitingListSize,
			opens_at: brusselsTimeToIso(input.opensAt),
			closes_at: brusselsTimeToIso(input.closesAt),
			cancel_until: input.cancelUntil ? brusselsTimeToIso(input.cancelUntil) : null,
			confirmation_mode: input.confirmationMode,
			resident_postal_codes: JSON.stringify(input.residentPostalCodes),
			status: input.status,
			updated_at: at,
		};
		let offerId = options.offerId;
		if (offerId) {
			const current = await lockOffer(trx, groupId, offerId);
			if (!current || !canEditHouse(actor.access, current.house_id)) throw new AppError("NOT_FOUND");
			if (input.capacity < current.places_taken) throw invalid("capacity", "offers.validation.belowTaken");
			if (input.waitingListSize < current.waiting_count)
				throw invalid("waitingListSize", "offers.validation.belowWaiting");
			await trx.updateTable("offers").set(values).where("id", "=", offerId).where("group_id", "=", groupId).execute();
			// New places go to the children already waiting, before anyone who registers next.
			if (input.capacity > current.places_taken && current.waiting_count > 0) {
				await promoteWaiting(trx, { ...current, ...values }, actor.userId);
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
			details: { kind: input.kind, title: input.title, status: input.status },
		});
		return { offerId };
	});
}
