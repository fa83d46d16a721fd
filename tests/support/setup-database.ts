import fs from "node:fs";
import path from "node:path";
import { afterAll, inject } from "vitest";
import { closeDb } from "#app/db/db.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import {
	postgresAdminUrl,
	temporaryDirectory,
	uniqueName,
	withAdminClient,
	withDatabaseName,
} from "./test-databases.ts";

const template = inject("databaseTemplate");
const dataDir = temporaryDirectory("ribambelle-test");
process.env.DATA_DIR = dataDir;
process.env.AUTH_SECRET = "test-secret-test-secret-test-secret-0123456789";

let databaseName: string | undefined;
if (process.env.TEST_DIALECT === "postgres") {
	const name = uniqueName("ribambelle_test");
	databaseName = name;
	await withAdminClient((client) => client.query(`create database "${name}" template "${template}"`));
	process.env.DATABASE_URL = withDatabaseName(postgresAdminUrl(), name);
} else {
	const file = path.join(dataDir, "test.sqlite");
	fs.copyFileSync(template, file);
	process.env.DATABASE_URL = `sqlite:${file}`;
}

afterAll(async () => {
	pinClock(undefined);
	await closeDb();
	const name = databaseName;
	if (name) await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`));
	fs.rmSync(dataDir, { recursive: true, force: true });
});
