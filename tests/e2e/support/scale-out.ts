/**
 * Registration opening with several processes: the built server with two worker processes
 * (WEB_CONCURRENCY=2) on SQLite and on PostgreSQL, and two separate servers on separate ports
 * sharing one PostgreSQL database. 200 parents click « S'inscrire » for one camp at once; the
 * capacity invariants of docs/decisions/011 hold (nothing overbooked, counters equal the rows,
 * nothing lost), and every mail of the outbox reaches the SMTP server exactly once.
 */
import fs from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { closeDb, getDb } from "#app/db/db.server.ts";
import { checkInvariants } from "#bench/rush-invariants.ts";
import { fire, type PreparedRequest } from "#bench/rush-load.ts";
import { createBenchDatabase, type Parent, populate } from "#bench/rush-setup.ts";
import { type AppServer, freePort, startAppServer } from "#tests/support/app-server.ts";
import { type SmtpCapture, start as startSmtp } from "#tests/support/smtp-capture.ts";

const PARENTS = 200;
const CAPACITY = 40;
const WAITING = 10;
const AUTH_SECRET = "scale-out-secret-scale-out-secret-0123456789";

/** Worker processes of a server: the children of its primary process (Linux /proc). */
function childProcessesOf(pid: number): number[] {
	return fs
		.readdirSync("/proc")
		.filter((entry) => /^\d+$/.test(entry))
		.filter((entry) => {
			try {
				const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
				return Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]) === pid;
			} catch {
				return false;
			}
		})
		.map(Number);
}

/** Waits until the outbox has no unsent mail and the SMTP server has received them all. */
async function waitForOutbox(smtp: SmtpCapture): Promise<{ rows: number; sent: number }> {
	const deadline = Date.now() + 60_000;
	for (;;) {
		const rows = await getDb().selectFrom("outbox_mails").select(["status"]).execute();
		const sent = rows.filter((row) => row.status === "sent").length;
		if ((sent === rows.length && smtp.messages.length >= sent) || Date.now() > deadline) {
			return { rows: rows.length, sent };
		}
		await new Promise((resolve) => setTimeout(resolve, 250));
	}
}

/** One scenario per spec file: each file has its own modules (configuration, database, auth). */
export function scaleOutScenario(
	label: string,
	options: { postgres: boolean; servers: number; workersPerServer: number },
): void {
	describe(label, () => {
		let servers: AppServer[] = [];
		let smtp: SmtpCapture;
		let removeDatabase: () => Promise<void> = async () => {};
		let offerId = "";
		let parents: Parent[] = [];

		beforeAll(async () => {
			smtp = await startSmtp();
			const database = await createBenchDatabase(options.postgres ? process.env.TEST_DATABASE_URL : undefined);
			removeDatabase = database.remove;
			const ports = await Promise.all(Array.from({ length: options.servers }, () => freePort()));
			// The test writes the same database, with the same secret, as the servers it starts.
			Object.assign(process.env, { DATABASE_URL: database.url, DATA_DIR: database.dataDir, AUTH_SECRET });
			await closeDb();
			({ offerId, parents } = await populate({ parents: PARENTS, capacity: CAPACITY, waiting: WAITING, parallel: 10 }));
			servers = await Promise.all(
				ports.map((port) =>
					startAppServer({
						seed: false,
						port,
						dataDir: database.dataDir,
						env: {
							DATABASE_URL: database.url,
							AUTH_SECRET,
							SMTP_URL: smtp.url,
							WEB_CONCURRENCY: String(options.workersPerServer),
							LOG_LEVEL: "warn",
						},
					}),
				),
			);
		}, 240_000);

		afterAll(async () => {
			for (const server of servers) await server.stop("SIGTERM", { keepData: true });
			await closeDb();
			await removeDatabase();
			await smtp?.close();
		});

		it("places nobody beyond capacity, loses nobody and sends every mail once", { timeout: 180_000 }, async () => {
			for (const server of servers) {
				expect(childProcessesOf(server.process.pid as number)).toHaveLength(
					options.workersPerServer > 1 ? options.workersPerServer : 0,
				);
			}
			// Parents split between the servers, as a load balancer would.
			const requests: PreparedRequest[] = parents.map((parent, index) => {
				const url = (servers[index % servers.length] as AppServer).url;
				return {
					url: `${url}/children/${parent.childId}/camps`,
					headers: { cookie: parent.cookie, origin: url, "content-type": "application/x-www-form-urlencoded" },
					body: new URLSearchParams({ intent: "register", offerId }).toString(),
				};
			});
			const { answers } = await fire(requests);
			const succeeded = new Set(
				parents.filter((_, index) => (answers[index]?.status ?? 0) < 400).map((parent) => parent.childId),
			);
			const errors = answers.filter((answer) => answer.status !== 409 && (answer.status === 0 || answer.status >= 400));
			expect(errors).toEqual([]);

			const { checks } = await checkInvariants({ offerId, parents, succeeded, errors: errors.length });
			for (const check of checks)
				expect({ check: check.name, pass: check.pass, detail: check.detail }).toMatchObject({ pass: true });

			const outbox = await waitForOutbox(smtp);
			expect(outbox.sent).toBe(outbox.rows);
			expect(outbox.rows).toBe(CAPACITY + WAITING);
			// Each rush parent has one registration, so one mail at most: a second would be a double send.
			const perRecipient = new Map<string, number>();
			for (const mail of smtp.messages) {
				for (const to of mail.to) perRecipient.set(to, (perRecipient.get(to) ?? 0) + 1);
			}
			expect(smtp.messages).toHaveLength(outbox.rows);
			expect([...perRecipient.values()].every((count) => count === 1)).toBe(true);
		});
	});
}
