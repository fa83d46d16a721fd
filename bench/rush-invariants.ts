/**
 * What must hold in the database after the rush (docs DESIGN §6): never more places than the
 * capacity nor more waiting than the list, one registration per child, counters equal to the
 * rows, one mail per committed registration per guardian — and nothing lost: every request
 * answered with success has its registration, and the places all went to someone.
 */
import { getDb } from "#app/db/db.server.ts";
import type { Parent } from "./rush-setup.ts";

export type Check = { name: string; pass: boolean; detail: string };

export async function checkInvariants(options: {
	offerId: string;
	parents: Parent[];
	/** The children whose « S'inscrire » was answered with success. */
	succeeded: Set<string>;
	/** Requests without an answer or answered with neither success nor 409. */
	errors: number;
}): Promise<{ checks: Check[]; statusByChild: Map<string, string> }> {
	const db = getDb();
	const offer = await db
		.selectFrom("offers")
		.select(["capacity", "waiting_list_size", "places_taken", "waiting_count"])
		.where("id", "=", options.offerId)
		.executeTakeFirstOrThrow();
	const rows = await db
		.selectFrom("registrations")
		.select(["child_id", "status"])
		.where("offer_id", "=", options.offerId)
		.execute();
	const statusByChild = new Map(rows.map((row) => [row.child_id, row.status]));
	const count = (statuses: string[]) => rows.filter((row) => statuses.includes(row.status)).length;
	const placed = count(["accepted", "pending"]);
	const waiting = count(["waiting"]);
	const guardianMails = await db
		.selectFrom("outbox_mails")
		.select(["to_address"])
		.where("template", "=", "registration.updated")
		.execute();
	const mailsByAddress = new Map<string, number>();
	for (const mail of guardianMails) mailsByAddress.set(mail.to_address, (mailsByAddress.get(mail.to_address) ?? 0) + 1);
	// Each rush child has exactly one guardian: its parent.
	const registered = options.parents.filter((parent) => statusByChild.has(parent.childId));
	const mailed = registered.filter((parent) => mailsByAddress.get(parent.email) === 1).length;
	const lost = [...options.succeeded].filter((childId) => !statusByChild.has(childId)).length;
	const expectedPlaced = Math.min(offer.capacity, options.parents.length);
	const expectedWaiting = Math.min(offer.waiting_list_size, options.parents.length - expectedPlaced);

	const checks: Check[] = [
		{ name: "accepted ≤ capacity", pass: placed <= offer.capacity, detail: `${placed} ≤ ${offer.capacity}` },
		{
			name: "waiting ≤ waiting-list size",
			pass: waiting <= offer.waiting_list_size,
			detail: `${waiting} ≤ ${offer.waiting_list_size}`,
		},
		{
			name: "one registration per child",
			pass: statusByChild.size === rows.length,
			detail: `${rows.length} rows, ${statusByChild.size} children`,
		},
		{
			name: "counters equal the rows",
			pass: offer.places_taken === placed && offer.waiting_count === waiting,
			detail: `places_taken ${offer.places_taken} = ${placed}, waiting_count ${offer.waiting_count} = ${waiting}`,
		},
		{
			name: "one mail per registration per guardian",
			pass: mailed === rows.length && guardianMails.length === rows.length,
			detail: `${guardianMails.length} mails for ${rows.length} registrations, ${mailed} guardians with exactly one`,
		},
		{
			name: "every success is a registration",
			pass: lost === 0 && options.succeeded.size === rows.length,
			detail: `${options.succeeded.size} answered with success, ${rows.length} rows, ${lost} lost`,
		},
		{
			name: "every place given, everyone answered",
			pass: placed === expectedPlaced && waiting === expectedWaiting && options.errors === 0,
			detail: `${placed}/${expectedPlaced} places, ${waiting}/${expectedWaiting} waiting, ${options.errors} errors`,
		},
	];
	return { checks, statusByChild };
}
