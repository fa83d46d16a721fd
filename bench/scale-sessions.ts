/**
 * Run by bench:scale in a child process per dataset (its own DATABASE_URL and AUTH_SECRET):
 * signs in the generated group's admin, house manager and parent (sessions made as better-auth
 * makes them, see rush-setup) and prints, as one JSON line, their cookies and the ids the
 * benchmark's URLs need.
 */
import { closeDb, getDb } from "#app/db/db.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { signedInCookie } from "./rush-setup.ts";

const code = process.argv[2] ?? "GRANDEVILLE";
const db = getDb();
const group = await db.selectFrom("groups").select("id").where("code", "=", code).executeTakeFirstOrThrow();
const userId = async (username: string) =>
	(
		await db
			.selectFrom("users")
			.select("id")
			.where("username", "=", `${username}.${code.toLowerCase()}`)
			.executeTakeFirstOrThrow()
	).id;
const parentId = await userId("parent");
const child = await db
	.selectFrom("guardianships")
	.select("child_id")
	.where("user_id", "=", parentId)
	.orderBy("child_id")
	.executeTakeFirstOrThrow();
// The newest camp that has begun: its lists are full (accepted, waiting, refused, cancelled).
const offer = await db
	.selectFrom("offers")
	.select("id")
	.where("group_id", "=", group.id)
	.where("kind", "=", "camp")
	.where("first_day", "<=", dateInBrussels())
	.orderBy("first_day", "desc")
	.executeTakeFirstOrThrow();
console.log(
	JSON.stringify({
		groupId: group.id,
		childId: child.child_id,
		offerId: offer.id,
		cookies: {
			admin: await signedInCookie(await userId("admin")),
			manager: await signedInCookie(await userId("gestion")),
			parent: await signedInCookie(parentId),
		},
	}),
);
await closeDb();
