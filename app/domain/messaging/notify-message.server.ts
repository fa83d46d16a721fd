import type { Database } from "#app/db/db.server.ts";
import { childDisplayName, mailGuardians } from "#app/domain/families/guardian-mail.server.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { excerptOf } from "./message-input.ts";

type NotifiedThread = {
	id: string;
	group_id: string;
	child_id: string;
	house_id: string;
	subject: string;
	assigned_to_user_id: string | null;
};

/**
 * Staff told of a family's message: the colleague the thread is assigned to; otherwise the
 * managers of the thread's house; otherwise (a house without managers) the group's admins.
 */
async function staffRecipients(trx: Database, thread: NotifiedThread) {
	const base = trx
		.selectFrom("staff_memberships")
		.innerJoin("users", "users.id", "staff_memberships.user_id")
		.select(["users.id", "users.email", "users.first_name", "users.language"])
		.where("staff_memberships.group_id", "=", thread.group_id);
	if (thread.assigned_to_user_id) {
		const assigned = await base.where("users.id", "=", thread.assigned_to_user_id).execute();
		if (assigned.length > 0) return assigned;
	}
	const managers = await base
		.where("staff_memberships.role", "=", "house_manager")
		.where("staff_memberships.id", "in", (sub) =>
			sub.selectFrom("staff_membership_houses").select("membership_id").where("house_id", "=", thread.house_id),
		)
		.execute();
	if (managers.length > 0) return managers;
	return base.where("staff_memberships.role", "=", "admin").execute();
}

/** The child's guardians who chose one digest a day: their mail comes at 18:00, not now. */
async function digestGuardians(trx: Database, childId: string): Promise<string[]> {
	const rows = await trx
		.selectFrom("guardianships")
		.innerJoin("users", "users.id", "guardianships.user_id")
		.select("users.id")
		.where("guardianships.child_id", "=", childId)
		.where("users.message_mail", "=", "daily")
		.execute();
	return rows.map((row) => row.id);
}

/**
 * Enqueues « Nouveau message » mails to the other side of a thread, in the transaction of the
 * message, each in the recipient's language: the subject, the child, the house, a short excerpt
 * of what was written and a link. Nothing from the dossier (no health data) goes in the mail.
 * Guardians who chose the daily digest get none (`sendMessageDigests` lists it at 18:00).
 * Returns the number of mails.
 */
export async function notifyNewMessage(
	trx: Database,
	options: { thread: NotifiedThread; authorUserId: string; authorSide: "guardian" | "staff"; body: string },
): Promise<number> {
	const { thread, authorUserId, authorSide, body } = options;
	const child = await trx
		.selectFrom("children")
		.select(["first_name", "last_name"])
		.where("id", "=", thread.child_id)
		.executeTakeFirstOrThrow();
	const house = await trx
		.selectFrom("houses")
		.select("name")
		.where("id", "=", thread.house_id)
		.executeTakeFirstOrThrow();
	const names = { childName: childDisplayName(child), houseName: house.name };
	const appUrl = getConfig().appUrl;
	const excerpt = excerptOf(body);
	if (authorSide === "staff") {
		const url = new URL(`/messages/${thread.id}`, appUrl).toString();
		return mailGuardians(trx, {
			childId: thread.child_id,
			template: "message.received",
			except: new Set([authorUserId, ...(await digestGuardians(trx, thread.child_id))]),
			data: ({ firstName }) => ({ firstName, ...names, subject: thread.subject, excerpt, url }),
		});
	}
	const url = new URL(`/staff/${thread.group_id}/messages/${thread.id}`, appUrl).toString();
	let sent = 0;
	for (const member of await staffRecipients(trx, thread)) {
		if (member.id === authorUserId) continue;
		await enqueueMail(trx, {
			to: member.email,
			language: isLanguage(member.language) ? member.language : "fr",
			template: "message.received",
			data: { firstName: member.first_name, ...names, subject: thread.subject, excerpt, url },
		});
		sent += 1;
	}
	return sent;
}
