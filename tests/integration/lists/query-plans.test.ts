/**
 * The list queries read the big tables (registrations, audit events, children, offers)
 * through an index, never by a full scan (decision 028): the queries the staff lists and the
 * families' catalogue really send are captured, then explained by the database itself —
 * SQLite's EXPLAIN QUERY PLAN (its planner without statistics, as in production) and
 * PostgreSQL's EXPLAIN with sequential scans disabled, which still chooses a sequential scan
 * when no index can serve the query. These are assertions on the plan's shape, not timings.
 */
import { CompiledQuery, type KyselyPlugin, type RootOperationNode, sql } from "kysely";
import { beforeAll, describe, expect, it } from "vitest";
import { type Database, getDb } from "#app/db/db.server.ts";
import { dialectOf } from "#app/db/dialect.server.ts";
import { generateLargeGroup, type LargeGroup } from "#app/db/large-group.server.ts";
import { readMenuFacts } from "#app/domain/accounts/menu-facts.server.ts";
import { listAuditActors, listAuditEvents } from "#app/domain/audit/audit.repository.server.ts";
import {
	listPublicationsOfHouse,
	listPublishedDocumentsOfChild,
} from "#app/domain/documents/published-documents.repository.server.ts";
import { countPendingUploads, listHouseUploads } from "#app/domain/documents/uploads.repository.server.ts";
import { listHousesOfChild } from "#app/domain/families/enrolments.repository.server.ts";
import { countChildrenByStatus, searchChildren } from "#app/domain/families/families.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import {
	countUnreadThreads,
	countUnreadThreadsByHouse,
	listThreads,
} from "#app/domain/messaging/messaging.repository.server.ts";
import { listAttendees } from "#app/domain/offers/attendance.repository.server.ts";
import {
	countRegistrationsByStatus,
	listCatalogue,
	listOffersForStaff,
	listRegistrationsOfOffer,
	periodsInUse,
	waitingPositions,
} from "#app/domain/offers/offers.repository.server.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { uniqueLetters } from "#tests/factories.ts";

const bigTables = [
	"registrations",
	"audit_events",
	"children",
	"offers",
	"published_documents",
	"published_document_recipients",
	"document_uploads",
	"message_threads",
	"message_unread_threads",
];

/** Runs `work` on a database that records the compiled SELECTs it sends. */
async function captured(work: (db: Database) => Promise<unknown>): Promise<CompiledQuery[]> {
	const db = getDb();
	const queries: CompiledQuery[] = [];
	const recorder: KyselyPlugin = {
		transformQuery({ node, queryId }) {
			if (node.kind === "SelectQueryNode")
				queries.push(db.getExecutor().compileQuery(node as RootOperationNode, queryId));
			return node;
		},
		async transformResult({ result }) {
			return result;
		},
	};
	await work(db.withPlugin(recorder));
	return queries;
}

/** The plan of one query, one line per step. */
async function planOf(query: CompiledQuery): Promise<string[]> {
	const db = getDb();
	if (dialectOf(db) === "sqlite") {
		const result = await db.executeQuery<{ detail: string }>(
			CompiledQuery.raw(`explain query plan ${query.sql}`, [...query.parameters]),
		);
		return result.rows.map((row) => row.detail);
	}
	return db.transaction().execute(async (trx) => {
		await sql`set local enable_seqscan = off`.execute(trx);
		const result = await trx.executeQuery<{ "QUERY PLAN": string }>(
			CompiledQuery.raw(`explain ${query.sql}`, [...query.parameters]),
		);
		return result.rows.map((row) => row["QUERY PLAN"]);
	});
}

/** The steps that read a big table whole: a scan of the table, or of every entry of an index. */
function fullScans(plan: string[]): string[] {
	return plan.filter((step) =>
		bigTables.some((table) =>
			new RegExp(`^\\s*(->\\s*)?(SCAN ${table}\\b|Seq Scan on ${table}\\b)|\\bSeq Scan on ${table}\\b`).test(step),
		),
	);
}

let group: LargeGroup;

beforeAll(async () => {
	group = await generateLargeGroup(getDb(), {
		code: uniqueLetters(),
		sizes: { children: 400, offers: 80, registrations: 80 * 40, audit: 2000, threads: 200 },
	});
}, 60_000);

describe(`list query plans on ${process.env.TEST_DIALECT}`, () => {
	it("reads every list of the staff and the families' catalogue through indexes, without a full scan", async () => {
		const db = getDb();
		const admin = await findStaffAccess(db, group.adminUserId, group.groupId);
		const manager = await findStaffAccess(db, group.managerUserId, group.groupId);
		if (!admin || !manager) throw new Error("generated staff missing");
		const offer = await db
			.selectFrom("offers")
			.select("id")
			.where("group_id", "=", group.groupId)
			.orderBy("first_day", "desc")
			.executeTakeFirstOrThrow();
		const house = await db
			.selectFrom("houses")
			.select("id")
			.where("group_id", "=", group.groupId)
			.executeTakeFirstOrThrow();
		const child = await db
			.selectFrom("children")
			.innerJoin("guardianships", "guardianships.child_id", "children.id")
			.select(["children.id", "guardianships.user_id"])
			.where("children.group_id", "=", group.groupId)
			.executeTakeFirstOrThrow();
		const today = dateInBrussels();
		const houseId = manager.houseIds?.[0] ?? "";
		const lists: Record<string, (db: Database) => Promise<unknown>> = {
			offers: (db) => listOffersForStaff(db, admin, { page: 3 }),
			"offers by status and date": (db) => listOffersForStaff(db, admin, { status: "open", from: today, page: 1 }),
			"offers of a house manager": (db) => listOffersForStaff(db, manager, { page: 1 }),
			"periods in use": (db) => periodsInUse(db, group.groupId),
			registrations: (db) => listRegistrationsOfOffer(db, offer.id, { page: 1 }),
			"registrations by status": (db) => listRegistrationsOfOffer(db, offer.id, { status: "waiting", page: 1 }),
			"registration counts": (db) => countRegistrationsByStatus(db, offer.id),
			"waiting positions": (db) => waitingPositions(db, [offer.id]),
			attendance: (db) => listAttendees(db, offer.id, undefined, 1),
			dossiers: (db) => searchChildren(db, admin, { page: 3 }),
			"dossiers by status and date": (db) =>
				searchChildren(db, admin, { status: "submitted", from: "2020-01-01T00:00:00.000Z", page: 1 }),
			"dossiers of a house manager": (db) => searchChildren(db, manager, { page: 1 }),
			"dossier counts": (db) => countChildrenByStatus(db, admin),
			audit: (db) => listAuditEvents(db, { groupId: group.groupId, limit: 51 }),
			"audit by area and date": (db) =>
				listAuditEvents(db, { groupId: group.groupId, area: "child", from: "2020-01-01T00:00:00.000Z", limit: 51 }),
			"audit, next page": (db) =>
				listAuditEvents(db, {
					groupId: group.groupId,
					before: { occurredAt: new Date().toISOString(), id: "ffffffff-ffff-7fff-bfff-ffffffffffff" },
					limit: 51,
				}),
			"audit actors": (db) => listAuditActors(db, group.groupId),
			"published documents of a house": (db) =>
				listPublicationsOfHouse(db, { groupId: group.groupId, houseId: house.id, page: 2 }),
			"documents published for a child": (db) =>
				listPublishedDocumentsOfChild(db, { userId: child.user_id, childId: child.id, language: "nl" }),
			"families' documents of a house": (db) => listHouseUploads(db, manager, { houseId, page: 2 }),
			"families' documents by state": (db) => listHouseUploads(db, admin, { houseId, status: "pending", page: 1 }),
			"families' documents waiting": (db) => countPendingUploads(db, manager, houseId),
			"unread badge of an admin": (db) => countUnreadThreads(db, { kind: "staff", access: admin }),
			"unread badge of a house manager": (db) => countUnreadThreads(db, { kind: "staff", access: manager }),
			"unread by house": (db) => countUnreadThreadsByHouse(db, { kind: "staff", access: admin }, [house.id, houseId]),
			"unread badge of a parent": (db) => countUnreadThreads(db, { kind: "guardian", userId: child.user_id }),
			"menu of a parent": (db) => readMenuFacts(db, child.user_id),
			"houses of a child": (db) => listHousesOfChild(db, { id: child.id, group_id: group.groupId }, today),
			"inbox of a house": (db) => listThreads(db, { kind: "staff", access: admin }, { houseId, filter: "unread" }),
			"families' catalogue": (db) => listCatalogue(db, { groupId: group.groupId, kind: "camp", today, language: "fr" }),
		};
		const problems: string[] = [];
		for (const [name, run] of Object.entries(lists)) {
			const queries = await captured(run);
			expect(queries.length, name).toBeGreaterThan(0);
			for (const query of queries) {
				const plan = await planOf(query);
				const scans = fullScans(plan);
				if (scans.length > 0) problems.push(`${name}: ${scans.join(" | ")}\n  ${query.sql}\n  ${plan.join("\n  ")}`);
				const readsBigTable = bigTables.some((table) => new RegExp(`\\b${table}\\b`).test(query.sql));
				if (readsBigTable && !plan.some((step) => /\bindex\b/i.test(step)))
					problems.push(`${name}: no index in the plan\n  ${query.sql}\n  ${plan.join("\n  ")}`);
			}
		}
		expect(problems).toEqual([]);
	});

	it("recognises a full scan when a query has no index to use", async () => {
		const queries = await captured((db) =>
			db.selectFrom("audit_events").select("id").where("ip_address", "=", "192.0.2.10").execute(),
		);
		const plan = await planOf(queries[0] as CompiledQuery);
		expect(fullScans(plan)).not.toEqual([]);
	});
});
