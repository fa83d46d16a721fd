import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { Database } from "#app/db/db.server.ts";
import { nationalNumberFor, nextHolidays, weekday } from "#app/db/demo-calendar.ts";
import { insertUserWithPassword } from "#app/domain/accounts/accounts.repository.server.ts";
import { createDossier } from "#app/domain/families/create-dossier.server.ts";
import type { DossierActor } from "#app/domain/families/dossier-access.server.ts";
import { saveContact } from "#app/domain/families/save-contact.server.ts";
import { saveGeneralData } from "#app/domain/families/save-general-data.server.ts";
import { saveMedicalData } from "#app/domain/families/save-medical-data.server.ts";
import { findHouseByName } from "#app/domain/groups/groups.repository.server.ts";
import { findStaffAccess } from "#app/domain/groups/staff.repository.server.ts";
import { createPeriod } from "#app/domain/offers/create-period.server.ts";
import type { OfferInput } from "#app/domain/offers/offer-input.ts";
import { registerChild } from "#app/domain/offers/register-child.server.ts";
import { saveOffer } from "#app/domain/offers/save-offer.server.ts";
import { addDays, dateInBrussels, isoToBrusselsTime, now } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";

const SEED_ADDRESS = "127.0.0.1";
const DAY_MS = 24 * 60 * 60 * 1000;

/** Other families of the demo group, whose children fill the camps that are (nearly) full. */
const demoFamilies = [
	{
		lastName: "Dubois",
		firstName: "Sophie",
		language: "fr",
		children: [
			["Emma", "2017-05-02", 2],
			["Louis", "2019-01-23", 3],
		],
	},
	{
		lastName: "Lambert",
		firstName: "Julien",
		language: "fr",
		children: [
			["Chloé", "2018-07-11", 4],
			["Hugo", "2017-10-30", 5],
		],
	},
	{
		lastName: "Mertens",
		firstName: "Els",
		language: "nl",
		children: [
			["Lotte", "2018-02-14", 6],
			["Wout", "2019-06-08", 7],
		],
	},
	{
		lastName: "Schmitz",
		firstName: "Anke",
		language: "de",
		children: [
			["Jonas", "2017-12-03", 9],
			["Mia", "2018-09-19", 8],
		],
	},
	{ lastName: "Martin", firstName: "Nadia", language: "fr", children: [["Inès", "2018-04-27", 10]] },
] as const;

async function seedFamily(
	db: Database,
	family: (typeof demoFamilies)[number],
	groupCode: string,
	passwordHash: string,
) {
	const userId = newId();
	const username = `famille.${family.lastName.toLowerCase()}`;
	await insertUserWithPassword(db, {
		id: userId,
		email: `${username}@ribambelle.example`,
		username,
		firstName: family.firstName,
		lastName: family.lastName,
		language: family.language,
		passwordHash,
		emailVerified: true,
		at: now(),
	});
	const guardian: DossierActor = { userId, ipAddress: SEED_ADDRESS, viewer: { kind: "guardian", userId } };
	const childIds: string[] = [];
	for (const [firstName, birthDate, sequence] of family.children) {
		const { childId } = await createDossier({
			db,
			actor: guardian,
			input: { groupCode, lastName: family.lastName, firstName },
		});
		await saveGeneralData({
			db,
			actor: guardian,
			childId,
			input: {
				firstName,
				lastName: family.lastName,
				nationalNumber: nationalNumberFor(birthDate, sequence),
				street: "Rue de la Gare",
				houseNumber: String(10 + sequence),
				postalCode: "4830",
				locality: "Limbourg",
				country: "BE",
				language: family.language,
			},
		});
		await saveMedicalData({
			db,
			actor: guardian,
			childId,
			input: {
				doctorName: "Dr Anne Lambert",
				doctorPhone: "087/31.22.44",
				tetanus: "yes",
				hasAllergies: "no",
				confirm: "on",
			},
		});
		await saveContact({
			db,
			actor: guardian,
			childId,
			input: {
				name: `${family.firstName} ${family.lastName}`,
				relation: "Parent",
				phone: "0470 11 22 33",
				role: "emergency",
			},
		});
		childIds.push(childId);
	}
	return { userId, childIds };
}

/**
 * Demo camps and activities of the demo group, placed on the next school holidays by the
 * clock: a camp with few places left, a full one with a waiting list (filled by other demo
 * families through the real registration), one with optional garderie, and two pedagogical
 * days. Registrations opened a day ago. Idempotent: a group that has periods or offers
 * already is left alone.
 */
export async function seedDemoOffers(
	db: Database,
	options: { adminId: string; groupId: string; groupCode: string },
): Promise<string[]> {
	const { adminId, groupId, groupCode } = options;
	const [period, offer] = await Promise.all([
		db.selectFrom("periods").select("id").where("group_id", "=", groupId).executeTakeFirst(),
		db.selectFrom("offers").select("id").where("group_id", "=", groupId).executeTakeFirst(),
	]);
	if (period || offer) return [];
	const access = await findStaffAccess(db, adminId, groupId);
	const plaine = await findHouseByName(db, groupId, "Plaine de vacances de Dolhain");
	const creche = await findHouseByName(db, groupId, "Crèche Les Petits Lutins");
	if (!access || !plaine || !creche) return [];
	const admin = { userId: adminId, ipAddress: SEED_ADDRESS, access };
	const created: string[] = [];

	const at = now();
	const today = dateInBrussels(at);
	const { winter, carnival } = nextHolidays(today);
	const periodIds: Record<string, string> = {};
	for (const holidays of [winter, carnival]) {
		periodIds[holidays.name] = (await createPeriod({ db, actor: admin, input: holidays })).periodId;
		created.push(`period ${holidays.name}`);
	}

	// Opened yesterday at 9:00; closes at 18:00 on the eve of the first day, or in 60 days.
	const opensAt = `${isoToBrusselsTime(new Date(at.getTime() - DAY_MS).toISOString()).slice(0, 10)}T09:00`;
	const inSixtyDays = `${isoToBrusselsTime(new Date(at.getTime() + 60 * DAY_MS).toISOString()).slice(0, 10)}T18:00`;
	const registrationWindow = (firstDay: string) => {
		// Sixty days, unless the offer starts before: then the eve of its first day.
		const eve = `${addDays(firstDay, -1)}T18:00`;
		return { opensAt, closesAt: eve < inSixtyDays ? eve : inSixtyDays, cancelUntil: `${addDays(firstDay, -3)}T12:00` };
	};
	const base = {
		houseId: plaine.id,
		startTime: "09:00",
		endTime: "16:00",
		confirmationMode: "automatic",
		status: "open",
	} as const;
	const camp = (input: Omit<OfferInput, keyof typeof base | "kind" | "opensAt" | "closesAt">): OfferInput => ({
		...base,
		kind: "camp",
		...registrationWindow(input.firstDay),
		...input,
	});

	// Activities: a school day two weeks ahead (outside the Christmas holidays), and two more days.
	let pedagogicalDay = addDays(today, 14 + ((7 - weekday(addDays(today, 14))) % 7));
	if (pedagogicalDay >= winter.startsOn && pedagogicalDay <= winter.endsOn) pedagogicalDay = addDays(winter.endsOn, 8);
	const laterDays = [addDays(pedagogicalDay, 4), addDays(winter.endsOn, 15)].sort();

	const offers: { label: string; input: OfferInput }[] = [
		{
			label: "few places",
			input: camp({
				periodId: periodIds[winter.name],
				title: "Lutins et flocons",
				description: "Bricolages de Noël, contes au coin du feu et balade dans les bois de Dolhain.",
				firstDay: winter.startsOn,
				lastDay: addDays(winter.startsOn, 2),
				price: "45",
				minAgeYears: "6",
				maxAgeYears: "10",
				capacity: "12",
				waitingListSize: "5",
			}),
		},
		{
			label: "full",
			input: camp({
				periodId: periodIds[winter.name],
				title: "Cirque : la piste aux étoiles",
				description: "Jonglerie, équilibre et acrobaties, avec un petit spectacle pour les familles le dernier jour.",
				firstDay: addDays(winter.startsOn, 7),
				lastDay: addDays(winter.startsOn, 10),
				price: "60",
				minAgeYears: "5",
				maxAgeYears: "12",
				capacity: "6",
				waitingListSize: "4",
			}),
		},
		{
			label: "garderie",
			input: camp({
				periodId: periodIds[carnival.name],
				title: "Sport et nature",
				description:
					"Grands jeux, course d'orientation et découverte de la Vesdre. Garderie de 7 h 30 à 9 h et de 16 h à 17 h 30.",
				firstDay: carnival.startsOn,
				lastDay: addDays(carnival.startsOn, 4),
				price: "75",
				carePrice: "10",
				careOptional: "on",
				minAgeYears: "6",
				maxAgeYears: "12",
				capacity: "24",
				waitingListSize: "6",
			}),
		},
		{
			label: "activity",
			input: {
				...base,
				...registrationWindow(pedagogicalDay),
				kind: "activity",
				houseId: creche.id,
				title: "Journée pédagogique : accueil des frères et sœurs",
				description: "Pendant la journée pédagogique des écoles, la crèche accueille aussi les grands frères et sœurs.",
				firstDay: pedagogicalDay,
				lastDay: pedagogicalDay,
				dates: pedagogicalDay,
				startTime: "07:30",
				endTime: "17:30",
				price: "12",
				minAgeYears: "2",
				minAgeMonths: "6",
				maxAgeYears: "10",
				capacity: "15",
				waitingListSize: "5",
			},
		},
		{
			label: "activity",
			input: {
				...base,
				...registrationWindow(laterDays[0] ?? pedagogicalDay),
				kind: "activity",
				title: "Journées pédagogiques à la plaine",
				description: "Grands jeux et ateliers créatifs les jours de formation des enseignants.",
				firstDay: laterDays[0] ?? pedagogicalDay,
				lastDay: laterDays[1] ?? pedagogicalDay,
				dates: laterDays.join("\n"),
				price: "15",
				minAgeYears: "5",
				maxAgeYears: "12",
				capacity: "30",
				waitingListSize: "10",
			},
		},
	];
	const offerIds: Record<string, string> = {};
	for (const { label, input } of offers) {
		offerIds[label] = (await saveOffer({ db, actor: admin, input })).offerId;
		created.push(`${input.kind} ${input.title}`);
	}

	// Accounts that are not meant to sign in: one throwaway password, hashed once.
	const passwordHash = await hashPassword(randomUUID());
	const children: { childId: string; userId: string }[] = [];
	for (const family of demoFamilies) {
		const { userId, childIds } = await seedFamily(db, family, groupCode, passwordHash);
		children.push(...childIds.map((childId) => ({ childId, userId })));
	}
	const register = (child: (typeof children)[number], offerId: string | undefined) =>
		registerChild({
			db,
			actor: { userId: child.userId, ipAddress: SEED_ADDRESS },
			childId: child.childId,
			offerId: offerId ?? "",
			withCare: false,
		});
	// 9 of 12 places taken; 6 of 6 taken and 2 on the waiting list.
	for (const child of children) await register(child, offerIds["few places"]);
	for (const child of children.slice(0, 8)) await register(child, offerIds.full);
	created.push(`${demoFamilies.length} other demo families, ${children.length} children registered`);
	return created;
}
