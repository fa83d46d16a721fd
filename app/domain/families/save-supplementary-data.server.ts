import { type Database, withTransaction } from "#app/db/db.server.ts";
import { consentKinds } from "#app/db/schema.ts";
import { nowIso } from "#app/infra/clock.ts";
import { parseInput } from "../validation.ts";
import { changedFields, childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { consentField } from "./dossier-choices.ts";
import { type SupplementaryDataInput, supplementaryDataSchema } from "./dossier-input.ts";
import { findSupplementary } from "./families.repository.server.ts";

/**
 * Saves « Données supplémentaires ». Each consent keeps who gave (or withdrew) it and when;
 * an unchanged answer keeps its original author and date.
 */
export async function saveSupplementaryData(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	input: SupplementaryDataInput;
}): Promise<void> {
	const { db, actor, childId } = options;
	const input = parseInput(supplementaryDataSchema, options.input);
	await withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const stored = await findSupplementary(trx, child.id);
		const at = nowIso();
		const after = {
			school: input.school || null,
			schoolClass: input.schoolClass || null,
			livesWith: input.livesWith ?? null,
			livesWithDetails: input.livesWithDetails || null,
			mutuality: input.mutuality || null,
		};
		const fields = changedFields(
			{
				school: stored?.school,
				schoolClass: stored?.school_class,
				livesWith: stored?.lives_with,
				livesWithDetails: stored?.lives_with_details,
				mutuality: stored?.mutuality,
			},
			after,
		);
		const row = {
			school: after.school,
			school_class: after.schoolClass,
			lives_with: after.livesWith,
			lives_with_details: after.livesWithDetails,
			mutuality: after.mutuality,
			updated_at: at,
		};
		await trx
			.insertInto("child_supplementary")
			.values({ child_id: child.id, ...row })
			.onConflict((conflict) => conflict.column("child_id").doUpdateSet(row))
			.execute();
		const consents = await trx
			.selectFrom("child_consents")
			.select(["kind", "granted"])
			.where("child_id", "=", child.id)
			.execute();
		for (const kind of consentKinds) {
			const answer = input[consentField(kind)];
			if (answer === undefined) continue;
			const granted = answer === "yes";
			if (consents.find((consent) => consent.kind === kind)?.granted === granted) continue;
			const consent = { granted, given_by_user_id: actor.userId, given_at: at };
			await trx
				.insertInto("child_consents")
				.values({ child_id: child.id, kind, ...consent })
				.onConflict((conflict) => conflict.columns(["child_id", "kind"]).doUpdateSet(consent))
				.execute();
			fields.push(consentField(kind));
		}
		if (fields.length > 0) await recordDossierChange(trx, { actor, child, section: "supplementary", fields });
	});
}
