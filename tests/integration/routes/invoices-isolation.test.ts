/**
 * A parent's invoices (« Factures »), route by route: the debtor reads the invoice and its PDF;
 * another parent — even the other guardian of the same child — the group's admin through the
 * parent pages, and a made-up id get 404; a visitor is sent to sign in. The list shows a parent
 * only the invoices addressed to them.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { addChildByCode } from "#app/domain/families/add-child-by-code.server.ts";
import { pinClock } from "#app/infra/clock.ts";
import * as invoicePage from "#app/routes/invoices/$invoiceId.server.ts";
import * as invoicesPage from "#app/routes/invoices/index.server.ts";
import * as invoicePdf from "#app/routes/invoices/pdf.ts";
import { issueInvoices, setUpBilling } from "#tests/billing-factories.ts";
import { createTestTenant, createTestUser, issueTestChildCode, sessionCookieFor } from "#tests/factories.ts";
import { createReadyChild, createTestOffer, registerTestChild, registrationsOpenAt } from "#tests/offer-factories.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

let invoiceId: string;
let debtorCookie: string;
let otherGuardianCookie: string;
let strangerCookie: string;
let adminCookie: string;

beforeAll(async () => {
	const tenant = await createTestTenant();
	await setUpBilling(tenant.admin);
	pinClock(registrationsOpenAt);
	const camp = await createTestOffer(tenant);
	const child = await createReadyChild(tenant.group);
	await registerTestChild(child, camp.id);
	const issued = await issueInvoices(tenant.admin, { from: "2027-07-01", to: "2027-07-31" });
	pinClock(undefined);
	invoiceId = (
		await getDb().selectFrom("invoices").select("id").where("run_id", "=", issued.runId).executeTakeFirstOrThrow()
	).id;
	// The child's second guardian (linked by code) is not the debtor.
	const otherGuardian = await createTestUser();
	const { code } = await issueTestChildCode(child.id, tenant.admin);
	await addChildByCode({
		db: getDb(),
		actor: { userId: otherGuardian.id, ipAddress: "10.9.8.7" },
		input: { groupCode: tenant.group.code, childCode: code },
	});
	debtorCookie = await sessionCookieFor(child.guardian);
	otherGuardianCookie = await sessionCookieFor(otherGuardian);
	strangerCookie = await sessionCookieFor((await createReadyChild(tenant.group)).guardian);
	adminCookie = await sessionCookieFor(tenant.admin);
});

async function status(routeFunction: unknown, url: string, params: Record<string, string>, cookie?: string) {
	const { value } = await callRoute(routeFunction as never, { url, params, headers: cookie ? { cookie } : {} });
	return { status: statusOf(value) ?? 200, value };
}

describe("a parent's invoices", () => {
	for (const [name, module, suffix] of [
		["the invoice page", invoicePage, ""],
		["the invoice PDF", invoicePdf, "/invoice.pdf"],
	] as const) {
		it(`${name}: the debtor reads it; the other guardian, another parent and the group's admin get 404`, async () => {
			const url = `/invoices/${invoiceId}${suffix}`;
			const own = await status(module.loader, url, { invoiceId }, debtorCookie);
			expect(own.status).toBe(200);
			if (own.value instanceof Response) {
				expect(own.value.headers.get("Content-Type")).toBe("application/pdf");
				expect(own.value.headers.get("Cache-Control")).toBe("no-store");
			}
			for (const cookie of [otherGuardianCookie, strangerCookie, adminCookie])
				expect((await status(module.loader, url, { invoiceId }, cookie)).status).toBe(404);
			expect((await status(module.loader, url, { invoiceId: "not-an-id" }, debtorCookie)).status).toBe(404);
			expect((await status(module.loader, url, { invoiceId })).status).toBe(302);
		});
	}

	it("the list shows the debtor's invoices only", async () => {
		const own = await status(invoicesPage.loader, "/invoices", {}, debtorCookie);
		expect((own.value as { invoices: { id: string }[] }).invoices.map((invoice) => invoice.id)).toEqual([invoiceId]);
		const other = await status(invoicesPage.loader, "/invoices", {}, otherGuardianCookie);
		expect((other.value as { invoices: unknown[] }).invoices).toEqual([]);
		expect((await status(invoicesPage.loader, "/invoices", {})).status).toBe(302);
	});
});
