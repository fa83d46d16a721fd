import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdateSkipLocked } from "#app/db/dialect.server.ts";
import { appLink } from "#app/domain/accounts/links.server.ts";
import { now, nowIso } from "#app/infra/clock.ts";
import type { Logger } from "#app/infra/logger.server.ts";
import { wakeMailSender } from "#app/infra/mail/delivery.server.ts";
import { enqueueMail } from "#app/infra/mail/outbox.server.ts";
import { startPoller } from "#app/infra/mail/poller.ts";
import type { DigestThread } from "#app/infra/mail/templates.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { formatDate } from "#app/ui/format.ts";
import { digestTimeOf, latestDigestDay } from "./digest-time.ts";
import { excerptOf } from "./message-input.ts";

/** How often each app server looks for digests to make: at most this late after 18:00. */
export const DIGEST_INTERVAL_MS = 5 * 60 * 1000;

/**
 * Makes the daily digest of every parent who chose `daily` (« Un résumé par jour ») and has none
 * yet for the latest digest day: the Brussels day whose 18:00 (`DIGEST_TIME`) is at or before
 * `at`. A digest lists the threads where staff wrote, between the previous digest's time (or
 * the moment the parent chose `daily`) and this one's, messages the parent has not read since:
 * the subject, the child's first name, the house, how many, and a short excerpt of the latest
 * (never more of a message, never anything from the dossier). One mail, in the parent's
 * language, through the outbox; nothing unread, no mail.
 *
 * Exactly once per parent and day with several app servers: each parent is handled in its own
 * transaction that first locks the parent's user row (PostgreSQL: `FOR UPDATE SKIP LOCKED`, so
 * another server skips them; SQLite: one writer at a time), looks again, and records the day in
 * `message_digests`, whose primary key (user, day) refuses a second digest whatever happens.
 *
 * @returns how many parents' days were handled, and how many of them got a mail.
 */
export async function sendMessageDigests(options: {
	db: Database;
	/** The instant of the round; the injectable clock's `now()` by default. */
	at?: Date;
}): Promise<{ digests: number; mailed: number }> {
	const { db } = options;
	const day = latestDigestDay(options.at ?? now());
	const until = digestTimeOf(day);
	const parents = await db
		.selectFrom("users")
		.select("users.id")
		.where("users.message_mail", "=", "daily")
		.where("users.message_mail_since", "<", until)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom("message_digests")
						.select("message_digests.user_id")
						.whereRef("message_digests.user_id", "=", "users.id")
						.where("message_digests.digest_day", "=", day),
				),
			),
		)
		.execute();
	let digests = 0;
	let mailed = 0;
	for (const parent of parents) {
		const threads = await makeDigest(db, { userId: parent.id, day, until });
		if (threads === null) continue;
		digests += 1;
		if (threads > 0) mailed += 1;
	}
	if (mailed > 0) wakeMailSender();
	return { digests, mailed };
}

/**
 * One parent's digest of `day`: the number of threads mailed (0: nothing unread, no mail), or
 * null when another server holds the parent, already did it, or the parent is back to `instant`.
 */
async function makeDigest(
	db: Database,
	options: { userId: string; day: string; until: string },
): Promise<number | null> {
	const { userId, day, until } = options;
	return withTransaction(db, async (trx) => {
		const parent = await forUpdateSkipLocked(
			trx,
			trx
				.selectFrom("users")
				.select(["id", "email", "first_name", "language", "message_mail", "message_mail_since"])
				.where("id", "=", userId),
		).executeTakeFirst();
		if (parent?.message_mail !== "daily" || !parent.message_mail_since) return null;
		const done = await trx
			.selectFrom("message_digests")
			.select("user_id")
			.where("user_id", "=", userId)
			.where("digest_day", "=", day)
			.executeTakeFirst();
		if (done) return null;
		const previous = await trx
			.selectFrom("message_digests")
			.select((eb) => eb.fn.max("covered_until").as("covered_until"))
			.where("user_id", "=", userId)
			.where("digest_day", "<", day)
			.executeTakeFirst();
		const from =
			previous?.covered_until && previous.covered_until > parent.message_mail_since
				? previous.covered_until
				: parent.message_mail_since;
		const language = isLanguage(parent.language) ? parent.language : "fr";
		const threads = await unreadStaffThreads(trx, { userId, from, until });
		await trx
			.insertInto("message_digests")
			.values({
				user_id: userId,
				digest_day: day,
				covered_until: until,
				thread_count: threads.length,
				created_at: nowIso(),
			})
			.execute();
		if (threads.length > 0) {
			await enqueueMail(trx, {
				to: parent.email,
				language,
				template: "message.digest",
				data: { firstName: parent.first_name, day: formatDate(day, language), threads, url: appLink("/messages") },
			});
		}
		return threads.length;
	});
}

/**
 * The threads of the parent's children where staff wrote in `(from, until]` and the parent has
 * not read it since, latest first. Internal notes are staff-only and never counted.
 */
async function unreadStaffThreads(
	trx: Database,
	options: { userId: string; from: string; until: string },
): Promise<DigestThread[]> {
	const { userId, from, until } = options;
	const unread = await trx
		.selectFrom("messages")
		.innerJoin("message_threads", "message_threads.id", "messages.thread_id")
		.innerJoin("children", "children.id", "message_threads.child_id")
		.innerJoin("houses", "houses.id", "message_threads.house_id")
		.select((eb) => [
			"message_threads.id",
			"message_threads.subject",
			"children.first_name as child_first_name",
			"houses.name as house_name",
			eb.fn.countAll<string | number>().as("count"),
			eb.fn.max("messages.sent_at").as("latest_at"),
		])
		.where("message_threads.child_id", "in", (eb) =>
			eb.selectFrom("guardianships").select("guardianships.child_id").where("guardianships.user_id", "=", userId),
		)
		.where("messages.author_side", "=", "staff")
		.where("messages.internal", "=", false)
		.where("messages.sent_at", ">", from)
		.where("messages.sent_at", "<=", until)
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom("message_reads")
						.select("message_reads.thread_id")
						.whereRef("message_reads.thread_id", "=", "messages.thread_id")
						.where("message_reads.user_id", "=", userId)
						.whereRef("message_reads.read_at", ">=", "messages.sent_at"),
				),
			),
		)
		.groupBy(["message_threads.id", "message_threads.subject", "children.first_name", "houses.name"])
		.orderBy("latest_at", "desc")
		.execute();
	const threads: DigestThread[] = [];
	for (const thread of unread) {
		const latest = await trx
			.selectFrom("messages")
			.select("body")
			.where("thread_id", "=", thread.id)
			.where("author_side", "=", "staff")
			.where("internal", "=", false)
			.where("sent_at", "=", thread.latest_at)
			.executeTakeFirstOrThrow();
		threads.push({
			subject: thread.subject,
			childFirstName: thread.child_first_name,
			houseName: thread.house_name,
			count: Number(thread.count),
			excerpt: excerptOf(latest.body),
			url: appLink(`/messages/${thread.id}`),
		});
	}
	return threads;
}

/**
 * Looks for digests to make at start and then every five minutes, on each app server (the
 * claims above keep a parent from getting two). `stop()` waits for the round in flight.
 */
export function startMessageDigests(options: { db: Database; log: Logger }): { stop(): Promise<void> } {
	const log = options.log.child({ component: "message-digests" });
	const poller = startPoller({
		job: async () => {
			const { digests, mailed } = await sendMessageDigests({ db: options.db });
			if (digests > 0) log.info({ digests, mailed }, "message digests made");
		},
		intervalMs: DIGEST_INTERVAL_MS,
		onError: (error) => log.error({ err: error }, "message digests failed"),
	});
	return { stop: () => poller.stop() };
}
