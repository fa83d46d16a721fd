import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import type { Actor } from "../actor.ts";
import { AppError } from "../app-error.ts";
import { type StaffAccess, staffPermissions } from "../groups/permissions.ts";
import { parseInput } from "../validation.ts";
import { type PeriodInput, periodSchema } from "./offer-input.ts";
import { translationValue } from "./staff-translations.ts";

const invalid = (field: string, key: string) => new AppError("VALIDATION", { fieldErrors: { [field]: [key] } });

/**
 * A period of the group (« Vacances de Noël 2026 ») that camps belong to and parents filter on.
 * The same period twice (its name, whatever the case, or its very dates) is refused on its
 * field: parents would see it twice in their filter.
 */
export async function createPeriod(options: {
	db: Database;
	/** Staff who may manage offers (not readers). */
	actor: Actor & { access: StaffAccess };
	input: PeriodInput;
}): Promise<{ periodId: string }> {
	const { db, actor } = options;
	if (staffPermissions(actor.access).readOnly) throw new AppError("FORBIDDEN");
	const input = parseInput(periodSchema, options.input);
	return withTransaction(db, async (trx) => {
		// A group has a few dozen periods: compared here, where case folding is the same on both databases.
		const periods = await trx
			.selectFrom("periods")
			.select(["name", "starts_on", "ends_on"])
			.where("group_id", "=", actor.access.groupId)
			.execute();
		const sameName = (name: string) => name.trim().toLocaleLowerCase("fr") === input.name.toLocaleLowerCase("fr");
		if (periods.some((period) => sameName(period.name))) throw invalid("name", "offers.validation.periodExists");
		if (periods.some((period) => period.starts_on === input.startsOn && period.ends_on === input.endsOn)) {
			throw invalid("startsOn", "offers.validation.periodSameDates");
		}
		const periodId = newId();
		await trx
			.insertInto("periods")
			.values({
				id: periodId,
				group_id: actor.access.groupId,
				name: input.name,
				name_nl: translationValue(input.nameNl),
				name_de: translationValue(input.nameDe),
				name_en: translationValue(input.nameEn),
				starts_on: input.startsOn,
				ends_on: input.endsOn,
				created_at: nowIso(),
			})
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId: actor.access.groupId,
			action: "period.created",
			targetType: "period",
			targetId: periodId,
			ipAddress: actor.ipAddress,
			details: { name: input.name },
		});
		return { periodId };
	});
}
