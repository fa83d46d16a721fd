import type { TFunction } from "i18next";
import type { Database } from "#app/db/db.server.ts";
import { resolveAuditNames } from "./audit-names.repository.server.ts";
import { type AuditRow, auditSentence } from "./audit-sentences.ts";

/**
 * A group's audit rows with a sentence each, in the language of `t`. Names are resolved for
 * all rows at once (one query per kind of entity), within the group.
 */
export async function describeAuditEvents<Row extends AuditRow>(
	db: Database,
	options: {
		groupId: string;
		rows: Row[];
		t: TFunction;
		/** Language of `t`, for dates inside sentences. */
		language: string;
	},
): Promise<(Row & { sentence: string })[]> {
	const names = await resolveAuditNames(db, options.groupId, options.rows);
	return options.rows.map((row) => ({ ...row, sentence: auditSentence(row, names, options.t, options.language) }));
}
