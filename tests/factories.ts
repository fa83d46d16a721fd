/**
 * Builders for integration tests. They go through the real use cases and invent unique
 * values, so a test only states what matters to it.
 */
import { randomInt } from "node:crypto";
import { getDb } from "#app/db/db.server.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import type { GroupInput, HouseInput } from "#app/domain/groups/group-input.ts";

const letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

export function uniqueLetters(length = 10): string {
	return Array.from({ length }, () => letters[randomInt(letters.length)]).join("");
}

let sequence = 0;
function next(): number {
	sequence += 1;
	return sequence;
}

export async function createTestGroup(overrides: Partial<GroupInput> = {}) {
	const number = next();
	const input: GroupInput = {
		name: `Groupe de test ${number}`,
		code: uniqueLetters(),
		contactPhone: "087/00.00.00",
		contactEmail: `groupe${number}@example.test`,
		...overrides,
	};
	const { id, code } = await createGroup({ db: getDb(), input });
	return { id, code, name: input.name };
}

export async function createTestHouse(groupId: string, overrides: Partial<HouseInput> = {}) {
	const number = next();
	const input: HouseInput = {
		name: `Maison de test ${number}`,
		kind: "holiday_centre",
		address: `Rue de l'Essai ${number}`,
		postalCode: "4830",
		locality: "Limbourg",
		...overrides,
	};
	const { id } = await createHouse({ db: getDb(), groupId, input });
	return { id, name: input.name };
}
