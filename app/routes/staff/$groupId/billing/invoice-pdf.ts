/** GET /staff/:groupId/billing/invoices/:invoiceId/invoice.pdf — group admins only. */
export { pdfLoader as loader } from "./invoice.server.ts";
