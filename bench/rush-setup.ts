/**
 * The rush's world: a fresh database (SQLite file in a temporary directory, or a fresh
 * PostgreSQL database created beside `DATABASE_URL` and dropped afterwards), one group, one
 * house, N parents each with an eligible child and a signed-in session, and one open camp.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { makeSignature } from "better-auth/crypto";
import pg from "pg";
import { getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { getAuth } from "#app/domain/accounts/auth.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { dateInBrussels, isoToBrusselsTime, now } from "#app/infra/clock.ts";
import {
	completeGeneralData,
	createTestChild,
	createTestGroup,
	createTestHouse,
	createTestStaffMember,
	createTestUser,
	guardianActor,
	staffActor,
} from "#tests/factories.ts";

export type BenchDatabase = {
	kind: "sqlite" | "postgres";
	/** What the bench process and the server are given as DATABASE_URL. */
	url: string;
	dataDir: string;
	/** Removes the database (drops it on PostgreSQL) and the data directory. */
	remove(): Promise<void>;
};

async function onServer(adminUrl: string, statement: string): Promise<void> {
	const client = new pg.Client({ connectionString: adminUrl });
	await client.connect();
	try {
		await client.query(statement);
	} finally {
		await client.end();
	}
}

/**
 * A fresh database for this run. With `DATABASE_URL=postgres://…` a new database is created on
 * that server (the URL's own database is only used to connect); otherwise a SQLite file.
 */
export async function createBenchDatabase(serverUrl: string | undefined): Promise<BenchDatabase> {
	const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-rush-"));
	const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
	if (!serverUrl || !/^postgres(ql)?:\/\//.test(serverUrl)) {
		return {
			kind: "sqlite",
			url: `sqlite:${path.join(dataDir, "rush.sqlite")}`,
			dataDir,
			remove: async () => removeDir(),
		};
	}
	const name = `ribambelle_rush_${Date.now().toString(36)}_${randomBytes(3).toString("hex")}`;
	await onServer(serverUrl, `CREATE DATABASE "${name}"`);
	const url = new URL(serverUrl);
	url.pathname = `/${name}`;
	return {
		kind: "postgres",
		url: url.toString(),
		dataDir,
		async remove() {
			await onServer(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
			removeDir();
		},
	};
}

export type Parent = { userId: string; childId: string; email: string; cookie: string };

/**
 * A session for the user as better-auth itself makes one after checking a password (its own
 * `internalAdapter.createSession`, hooks included), and the cookie a browser would then hold:
 * the token signed with the application's secret (HMAC-SHA256), URL-encoded, as better-call's
 * `serializeSignedCookie` writes it. This is what better-auth's test-utils plugin does; signing
 * in through the form instead would spend the run on memory-hard password hashing.
 */
export async function signedInCookie(userId: string): Promise<string> {
	const context = await getAuth().$context;
	const session = await context.internalAdapter.createSession(userId);
	const signature = await makeSignature(session.token, context.secret);
	return `${context.authCookies.sessionToken.name}=${encodeURIComponent(`${session.token}.${signature}`)}`;
}

/**
 * One parent with a complete dossier, through the real use cases (account as sign-up writes
 * it, « Créer un nouveau dossier », « Données générales ») — the test factories' path.
 */
async function createParent(group: { code: string }, number: number): Promise<Parent> {
	const guardian = await createTestUser({ firstName: "Parent", lastName: `Rush${number}` });
	const child = await createTestChild(group, { guardian, lastName: `Rush${number}`, firstName: "Zoé" });
	await saveGeneralData({
		db: getDb(),
		actor: guardianActor(guardian),
		childId: child.id,
		input: { ...completeGeneralData, lastName: `Rush${number}` },
	});
	return { userId: guardian.id, childId: child.id, email: guardian.email, cookie: await signedInCookie(guardian.id) };
}

/** Migrates, then builds the group, its house, an open camp and `parents` ready parents. */
export async function populate(options: { parents: number; capacity: number; waiting: number; parallel: number }) {
	await migrateToLatest(getDb());
	const group = await createTestGroup({ name: "Ville de la ruée" });
	const house = await createTestHouse(group.id, { name: "Plaine de la ruée" });
	const admin = await createTestStaffMember(group.id, "admin");
	const at = now();
	const firstDay = dateInBrussels(new Date(at.getTime() + 60 * 24 * 3600 * 1000));
	const { offerId } = await saveOffer({
		db: getDb(),
		actor: staffActor(admin),
		input: {
			kind: "camp",
			houseId: house.id,
			title: "Stage de la ruée",
			firstDay,
			lastDay: firstDay,
			startTime: "09:00",
			endTime: "16:00",
			price: "85",
			minAgeYears: "3",
			maxAgeYears: "12",
			capacity: String(options.capacity),
			waitingListSize: String(options.waiting),
			opensAt: isoToBrusselsTime(new Date(at.getTime() - 3600 * 1000).toISOString()),
			closesAt: isoToBrusselsTime(new Date(at.getTime() + 30 * 24 * 3600 * 1000).toISOString()),
			confirmationMode: "automatic",
			status: "open",
		},
	});
	const parents: Parent[] = [];
	for (let start = 0; start < options.parents; start += options.parallel) {
		const batch = Array.from({ length: Math.min(options.parallel, options.parents - start) }, (_, index) =>
			createParent(group, start + index + 1),
		);
		parents.push(...(await Promise.all(batch)));
	}
	return { offerId, parents };
}
