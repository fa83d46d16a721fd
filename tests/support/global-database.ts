import fs from "node:fs";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openDatabase } from "#app/db/dialect.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import {
	postgresAdminUrl,
	temporaryDirectory,
	uniqueName,
	withAdminClient,
	withDatabaseName,
} from "./test-databases.ts";

declare module "vitest" {
	export interface ProvidedContext {
		databaseTemplate: string;
	}
}

/** Builds the migrated template database of this run and removes it at the end. */
export default async function setup(project: TestProject) {
	const dialect = project.config.env?.TEST_DIALECT;
	if (dialect === "postgres") {
		const name = uniqueName("ribambelle_template");
		await withAdminClient((client) => client.query(`create database "${name}"`));
		const handle = openDatabase({ kind: "postgres", url: withDatabaseName(postgresAdminUrl(), name) });
		await migrateToLatest(handle.db);
		await handle.db.destroy();
		project.provide("databaseTemplate", name);
		return async () => {
			await withAdminClient((client) => client.query(`drop database if exists "${name}" with (force)`));
		};
	}
	const directory = temporaryDirectory("ribambelle-template");
	const file = path.join(directory, "template.sqlite");
	const handle = openDatabase({ kind: "sqlite", file });
	await migrateToLatest(handle.db);
	// Fold the WAL into the main file so a plain copy of it is complete.
	await handle.db.destroy();
	project.provide("databaseTemplate", file);
	return () => fs.rmSync(directory, { recursive: true, force: true });
}
