/**
 * The one place that knows which database is underneath. Everything dialect-specific
 * (connection set-up, transaction start, row locks, error codes, value conversion) lives here;
 * the rest of the code base writes one Kysely query that runs on both SQLite and PostgreSQL.
 */
import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import {
	CompiledQuery,
	type DatabaseConnection,
	type Dialect,
	type Driver,
	Kysely,
	PostgresDialect,
	type RawBuilder,
	type SelectQueryBuilder,
	SqliteAdapter,
	SqliteDriver,
	SqliteIntrospector,
	SqliteQueryCompiler,
	sql,
} from "kysely";
import pg from "pg";
import type { Database } from "#app/infra/config.server.ts";
import { getLogger } from "#app/infra/logger.server.ts";

export type DialectKind = Database["kind"];

const SQLITE_BUSY_TIMEOUT_MS = 10_000;
const STATEMENT_CACHE_SIZE = 256;

/**
 * better-sqlite3 cannot bind JavaScript booleans and returns 0/1 for them. Columns declared
 * `boolean` in our migrations are turned back into booleans on the way out (by declared
 * column type), and boolean parameters into 1/0 when bound, so both dialects hand the same
 * values to the rest of the code.
 */
class SqliteStatementCache {
	readonly #database: SQLite.Database;
	readonly #statements = new Map<string, ReturnType<typeof withBooleanColumns>>();

	constructor(database: SQLite.Database) {
		this.#database = database;
	}

	prepare(sql: string) {
		let statement = this.#statements.get(sql);
		if (!statement) {
			statement = withBooleanColumns(this.#database.prepare(sql));
			if (this.#statements.size >= STATEMENT_CACHE_SIZE) {
				const oldest = this.#statements.keys().next().value;
				if (oldest !== undefined) this.#statements.delete(oldest);
			}
			this.#statements.set(sql, statement);
		}
		return statement;
	}

	close() {
		this.#statements.clear();
		this.#database.close();
	}
}

/** Values better-sqlite3 cannot bind: booleans become 1/0, dates ISO-8601 text (as on the way out). */
function bindable(parameters: ReadonlyArray<unknown>): unknown[] {
	return parameters.map((value) => {
		if (typeof value === "boolean") return Number(value);
		if (value instanceof Date) return value.toISOString();
		return value;
	});
}

function withBooleanColumns(statement: SQLite.Statement) {
	const booleanColumns = statement.reader
		? statement
				.columns()
				.filter((column) => column.type?.toUpperCase() === "BOOLEAN")
				.map((column) => column.name)
		: [];
	const convert = (row: unknown) => {
		const record = row as Record<string, unknown>;
		for (const name of booleanColumns) {
			const value = record[name];
			if (value === 0 || value === 1) record[name] = value === 1;
		}
		return record;
	};
	return {
		reader: statement.reader,
		all: (parameters: ReadonlyArray<unknown>) => {
			const rows = statement.all(...bindable(parameters));
			return booleanColumns.length > 0 ? rows.map(convert) : rows;
		},
		run: (parameters: ReadonlyArray<unknown>) => statement.run(...bindable(parameters)),
		iterate: function* (parameters: ReadonlyArray<unknown>) {
			for (const row of statement.iterate(...bindable(parameters))) yield convert(row);
		},
	};
}

/**
 * Write transactions on SQLite start with BEGIN IMMEDIATE: the write lock is taken at the
 * start, so two processes never both read and then fail to upgrade (SQLITE_BUSY mid-way).
 */
class ImmediateSqliteDriver extends SqliteDriver {
	override async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await connection.executeQuery(CompiledQuery.raw("begin immediate"));
	}
}

function openSqlite(file: string): SqliteStatementCache {
	fs.mkdirSync(path.dirname(file), { recursive: true });
	const database = new SQLite(file, { timeout: SQLITE_BUSY_TIMEOUT_MS });
	database.pragma("journal_mode = WAL");
	// NORMAL in WAL mode never loses a committed transaction when the process dies; only a
	// power cut or kernel crash may roll back the last ones (see docs/decisions/005-two-dialects.md).
	database.pragma("synchronous = NORMAL");
	database.pragma("foreign_keys = ON");
	database.pragma(`busy_timeout = ${SQLITE_BUSY_TIMEOUT_MS}`);
	return new SqliteStatementCache(database);
}

function sqliteDialect(file: string): Dialect {
	const config = { database: openSqlite(file) };
	return {
		createAdapter: () => new SqliteAdapter(),
		createDriver: (): Driver => new ImmediateSqliteDriver(config),
		createIntrospector: (db) => new SqliteIntrospector(db),
		createQueryCompiler: () => new SqliteQueryCompiler(),
	};
}

const PG_INT8 = 20;

function postgresDialect(url: string): Dialect {
	// COUNT(*) and other int8 results come back as numbers, as on SQLite. Counts in this
	// application stay far below 2^53.
	const types = {
		getTypeParser: (oid: number, format?: "text" | "binary") =>
			oid === PG_INT8 ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format),
	};
	const pool = new pg.Pool({ connectionString: url, max: 10, types });
	// An idle connection that the server closes (restart, failover, a dropped test database)
	// must not crash the process: the pool discards it and opens a new one when needed.
	pool.on("error", (error) => getLogger().warn({ err: error }, "idle database connection lost"));
	return new PostgresDialect({ pool });
}

export type DatabaseHandle<Schema> = { db: Kysely<Schema>; kind: DialectKind };

/** Opens the configured database. The caller owns the handle and destroys it on shutdown. */
export function openDatabase<Schema>(database: Database): DatabaseHandle<Schema> {
	if (database.kind === "postgres") {
		return { db: new Kysely<Schema>({ dialect: postgresDialect(database.url) }), kind: "postgres" };
	}
	return {
		db: new Kysely<Schema>({ dialect: sqliteDialect(database.file) }),
		kind: "sqlite",
	};
}

/** The dialect behind a Kysely instance or transaction, read from its adapter. */
export function dialectOf(db: Kysely<any>): DialectKind {
	return db.getExecutor().adapter instanceof SqliteAdapter ? "sqlite" : "postgres";
}

/**
 * Locks the selected rows until the end of the transaction. PostgreSQL needs FOR UPDATE;
 * SQLite already holds the database write lock since BEGIN IMMEDIATE.
 */
export function forUpdate<DB, TB extends keyof DB, O>(
	db: Kysely<DB>,
	query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
	return dialectOf(db) === "postgres" ? query.forUpdate() : query;
}

/**
 * Locks the selected rows as an UPDATE that keeps their key does, until the end of the
 * transaction: rows of other tables may still be inserted that reference them (PostgreSQL's
 * FOR NO KEY UPDATE; FOR UPDATE would make those inserts wait). SQLite already holds the
 * database write lock since BEGIN IMMEDIATE.
 */
export function forNoKeyUpdate<DB, TB extends keyof DB, O>(
	db: Kysely<DB>,
	query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
	return dialectOf(db) === "postgres" ? query.forNoKeyUpdate() : query;
}

/**
 * Share-locks the selected rows until the end of the transaction: other transactions may
 * share-lock them too, but one that locks them FOR UPDATE waits for all of them (and they for
 * it). PostgreSQL needs FOR SHARE; SQLite already holds the database write lock since BEGIN
 * IMMEDIATE.
 */
export function forShare<DB, TB extends keyof DB, O>(
	db: Kysely<DB>,
	query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
	return dialectOf(db) === "postgres" ? query.forShare() : query;
}

/**
 * Like `forUpdate`, but rows another transaction holds are skipped instead of waited for, so
 * several workers (the mail sender on each app server) can claim from one queue at once and
 * never take the same row. SQLite's BEGIN IMMEDIATE already lets one writer in at a time.
 */
export function forUpdateSkipLocked<DB, TB extends keyof DB, O>(
	db: Kysely<any>,
	query: SelectQueryBuilder<DB, TB, O>,
): SelectQueryBuilder<DB, TB, O> {
	return dialectOf(db) === "postgres" ? query.forUpdate().skipLocked() : query;
}

/**
 * One top-level text member of a JSON object stored in a text column (null when absent or
 * null): `json_extract` on SQLite, `->>` on PostgreSQL. `key` is a fixed identifier of ours.
 */
export function jsonTextMember(db: Kysely<any>, column: string, key: string): RawBuilder<string | null> {
	if (!/^[A-Za-z]\w*$/.test(key)) throw new Error(`Not a JSON member name: ${key}`);
	return dialectOf(db) === "postgres"
		? sql<string | null>`(${sql.ref(column)}::jsonb ->> ${sql.lit(key)})`
		: sql<string | null>`json_extract(${sql.ref(column)}, ${sql.lit(`$.${key}`)})`;
}

/**
 * Column type for instants that better-auth writes: it hands Date objects to PostgreSQL
 * (timestamptz) and ISO-8601 text to SQLite. Our own tables store ISO text on both.
 */
export function instantType(db: Kysely<any>): "timestamptz" | "text" {
	return dialectOf(db) === "postgres" ? "timestamptz" : "text";
}

/** An instant read from a better-auth column: a Date on PostgreSQL, ISO text on SQLite. */
export function toIso(value: Date | string): string {
	return typeof value === "string" ? new Date(value).toISOString() : value.toISOString();
}

/** True when the error is a violation of a unique constraint, on either database. */
export function isUniqueViolation(error: unknown): boolean {
	const code = (error as { code?: unknown } | null)?.code;
	return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY";
}
