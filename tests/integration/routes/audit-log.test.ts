/**
 * The audit page and its CSV speak in sentences naming the child, the offer and the person
 * who acted (docs/decisions/022-elision-and-audit-sentences.md), and name deleted things from
 * what the row kept.
 */

import type { KyselyPlugin } from "kysely";
import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { listAuditEvents } from "#app/domain/audit/audit.repository.server.ts";
import { describeAuditEvents } from "#app/domain/audit/describe-audit-events.server.ts";
import { decideRegistration } from "#app/domain/offers/decide-registration.server.ts";
import { deleteOffer } from "#app/domain/offers/delete-offer.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import { i18nFor } from "#app/infra/i18n.server.ts";
import * as auditExport from "#app/routes/staff/$groupId/audit/export.ts";
import * as auditPage from "#app/routes/staff/$groupId/audit/index.server.ts";
import { createTestTenant, sessionCookieFor, staffActor } from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild, registrationsOpenAt } from "#tests/offer-factories.ts";
import { callRoute } from "#tests/support/route-harness.ts";

afterEach(() => pinClock(undefined));

describe("audit log in sentences", () => {
	it("names the actor, the child and the offer on the page and in the CSV", async () => {
		const tenant = await createTestTenant();
		const admin = `${tenant.admin.firstName} ${tenant.admin.lastName}`;
		const offer = await createTestOffer(tenant, { title: "Multisports" });
		const draft = await createTestOffer(tenant, { title: "Escalade", status: "draft" });
		await deleteOffer({ db: getDb(), actor: staffActor(tenant.admin), offerId: draft.id });
		pinClock(registrationsOpenAt);
		const child = await createReadyChild(tenant.group, { firstName: "Alain", lastName: "Martin" });
		const { registrationId } = await registerTestChild(child, offer.id);
		await decideRegistration({
			db: getDb(),
			actor: staffActor(tenant.admin),
			input: { decision: "refuse", registrationId, reason: "Complet" },
		});
		pinClock(undefined);
		const cookie = await sessionCookieFor(tenant.admin);
		const params = { groupId: tenant.group.id };

		const page = await callRoute(auditPage.loader as never, {
			url: `/staff/${tenant.group.id}/audit`,
			params,
			headers: { cookie },
		});
		const { events } = page.value as { events: { action: string; sentence: string }[] };
		const sentenceOf = (action: string) => events.find((event) => event.action === action)?.sentence;
		expect(sentenceOf("registration.refused")).toBe(
			`${admin} a refusé l'inscription d'Alain Martin à «\u00a0Multisports\u00a0».`,
		);
		expect(sentenceOf("offer.deleted")).toBe(`${admin} a supprimé «\u00a0Escalade\u00a0».`);
		expect(JSON.stringify(events)).not.toContain(offer.id);

		const dutch = await callRoute(auditPage.loader as never, {
			url: `/staff/${tenant.group.id}/audit?area=registration`,
			params,
			headers: { cookie, "accept-language": "nl-BE,nl;q=0.9" },
		});
		expect((dutch.value as { events: { sentence: string }[] }).events.map((event) => event.sentence)).toContain(
			`${admin} heeft de inschrijving van Alain Martin voor “Multisports” geweigerd.`,
		);

		const csv = await callRoute(auditExport.loader as never, {
			url: `/staff/${tenant.group.id}/audit/export`,
			params,
			headers: { cookie },
		});
		const text = await (csv.value as Response).text();
		const [header, ...rows] = text.split(/\r?\n/);
		expect(header).toContain("action");
		expect(header?.split(";").at(-1)).toBe(`"sentence"`);
		const refused = rows.find((line) => line.includes("registration.refused"));
		expect(refused).toContain(offer.id);
		expect(refused).toContain("a refusé l'inscription d'Alain Martin à «\u00a0Multisports\u00a0».");
	});

	it("names a page with one query per kind of entity, however many rows it has", async () => {
		const tenant = await createTestTenant();
		for (const letter of "ABCDEFGHIJ") await createTestOffer(tenant, { title: `Atelier ${letter}` });
		let queries = 0;
		const counter: KyselyPlugin = {
			transformQuery: (args) => {
				queries++;
				return args.node;
			},
			transformResult: async (args) => args.result,
		};
		const rows = await listAuditEvents(getDb(), { groupId: tenant.group.id, limit: 50 });
		expect(rows.length).toBeGreaterThanOrEqual(12);
		const described = await describeAuditEvents(getDb().withPlugin(counter), {
			groupId: tenant.group.id,
			rows,
			t: i18nFor("fr").t,
			language: "fr",
		});
		expect(described.map((row) => row.sentence)).toContain(
			`${tenant.admin.firstName} ${tenant.admin.lastName} a créé «\u00a0Atelier D\u00a0».`,
		);
		// Users, children, offers, houses, periods, invitations, registrations: at most one each.
		expect(queries).toBeLessThanOrEqual(7);
	});

	it("shows nothing of another group", async () => {
		const tenant = await createTestTenant();
		const other = await createTestTenant();
		await createTestOffer(other, { title: "Ailleurs" });
		const page = await callRoute(auditPage.loader as never, {
			url: `/staff/${tenant.group.id}/audit`,
			params: { groupId: tenant.group.id },
			headers: { cookie: await sessionCookieFor(tenant.admin) },
		});
		expect(JSON.stringify(page.value)).not.toContain("Ailleurs");
	});
});
