import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { endEnrolment } from "#app/domain/families/end-enrolment.server.ts";
import { enrolChild } from "#app/domain/families/enrol-child.server.ts";
import { findChild } from "#app/domain/families/families.repository.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { createTestChild, createTestTenant, staffActor } from "#tests/factories.ts";

const db = () => getDb();

async function errorOf(promise: Promise<unknown>): Promise<AppError> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof AppError) return error;
		throw error;
	}
	throw new Error("expected an AppError");
}

async function auditOf(childId: string) {
	return db()
		.selectFrom("audit_events")
		.select(["action", "actor_user_id", "details"])
		.where("target_id", "=", childId)
		.where("action", "like", "child.enrol%")
		.orderBy("occurred_at")
		.execute();
}

afterEach(() => pinClock(undefined));

describe("enrolChild and endEnrolment", () => {
	it("opens the dossier to the house's staff from enrolment to its last day, audited", async () => {
		const tenant = await createTestTenant();
		const child = await createTestChild(tenant.group);
		const seenBy = async (member: typeof tenant.manager) =>
			(await findChild(db(), { kind: "staff", access: member.access }, child.id)) !== undefined;
		pinClock("2027-03-01T09:00:00Z");
		expect(await seenBy(tenant.manager)).toBe(false);
		const { enrolmentId } = await enrolChild({
			db: db(),
			actor: staffActor(tenant.admin),
			childId: child.id,
			input: { houseId: tenant.firstHouse.id, startsOn: "2027-03-15" },
		});
		// Before the first day too: the house prepares the child's arrival.
		expect(await seenBy(tenant.manager)).toBe(true);
		expect(await seenBy(tenant.reader)).toBe(true);

		await endEnrolment({
			db: db(),
			actor: staffActor(tenant.admin),
			childId: child.id,
			input: { enrolmentId, endsOn: "2027-06-30" },
		});
		pinClock("2027-06-30T21:00:00Z");
		expect(await seenBy(tenant.manager)).toBe(true);
		pinClock("2027-07-01T06:00:00Z");
		expect(await seenBy(tenant.manager)).toBe(false);
		expect(await auditOf(child.id)).toEqual([
			expect.objectContaining({ action: "child.enrolled", actor_user_id: tenant.admin.id }),
			expect.objectContaining({ action: "child.enrolment.ended", actor_user_id: tenant.admin.id }),
		]);
	});

	it("refuses impossible dates, an end before the start, another group's house, and a second open enrolment", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(tenant.group);
		const enrol = (input: { houseId: string; startsOn: string; endsOn?: string }) =>
			enrolChild({ db: db(), actor: staffActor(tenant.admin), childId: child.id, input });
		const house = tenant.firstHouse.id;
		expect((await errorOf(enrol({ houseId: house, startsOn: "2027-02-30" }))).fieldErrors).toEqual({
			startsOn: ["validation.date"],
		});
		expect(
			(await errorOf(enrol({ houseId: house, startsOn: "2027-09-01", endsOn: "2027-08-31" }))).fieldErrors,
		).toEqual({
			endsOn: ["families.enrolments.endBeforeStart"],
		});
		expect((await errorOf(enrol({ houseId: other.firstHouse.id, startsOn: "2027-09-01" }))).fieldErrors).toEqual({
			houseId: ["families.enrolments.chooseHouse"],
		});
		const { enrolmentId } = await enrol({ houseId: house, startsOn: "2027-09-01" });
		const twice = await errorOf(enrol({ houseId: house, startsOn: "2027-10-01" }));
		expect(twice.code).toBe("CONFLICT");
		expect(twice.fieldErrors).toEqual({ houseId: ["families.enrolments.alreadyEnrolled"] });
		const early = await errorOf(
			endEnrolment({
				db: db(),
				actor: staffActor(tenant.admin),
				childId: child.id,
				input: { enrolmentId, endsOn: "2027-08-31" },
			}),
		);
		expect(early.fieldErrors).toEqual({ endsOn: ["families.enrolments.endBeforeStart"] });
		expect(await db().selectFrom("enrolments").select("id").where("child_id", "=", child.id).execute()).toHaveLength(1);
	});

	it("is for group admins: FORBIDDEN to the house's manager, NOT_FOUND outside the scope", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		const child = await createTestChild(tenant.group);
		const input = { houseId: tenant.firstHouse.id, startsOn: "2027-09-01" };
		// A manager cannot pull a child they do not see into their house.
		expect(
			(await errorOf(enrolChild({ db: db(), actor: staffActor(tenant.manager), childId: child.id, input }))).code,
		).toBe("NOT_FOUND");
		const { enrolmentId } = await enrolChild({ db: db(), actor: staffActor(tenant.admin), childId: child.id, input });
		for (const member of [tenant.manager, tenant.reader]) {
			expect(
				(
					await errorOf(
						enrolChild({
							db: db(),
							actor: staffActor(member),
							childId: child.id,
							input: { ...input, houseId: tenant.secondHouse.id },
						}),
					)
				).code,
			).toBe("FORBIDDEN");
			expect(
				(
					await errorOf(
						endEnrolment({
							db: db(),
							actor: staffActor(member),
							childId: child.id,
							input: { enrolmentId, endsOn: "2027-09-30" },
						}),
					)
				).code,
			).toBe("FORBIDDEN");
		}
		expect(
			(await errorOf(enrolChild({ db: db(), actor: staffActor(other.admin), childId: child.id, input }))).code,
		).toBe("NOT_FOUND");
		// An enrolment of another child is not reachable through this one.
		const sibling = await createTestChild(tenant.group);
		expect(
			(
				await errorOf(
					endEnrolment({
						db: db(),
						actor: staffActor(tenant.admin),
						childId: sibling.id,
						input: { enrolmentId, endsOn: "2027-09-30" },
					}),
				)
			).code,
		).toBe("NOT_FOUND");
		expect(await auditOf(child.id)).toHaveLength(1);
	});
});
