/** GET /invoices/:invoiceId/invoice.pdf — the parent's invoice as a PDF (404 for anyone else). */
export { pdfLoader as loader } from "./$invoiceId.server.ts";
