import fs from "node:fs";
import { getDb } from "#app/db/db.server.ts";
import { renderInvoiceDocument } from "#app/domain/billing/invoice-pdf.server.ts";
import { readInvoiceForStaff } from "#app/domain/billing/read-invoices.server.ts";
const db = getDb();
const invoice = await db.selectFrom("invoices").select(["id", "group_id"]).where("total_cents", ">", 5000).executeTakeFirstOrThrow();
const doc = await readInvoiceForStaff(db, { access: { groupId: invoice.group_id, role: "admin", houseIds: [] } as never, invoiceId: invoice.id });
fs.writeFileSync("/tmp/shots/invoice.pdf", await renderInvoiceDocument(doc));
process.exit(0);
