/**
 * Fresh databases for integration tests: a migrated template is made once per run, and each
 * test file gets its own copy (a file copy on SQLite, CREATE DATABASE … TEMPLATE on
 * PostgreSQL), so files never see each other's rows and run in parallel.
 */
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

export type TestDialect = "sqlite" | "postgres";

export function postgresAdminUrl(): string {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) throw new Error("TEST_DATABASE_URL is not set");
	return url;
}

export function withDatabaseName(url: string, name: string): string {
	const parsed = new URL(url);
	parsed.pathname = `/${name}`;
	return parsed.toString();
}

export async function withAdminClient<T>(run: (client: pg.Client) => Promise<T>): Promise<T> {
	const client = new pg.Client({ connectionString: postgresAdminUrl() });
	await client.connect();
	try {
		return await run(client);
	} finally {
		await client.end();
	}
}

export function uniqueName(prefix: string): string {
	return `${prefix}_${Date.now().toString(36)}_${randomBytes(4).toString("hex")}`;
}

export function temporaryDirectory(prefix: string): string {
	return fs.mkdtempSync(path.join(os.tmpdir(), `${prefix}-`));
}
