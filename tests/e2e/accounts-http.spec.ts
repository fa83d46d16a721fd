/**
 * Account protections seen from outside, through the real server: which client address is
 * used behind a proxy, what a throttled sign-in answers, and which pages caches may keep.
 */
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";

let app: AppServer;

beforeAll(async () => {
	// One proxy in front: the address it appends to X-Forwarded-For is the client's.
	app = await startAppServer({ env: { TRUST_PROXY: "1" } });
});

afterAll(async () => {
	await app?.stop();
});

function query<Row>(sql: string, ...parameters: unknown[]): Row[] {
	const database = new Database(path.join(app.dataDir, "ribambelle.sqlite"), { readonly: true });
	try {
		return database.prepare(sql).all(...parameters) as Row[];
	} finally {
		database.close();
	}
}

function postSignIn(identifier: string, password: string, headers: Record<string, string> = {}, suffix = "") {
	return fetch(`${app.url}/sign-in${suffix}`, {
		method: "POST",
		redirect: "manual",
		headers: { Origin: app.url, "Content-Type": "application/x-www-form-urlencoded", ...headers },
		body: new URLSearchParams({ identifier, password }),
	});
}

async function sessionOf(account: { username: string; password: string }): Promise<string> {
	const response = await postSignIn(account.username, account.password);
	expect(response.status).toBe(302);
	return response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(";")[0])
		.join("; ");
}

describe("client address behind TRUST_PROXY=1", () => {
	it("is the address the proxy appended, never a forged leftmost one", async () => {
		const forged = { "X-Forwarded-For": "6.6.6.6, 203.0.113.9" };
		const failed = await postSignIn("nobody-here@example.test", "Wrong-Password-1!", forged);
		expect(failed.status).toBe(400);
		const [event] = query<{ ip_address: string }>(
			"select ip_address from audit_events where action = 'auth.sign_in.failed' order by occurred_at desc, id desc limit 1",
		);
		expect(event?.ip_address).toBe("203.0.113.9");

		const signedIn = await postSignIn(demoAccounts.operator.username, demoAccounts.operator.password, {
			"X-Forwarded-For": "6.6.6.7, 203.0.113.10",
			"X-Ribambelle-Client-Address": "6.6.6.8",
		});
		expect(signedIn.status).toBe(302);
		const addresses = query<{ ip_address: string }>(
			"select sessions.ip_address from sessions join users on users.id = sessions.user_id where users.username = ?",
			demoAccounts.operator.username,
		).map((row) => row.ip_address);
		expect(addresses).toEqual(["203.0.113.10"]);
		const succeeded = query<{ ip_address: string }>(
			"select ip_address from audit_events where action = 'auth.sign_in.succeeded' order by occurred_at desc, id desc limit 1",
		);
		expect(succeeded[0]?.ip_address).toBe("203.0.113.10");
	});
});

describe("throttled sign-in", () => {
	it("answers 429 with Retry-After, for the page and for its .data request", async () => {
		const from = { "X-Forwarded-For": "203.0.113.50" };
		let limited: Response | undefined;
		for (let attempt = 0; attempt < 12 && !limited; attempt++) {
			const response = await postSignIn("ghost-throttled@example.test", `Guess-${attempt}-Xy!`, from);
			if (response.status === 429) limited = response;
			else expect(response.status).toBe(400);
		}
		expect(limited?.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
		expect(await limited?.text()).toContain("<html");

		const data = await postSignIn("ghost-throttled@example.test", "Guess-again-Xy!", from, ".data");
		expect(data.status).toBe(429);
		expect(data.headers.get("retry-after")).toMatch(/^[1-9]\d*$/);
	});
});

describe("caching of private pages", () => {
	it("marks every signed-in page and .data answer no-store, parent and staff side", async () => {
		const parent = await sessionOf(demoAccounts.parent);
		const [child] = query<{ child_id: string }>(
			"select child_id from guardianships join users on users.id = guardianships.user_id where users.username = ?",
			demoAccounts.parent.username,
		);
		const staff = await sessionOf(demoAccounts.staff);
		const [membership] = query<{ group_id: string }>(
			"select group_id from staff_memberships join users on users.id = staff_memberships.user_id where users.username = ? and role = 'admin'",
			demoAccounts.staff.username,
		);
		const [staffChild] = query<{ id: string }>(
			"select id from children where group_id = ? limit 1",
			membership?.group_id,
		);
		const [offer] = query<{ id: string }>("select id from offers where group_id = ? limit 1", membership?.group_id);
		expect(child && membership && staffChild && offer).toBeTruthy();

		const parentPages = [
			"/me",
			"/children",
			`/children/${child?.child_id}/general`,
			`/children/${child?.child_id}/medical`,
			`/children/${child?.child_id}/contacts`,
			`/children/${child?.child_id}/camps`,
		];
		const staffBase = `/staff/${membership?.group_id}`;
		const staffPages = [
			`${staffBase}/children`,
			`${staffBase}/children/${staffChild?.id}/general`,
			`${staffBase}/children/${staffChild?.id}/medical`,
			`${staffBase}/children/${staffChild?.id}/contacts`,
			`${staffBase}/offers/${offer?.id}/registrations`,
			`${staffBase}/offers/${offer?.id}/attendance`,
		];
		for (const [cookie, pages] of [
			[parent, parentPages],
			[staff, staffPages],
		] as const) {
			for (const page of pages) {
				for (const url of [page, `${page}.data`]) {
					const response = await fetch(`${app.url}${url}`, { headers: { cookie }, redirect: "manual" });
					expect(response.status, url).toBe(200);
					expect(response.headers.get("cache-control"), url).toBe("no-store");
					await response.arrayBuffer();
				}
			}
		}
	});

	it("keeps anonymous pages out of shared caches", async () => {
		const response = await fetch(`${app.url}/sign-in`);
		expect(response.headers.get("cache-control")).toBe("private, no-cache");
	});
});
