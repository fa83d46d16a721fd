import { hashPassword } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { seedDemoBilling } from "#app/db/seed-billing.server.ts";
import { seedDemoFamily } from "#app/db/seed-families.server.ts";
import { seedDemoMeals } from "#app/db/seed-meals.server.ts";
import { seedDemoOffers } from "#app/db/seed-offers.server.ts";
import { findUserByEmail, insertUserWithPassword } from "#app/domain/accounts/accounts.repository.server.ts";
import { createGroup } from "#app/domain/groups/create-group.server.ts";
import { createHouse } from "#app/domain/groups/create-house.server.ts";
import type { HouseInput } from "#app/domain/groups/group-input.ts";
import { findGroupByCode, findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { saveMembership } from "#app/domain/groups/staff.repository.server.ts";
import { now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { seedDemoDocuments } from "./seed-documents.server.ts";
import { seedDemoMessages } from "./seed-messages.server.ts";
import { seedDemoUploads } from "./seed-uploads.server.ts";

export const demoGroup = {
	name: "Ville de Limbourg",
	code: "LIMBOURG",
	contactPhone: "087/76.04.06",
	contactEmail: "accueil@limbourg.example",
};

const demoHouses: HouseInput[] = [
	{
		name: "Crèche Les Petits Lutins",
		kind: "creche",
		address: "Rue de la Halle 12",
		postalCode: "4830",
		locality: "Limbourg",
		phone: "087/76.04.10",
		email: "lutins@limbourg.example",
	},
	{
		name: "Plaine de vacances de Dolhain",
		kind: "holiday_centre",
		address: "Avenue Reine Astrid 3",
		postalCode: "4830",
		locality: "Dolhain",
		phone: "087/76.04.20",
		email: "plaine@limbourg.example",
	},
	{
		name: "Accueil extrascolaire Les Écureuils",
		kind: "out_of_school",
		address: "Place Saint-Georges 1",
		postalCode: "4830",
		locality: "Limbourg",
		phone: "087/76.04.30",
		email: "ecureuils@limbourg.example",
	},
];

/** Demo accounts, confirmed, listed in the README. */
export const demoAccounts = {
	parent: {
		username: "parent.demo",
		email: "parent.demo@ribambelle.example",
		password: "Tartine-Confiture-26!",
		firstName: "Alain",
		lastName: "Forius",
	},
	staff: {
		username: "sylvie.staff",
		email: "sylvie.staff@ribambelle.example",
		password: "Cartable-Rouge-26!",
		firstName: "Sylvie",
		lastName: "Popelin",
	},
	houseManager: {
		username: "marc.creche",
		email: "marc.creche@ribambelle.example",
		password: "Biberon-Vert-26!",
		firstName: "Marc",
		lastName: "Lejeune",
	},
	operator: {
		username: "operateur",
		email: "operateur@ribambelle.example",
		password: "Plateforme-Bleue-26!",
		firstName: "Olivia",
		lastName: "Operatrice",
	},
} as const;

async function ensureAccount(db: Database, account: (typeof demoAccounts)[keyof typeof demoAccounts]) {
	const existing = await findUserByEmail(db, account.email);
	if (existing) return { id: existing.id, created: false };
	const id = newId();
	await insertUserWithPassword(db, {
		id,
		email: account.email,
		username: account.username,
		firstName: account.firstName,
		lastName: account.lastName,
		language: "fr",
		passwordHash: await hashPassword(account.password),
		emailVerified: true,
		at: now(),
	});
	return { id, created: true };
}

/**
 * Demo data for the embedded default and for trying the product. Idempotent: what exists
 * already (matched by group code, then house name) is left as it is.
 */
export async function seedDemoData(db: Database): Promise<{ created: string[] }> {
	const created: string[] = [];
	await db.transaction().execute(async (trx) => {
		let group = await findGroupByCode(trx, demoGroup.code);
		if (!group) {
			await createGroup({ db: trx, input: demoGroup });
			group = await findGroupByCode(trx, demoGroup.code);
			created.push(`group ${demoGroup.name}`);
		}
		if (!group) throw new Error("demo group missing after creation");
		for (const house of demoHouses) {
			if (await findHouseByName(trx, group.id, house.name)) continue;
			await createHouse({ db: trx, groupId: group.id, input: house });
			created.push(`house ${house.name}`);
		}
	});
	const ids: Record<string, string> = {};
	for (const [role, account] of Object.entries(demoAccounts)) {
		const { id, created: isNew } = await ensureAccount(db, account);
		ids[role] = id;
		if (isNew) created.push(`${role} account ${account.username}`);
	}
	await db.transaction().execute(async (trx) => {
		const group = await findGroupByCode(trx, demoGroup.code);
		const creche = group ? await findHouseByName(trx, group.id, demoHouses[0]?.name ?? "") : undefined;
		if (!group || !creche || !ids.staff || !ids.houseManager || !ids.operator) return;
		const at = now().toISOString();
		for (const [userId, role, houseIds] of [
			[ids.staff, "admin", []],
			[ids.houseManager, "house_manager", [creche.id]],
		] as const) {
			const member = await trx
				.selectFrom("staff_memberships")
				.select("id")
				.where("group_id", "=", group.id)
				.where("user_id", "=", userId)
				.executeTakeFirst();
			if (member) continue;
			await saveMembership(trx, { id: newId(), groupId: group.id, userId, role, houseIds: [...houseIds], at });
			created.push(`${role} membership`);
		}
		const operator = await trx
			.selectFrom("operators")
			.select("user_id")
			.where("user_id", "=", ids.operator)
			.executeTakeFirst();
		if (!operator) {
			await trx.insertInto("operators").values({ user_id: ids.operator, created_at: at }).execute();
			created.push("operator role");
		}
	});
	const group = await findGroupByCode(db, demoGroup.code);
	if (group && ids.parent && ids.staff) {
		created.push(
			...(await seedDemoFamily(db, {
				parentId: ids.parent,
				adminId: ids.staff,
				groupId: group.id,
				groupCode: group.code,
			})),
		);
		created.push(...(await seedDemoOffers(db, { adminId: ids.staff, groupId: group.id, groupCode: group.code })));
		created.push(...(await seedDemoMeals(db, { adminId: ids.staff, groupId: group.id })));
		created.push(...(await seedDemoBilling(db, { adminId: ids.staff, groupId: group.id })));
		if (ids.houseManager) {
			created.push(
				...(await seedDemoMessages(db, { parentId: ids.parent, houseManagerId: ids.houseManager, groupId: group.id })),
			);
			created.push(
				...(await seedDemoDocuments(db, { adminId: ids.staff, houseManagerId: ids.houseManager, groupId: group.id })),
				...(await seedDemoUploads(db, { parentId: ids.parent, houseManagerId: ids.houseManager, groupId: group.id })),
			);
		}
	}
	return { created };
}
