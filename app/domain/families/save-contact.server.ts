import { type Database, withTransaction } from "#app/db/db.server.ts";
import { nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { AppError } from "../app-error.ts";
import { parseInput } from "../validation.ts";
import { childForChange, type DossierActor, recordDossierChange } from "./dossier-access.server.ts";
import { contactServerSchema } from "./dossier-input.server.ts";
import type { ContactInput } from "./dossier-input.ts";

/** Adds a contact to a child, or changes one of its contacts (`contactId`). */
export async function saveContact(options: {
	db: Database;
	/** A guardian of the child or an editing staff member of its group. */
	actor: DossierActor;
	childId: string;
	/** The contact to change; absent to add one. */
	contactId?: string;
	input: ContactInput;
}): Promise<{ contactId: string }> {
	const { db, actor, childId } = options;
	const input = parseInput(contactServerSchema, options.input);
	return withTransaction(db, async (trx) => {
		const child = await childForChange(trx, actor, childId);
		const at = nowIso();
		const values = {
			name: input.name,
			relation: input.relation,
			phone: input.phone,
			phone_alt: input.phoneAlt || null,
			role: input.role,
			notes: input.notes ?? "",
			updated_at: at,
		};
		let contactId = options.contactId;
		if (contactId) {
			const updated = await trx
				.updateTable("child_contacts")
				.set(values)
				.where("id", "=", contactId)
				.where("child_id", "=", child.id)
				.executeTakeFirst();
			if (Number(updated.numUpdatedRows) !== 1) throw new AppError("NOT_FOUND");
		} else {
			contactId = newId();
			await trx
				.insertInto("child_contacts")
				.values({ id: contactId, child_id: child.id, created_at: at, ...values })
				.execute();
		}
		await recordDossierChange(trx, { actor, child, section: "contacts", fields: [input.role] });
		return { contactId };
	});
}
