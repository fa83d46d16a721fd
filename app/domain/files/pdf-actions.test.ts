import { deflateSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { pdfHasActiveContent } from "./pdf-actions.ts";

const plainPdf = (body: string) =>
	Buffer.from(`%PDF-1.7\n1 0 obj\n${body}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

describe("PDF active content", () => {
	it("lets a plain document through", () => {
		expect(pdfHasActiveContent(plainPdf("<< /Type /Catalog /Pages 2 0 R >>"))).toBe(false);
	});

	it.each([
		["an open action in JavaScript", "<< /Type /Catalog /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>"],
		["a launch action", "<< /Type /Action /S /Launch /F (cmd.exe) >>"],
		["a name written with # escapes", "<< /S /Java#53cript /J#53 (x) >>"],
	])("finds %s", (_, body) => {
		expect(pdfHasActiveContent(plainPdf(body))).toBe(true);
	});

	it("finds JavaScript hidden in a compressed object stream", () => {
		const hidden = deflateSync(Buffer.from("<< /S /JavaScript /JS (app.alert(1)) >>"));
		const pdf = Buffer.concat([
			Buffer.from("%PDF-1.7\n5 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode >>\nstream\n"),
			hidden,
			Buffer.from("\nendstream\nendobj\n%%EOF\n"),
		]);
		expect(pdfHasActiveContent(pdf)).toBe(true);
	});

	it("does not mistake a word in the text for an action", () => {
		expect(pdfHasActiveContent(plainPdf("<< /Title (JavaScript Launch) >>"))).toBe(false);
	});
});
