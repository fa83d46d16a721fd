import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import { formatChildCode } from "#app/domain/families/child-code.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { renderChildCodeLetter } from "#app/infra/pdf/child-code-letter.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { staffDossier } from "../../../../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/letter";

/**
 * The letter (PDF) that hands a child code to a parent: group code, child code and the steps
 * to add the child, in the chosen language. Only for an unused, unrevoked code of the group,
 * and only for group admins.
 */
export async function loader(args: Route.LoaderArgs) {
	const dossier = await staffDossier(args);
	// Child codes are the group admins' (decision 013): 403 to the others who see the child.
	if (!dossier.canEdit || !dossier.canManageGroup) throw data(null, { status: 403 });
	const { child } = dossier;
	const code = await getDb()
		.selectFrom("child_codes")
		.select(["id", "code"])
		.where("id", "=", args.params.codeId)
		.where("child_id", "=", child.id)
		.where("group_id", "=", child.group_id)
		.where("used_at", "is", null)
		.where("revoked_at", "is", null)
		.executeTakeFirst();
	if (!code) throw data(null, { status: 404 });
	const requested = documentUrl(args.request).searchParams.get("language");
	const language = isLanguage(requested) ? requested : "fr";
	const pdf = await renderChildCodeLetter({
		language,
		groupName: child.group_name,
		groupCode: child.group_code,
		groupPhone: child.group_phone,
		groupEmail: child.group_email,
		childFirstName: child.first_name || null,
		childLastName: child.last_name,
		childCode: formatChildCode(code.code),
		portalUrl: new URL("/", getConfig().appUrl).toString(),
		issuedOn: dateInBrussels(),
	});
	await recordAuditEvent(getDb(), {
		actorUserId: dossier.actor.userId,
		groupId: child.group_id,
		action: "child.code.letter_printed",
		targetType: "child",
		targetId: child.id,
		ipAddress: dossier.actor.ipAddress,
		details: { codeId: code.id, language },
	});
	return new Response(new Uint8Array(pdf), {
		headers: {
			"Content-Type": "application/pdf",
			"Content-Disposition": `inline; filename="code-${child.file_number}-${language}.pdf"`,
			"Cache-Control": "no-store",
		},
	});
}
