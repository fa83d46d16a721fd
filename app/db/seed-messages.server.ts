import type { Database } from "#app/db/db.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { markRead } from "#app/domain/messaging/messaging.repository.server.ts";
import { readThread } from "#app/domain/messaging/read-thread.server.ts";
import { replyToThread } from "#app/domain/messaging/reply-to-thread.server.ts";
import { startThread } from "#app/domain/messaging/start-thread.server.ts";
import { now, withClock } from "#app/infra/clock.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { findDemoNino } from "./seed-demo-child.server.ts";

/**
 * Messages for the demo, through the real use cases: Nino's parent and the crèche's manager
 * (marc.creche) have talked twice; the parent has read the first answer, not the second, so
 * « Messages » shows one unread thread. Idempotent: nothing is added once Nino has a thread.
 */
export async function seedDemoMessages(
	db: Database,
	options: { parentId: string; houseManagerId: string; groupId: string },
): Promise<string[]> {
	const creche = await findHouseByName(db, options.groupId, "Crèche Les Petits Lutins");
	const nino = await findDemoNino(db, options.groupId);
	const access = await findStaffAccess(db, options.houseManagerId, options.groupId);
	if (!creche || !nino || !access) return [];
	const existing = await db
		.selectFrom("message_threads")
		.select("id")
		.where("child_id", "=", nino.id)
		.executeTakeFirst();
	if (existing) return [];
	const storage = getFileStorage();
	const parent = { userId: options.parentId, ipAddress: "127.0.0.1" };
	const manager = { userId: options.houseManagerId, ipAddress: "127.0.0.1" };
	const staff = { kind: "staff" as const, access };
	const conversations = [
		{
			subject: "Doudou oublié",
			question: "Bonjour, Nino a oublié son doudou (un lapin bleu) vendredi. L'avez-vous retrouvé ? Merci !",
			answer: "Bonjour, oui, le lapin bleu est bien chez nous : il attend Nino dans son casier.",
			readByParent: true,
		},
		{
			subject: "Sieste de l'après-midi",
			question:
				"Bonjour, Nino dort mal ces temps-ci. Serait-il possible de le laisser dormir un peu plus longtemps l'après-midi ?",
			answer:
				"Bonjour, bien sûr : nous le laisserons se réveiller seul cette semaine et vous dirons comment cela se passe.",
			readByParent: false,
		},
	];
	// Each conversation on its own day before today: the question, the crèche's answer an hour
	// later, the parent's reading an hour after that. Distinct instants keep « lu » and « non lu »
	// exact however fast the seed runs (a read at the very millisecond of a reply counts as read).
	const start = now().getTime() - conversations.length * 86_400_000;
	for (const [index, conversation] of conversations.entries()) {
		const asked = new Date(start + index * 86_400_000);
		const answered = new Date(asked.getTime() + 3_600_000);
		const threadId = await withClock(asked, () =>
			startThread({
				db,
				storage,
				actor: parent,
				childId: nino.id,
				houseId: creche.id,
				subject: conversation.subject,
				body: conversation.question,
			}),
		);
		await withClock(answered, async () => {
			await readThread({ db, viewer: staff, threadId });
			await replyToThread({ db, storage, actor: manager, viewer: staff, threadId, body: conversation.answer });
		});
		if (conversation.readByParent) {
			const read = new Date(answered.getTime() + 3_600_000).toISOString();
			await markRead(db, { threadId, userId: options.parentId, side: "guardian", at: read });
		}
	}
	return ["demo messages (2 threads with the crèche, 1 unread)"];
}
