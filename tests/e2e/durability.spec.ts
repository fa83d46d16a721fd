/**
 * « A registration answered with success survives a crash of the server right after »: the
 * server is killed with SIGKILL (no shutdown hook runs) as soon as « S'inscrire » answers,
 * then the registration and its mail are looked for in the database, and the restarted
 * server shows it to the parent.
 */

import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";

let app: AppServer | undefined;

afterAll(async () => {
	await app?.stop();
});

function openDatabase(dataDir: string) {
	return new Database(path.join(dataDir, "ribambelle.sqlite"), { readonly: true });
}

async function signIn(url: string): Promise<string> {
	const response = await fetch(`${url}/sign-in`, {
		method: "POST",
		redirect: "manual",
		headers: { Origin: url, "Content-Type": "application/x-www-form-urlencoded" },
		body: new URLSearchParams({ identifier: demoAccounts.parent.username, password: demoAccounts.parent.password }),
	});
	expect(response.status).toBe(302);
	return response.headers
		.getSetCookie()
		.map((cookie) => cookie.split(";")[0])
		.join("; ");
}

describe("durability", () => {
	it("keeps a registration answered with success when the server is killed right after", async () => {
		app = await startAppServer();
		const first = app;
		const database = openDatabase(first.dataDir);
		const nino = database.prepare("select id from children where first_name = 'Nino'").get() as { id: string };
		const offer = database
			.prepare(
				`select id from offers where kind = 'camp' and status = 'open' and places_taken < capacity
				 and id not in (select offer_id from registrations where child_id = ?) order by first_day limit 1`,
			)
			.get(nino.id) as { id: string } | undefined;
		database.close();
		if (!offer) throw new Error("the demo data has no open camp with a free place for Nino");

		const cookie = await signIn(first.url);
		const response = await fetch(`${first.url}/children/${nino.id}/camps`, {
			method: "POST",
			redirect: "manual",
			headers: { Origin: first.url, Cookie: cookie, "Content-Type": "application/x-www-form-urlencoded" },
			body: new URLSearchParams({ intent: "register", offerId: offer.id }),
		});
		expect(response.status).toBe(302);
		await first.stop("SIGKILL", { keepData: true });

		const afterCrash = openDatabase(first.dataDir);
		const registration = afterCrash
			.prepare("select id, status from registrations where child_id = ? and offer_id = ?")
			.get(nino.id, offer.id) as { id: string; status: string } | undefined;
		const mails = afterCrash
			.prepare("select count(*) as count from outbox_mails where template = 'registration.updated' and to_address = ?")
			.get(demoAccounts.parent.email) as { count: number };
		afterCrash.close();
		expect(registration?.status).toBe("accepted");
		expect(mails.count).toBeGreaterThanOrEqual(1);

		app = await startAppServer({ dataDir: first.dataDir });
		const page = await fetch(`${app.url}/children/${nino.id}/camps`, { headers: { Cookie: await signIn(app.url) } });
		expect(page.status).toBe(200);
		expect(await page.text()).toContain("acceptée");
	});
});
