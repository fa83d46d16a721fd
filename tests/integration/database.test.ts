import { sql } from "kysely";
import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { dialectOf, isUniqueViolation } from "#app/db/dialect.server.ts";
import { pendingMigrations } from "#app/db/migrate.server.ts";
import { checkReadiness } from "#app/server/health.server.ts";

const dialect = process.env.TEST_DIALECT;

describe(`database on ${dialect}`, () => {
	it("runs on the dialect this project was started for", () => {
		expect(dialectOf(getDb())).toBe(dialect);
	});

	it("has every migration applied and reports ready", async () => {
		expect(await pendingMigrations(getDb())).toEqual([]);
		expect(await checkReadiness(getDb())).toEqual({ ready: true, database: "ok", migrations: "applied" });
	});

	it.runIf(dialect === "sqlite")("uses WAL, foreign keys and a busy timeout on SQLite", async () => {
		const db = getDb();
		const pragma = async (name: string) =>
			Object.values((await sql.raw(`pragma ${name}`).execute(db)).rows[0] as object)[0];
		expect(await pragma("journal_mode")).toBe("wal");
		expect(await pragma("foreign_keys")).toBe(1);
		expect(await pragma("busy_timeout")).toBeGreaterThanOrEqual(5000);
	});

	it("enforces foreign keys", async () => {
		const db = getDb();
		const now = new Date().toISOString();
		const insertOrphan = db
			.insertInto("houses")
			.values({
				id: crypto.randomUUID(),
				group_id: crypto.randomUUID(),
				name: "Orpheline",
				kind: "school",
				address: "Nulle part",
				postal_code: "1000",
				locality: "Bruxelles",
				created_at: now,
				updated_at: now,
			})
			.execute();
		await expect(insertOrphan).rejects.toThrow();
	});

	it("returns booleans as booleans and recognises unique violations on both dialects", async () => {
		const db = getDb();
		await db.schema
			.createTable("dialect_probe")
			.addColumn("id", "integer", (column) => column.primaryKey())
			.addColumn("flag", "boolean", (column) => column.notNull())
			.addColumn("amount", "bigint")
			.execute();
		await db
			.insertInto("dialect_probe" as never)
			.values([
				{ id: 1, flag: true, amount: 5 },
				{ id: 2, flag: false, amount: 7 },
			] as never)
			.execute();
		const rows = await db
			.selectFrom("dialect_probe" as never)
			.select(["id", "flag"] as never)
			.orderBy("id" as never)
			.execute();
		expect(rows).toEqual([
			{ id: 1, flag: true },
			{ id: 2, flag: false },
		]);
		const { count } = (await db
			.selectFrom("dialect_probe" as never)
			.select((eb) => eb.fn.countAll().as("count"))
			.executeTakeFirstOrThrow()) as { count: unknown };
		expect(count).toBe(2);
		const duplicate = db
			.insertInto("dialect_probe" as never)
			.values({ id: 1, flag: true } as never)
			.execute();
		const error = await duplicate.catch((caught: unknown) => caught);
		expect(isUniqueViolation(error)).toBe(true);
	});
});
