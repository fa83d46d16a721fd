import type { Database } from "#app/db/db.server.ts";
import { childDisplayName } from "#app/domain/families/guardian-mail.server.ts";
import { localizedText } from "#app/domain/offers/staff-translations.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { isLanguage } from "#app/locales/languages.ts";

/**
 * Enqueues « Nouveau document » in the publication's transaction: ONE mail per guardian, even
 * when several of their children are reached (the mail names them all), in the guardian's
 * language (the title's translation when staff gave one), with a link to the first child's
 * « Documents ». The file is never attached. Returns the number of mails.
 */
export async function mailPublication(
	trx: Database,
	options: { publicationId: string; houseId: string; childIds: readonly string[] },
): Promise<number> {
	const publication = await trx
		.selectFrom("published_documents")
		.innerJoin("houses", "houses.id", "published_documents.house_id")
		.select(["title", "title_nl", "title_de", "title_en", "houses.name as house_name"])
		.where("published_documents.id", "=", options.publicationId)
		.executeTakeFirstOrThrow();
	const guardians = new Map<
		string,
		{ email: string; firstName: string; language: string; children: { id: string; name: string }[] }
	>();
	// In chunks: an `in` list stays well under the databases' parameter limits for a big house.
	for (let start = 0; start < options.childIds.length; start += 500) {
		const rows = await trx
			.selectFrom("guardianships")
			.innerJoin("users", "users.id", "guardianships.user_id")
			.innerJoin("children", "children.id", "guardianships.child_id")
			.select([
				"users.id as user_id",
				"users.email",
				"users.first_name as guardian_first_name",
				"users.language",
				"children.id as child_id",
				"children.first_name",
				"children.last_name",
			])
			.where("guardianships.child_id", "in", options.childIds.slice(start, start + 500))
			.orderBy("children.first_name")
			.orderBy("children.id")
			.execute();
		for (const row of rows) {
			const guardian = guardians.get(row.user_id) ?? {
				email: row.email,
				firstName: row.guardian_first_name,
				language: row.language,
				children: [],
			};
			guardian.children.push({ id: row.child_id, name: childDisplayName(row) });
			guardians.set(row.user_id, guardian);
		}
	}
	const appUrl = getConfig().appUrl;
	for (const guardian of guardians.values()) {
		const language = isLanguage(guardian.language) ? guardian.language : "fr";
		const first = guardian.children[0] as { id: string };
		await enqueueMail(trx, {
			to: guardian.email,
			language,
			template: "document.published",
			data: {
				firstName: guardian.firstName,
				childNames: new Intl.ListFormat(language, { type: "conjunction" }).format(
					guardian.children.map((child) => child.name),
				),
				houseName: publication.house_name,
				title: localizedText(publication, "title", language),
				url: new URL(`/children/${first.id}/documents`, appUrl).toString(),
			},
		});
	}
	return guardians.size;
}
