import { describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { seedDemoData } from "#app/db/seed.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { searchChildren } from "#app/domain/families/families.repository.server.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import { listGroupsWithHouses } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { createTestGroup, createTestHouse, uniqueLetters } from "#tests/factories.ts";

describe("groups and houses", () => {
	it("stores the group code upper-case and refuses the same code in another case", async () => {
		const code = uniqueLetters();
		const group = await createTestGroup({ code: code.toLowerCase() });
		expect(group.code).toBe(code);
		const again = createGroup({ db: getDb(), input: { name: "Autre", code: code.toLowerCase() } });
		await expect(again).rejects.toMatchObject({ code: "CONFLICT", fieldErrors: { code: ["groups.code.taken"] } });
	});

	it("reports every invalid field at once", async () => {
		const error = await createGroup({ db: getDb(), input: { name: " ", code: "AB1", contactEmail: "nope" } }).catch(
			(caught: unknown) => caught,
		);
		expect(error).toBeInstanceOf(AppError);
		expect((error as AppError).fieldErrors).toEqual({
			name: ["validation.required"],
			code: ["groups.code.lettersOnly"],
			contactEmail: ["validation.email"],
		});
	});

	it("refuses a house of an unknown kind", async () => {
		const group = await createTestGroup();
		const house = createHouse({
			db: getDb(),
			groupId: group.id,
			input: { name: "X", kind: "castle" as never, address: "a", postalCode: "1", locality: "l" },
		});
		await expect(house).rejects.toMatchObject({ code: "VALIDATION", fieldErrors: { kind: ["validation.required"] } });
	});

	it("lists groups with their own houses only", async () => {
		const first = await createTestGroup({ name: "Aaa premier" });
		const second = await createTestGroup({ name: "Bbb second" });
		await createTestHouse(first.id, { name: "Maison A" });
		await createTestHouse(second.id, { name: "Maison B" });
		const listed = await listGroupsWithHouses(getDb());
		const byId = new Map(listed.map((group) => [group.id, group.houses.map((house) => house.name)]));
		expect(byId.get(first.id)).toEqual(["Maison A"]);
		expect(byId.get(second.id)).toEqual(["Maison B"]);
	});

	it("seeds the demo group and its houses once, however often it runs", async () => {
		const first = await seedDemoData(getDb());
		expect(first.created).toHaveLength(27);
		expect(first.created).toContain("demo messages (2 threads with the crèche, 1 unread)");
		expect(first.created).toContain("published « Règlement d'ordre intérieur » for the crèche's families");
		expect(
			first.created.some((entry) => entry.startsWith("published « Ce qu'il faut apporter » for the Plaine d'été")),
		).toBe(true);
		expect(first.created).toContain(
			"demo documents (the crèche asks a medical certificate; Nino: 1 accepted, 1 pending)",
		);
		expect(first.created).toContain("meals (« Repas chaud », four weeks of menus)");
		expect(first.created).toContain(
			"billing (settings, paid and open invoices for the demo family, Nino's tax certificate for last year)",
		);
		expect(first.created).toContain("child code MAMAN-PAPA2");
		expect(first.created).toContain("5 other demo families, 9 children registered");
		const second = await seedDemoData(getDb());
		expect(second.created).toEqual([]);
		const limbourg = (await listGroupsWithHouses(getDb())).find((group) => group.code === "LIMBOURG");
		expect(limbourg?.houses).toHaveLength(3);
		const children = await getDb()
			.selectFrom("children")
			.select(["first_name", "status"])
			.orderBy("file_number")
			.execute();
		expect(children.slice(0, 2)).toEqual([
			{ first_name: "Nino", status: "validated" },
			{ first_name: "Léa", status: "submitted" },
		]);
		// The other demo families' children, who fill the demo camps.
		expect(children).toHaveLength(11);
		// The crèche's manager (marc.creche) sees Nino, enrolled there, and none of the campers.
		const manager = await getDb()
			.selectFrom("users")
			.select("id")
			.where("username", "=", "marc.creche")
			.executeTakeFirstOrThrow();
		const limbourgId = limbourg?.id ?? "";
		const access = await findStaffAccess(getDb(), manager.id, limbourgId);
		if (!access) throw new Error("marc.creche is no member of the demo group");
		const seen = await searchChildren(getDb(), access, {});
		expect(seen.rows.map((row) => row.first_name)).toEqual(["Nino"]);
		const offers = await getDb()
			.selectFrom("offers")
			.select(["kind", "status", "capacity", "waiting_list_size", "places_taken", "waiting_count"])
			.orderBy("first_day")
			.execute();
		expect(offers.filter((offer) => offer.kind === "camp" && offer.status === "open")).toHaveLength(3);
		expect(offers.filter((offer) => offer.kind === "activity" && offer.status === "open")).toHaveLength(2);
		expect(offers.some((offer) => offer.places_taken === offer.capacity && offer.waiting_count > 0)).toBe(true);
		expect(offers.some((offer) => offer.places_taken > 0 && offer.places_taken < offer.capacity)).toBe(true);
	});
});
