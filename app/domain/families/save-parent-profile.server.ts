import { type Database, withTransaction } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { now } from "#app/infra/clock.ts";
import type { Actor } from "../actor.ts";
import { parseInput } from "../validation.ts";
import { parentProfileServerSchema } from "./dossier-input.server.ts";
import type { ParentProfileInput } from "./dossier-input.ts";

/**
 * Saves « Mes données »: names on the account, the rest in the parent profile. The national
 * number is optional, stored as its 11 digits, and never written to the audit log (its details
 * stay empty). Tax certificates already issued keep the number they copied (decision 035).
 *
 * @throws AppError VALIDATION (field errors as `parentProfileServerSchema` reports them).
 */
export async function saveParentProfile(options: {
	db: Database;
	/** The parent, who only ever changes their own data. */
	actor: Actor;
	input: ParentProfileInput;
}): Promise<void> {
	const { db, actor } = options;
	const input = parseInput(parentProfileServerSchema, options.input);
	const at = now();
	await withTransaction(db, async (trx) => {
		await trx
			.updateTable("users")
			.set({
				first_name: input.firstName,
				last_name: input.lastName,
				name: `${input.firstName} ${input.lastName}`,
				updated_at: at,
			})
			.where("id", "=", actor.userId)
			.execute();
		const profile = {
			mother_tongue: input.motherTongue ?? null,
			street: input.street,
			house_number: input.houseNumber,
			postal_code: input.postalCode,
			locality: input.locality,
			country: input.country,
			mobile_phone: input.mobilePhone,
			activity_category: input.activityCategory ?? null,
			national_number: input.nationalNumber ?? null,
			updated_at: at.toISOString(),
		};
		await trx
			.insertInto("parent_profiles")
			.values({ user_id: actor.userId, ...profile })
			.onConflict((conflict) => conflict.column("user_id").doUpdateSet(profile))
			.execute();
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			action: "family.profile.updated",
			targetType: "user",
			targetId: actor.userId,
			ipAddress: actor.ipAddress,
		});
	});
}
