import type { Database } from "#app/db/db.server.ts";
import { toIso } from "#app/db/dialect.server.ts";
import { now } from "#app/infra/clock.ts";
import { passwordResetIdentifier } from "./request-password-reset.server.ts";

/** Whether a reset link can still be used, so the page can say so before anyone types. */
export async function isPasswordResetUsable(options: { db: Database; token: string }): Promise<boolean> {
	if (options.token.length === 0 || options.token.length > 200) return false;
	const row = await options.db
		.selectFrom("verifications")
		.select("expires_at")
		.where("identifier", "=", passwordResetIdentifier(options.token))
		.executeTakeFirst();
	return row !== undefined && toIso(row.expires_at) > now().toISOString();
}
