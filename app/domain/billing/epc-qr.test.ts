import jsQR from "jsqr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { type EpcQrFieldError, epcQrPayload, epcQrPng, epcQrSvg } from "./epc-qr.ts";

const payee = { name: "Ville de Limbourg", iban: "BE68 5390 0754 7034", bic: "GEBABEBB" };

function fieldOf(run: () => unknown): string | undefined {
	try {
		run();
	} catch (error) {
		expect(error).toBeInstanceOf(RangeError);
		return (error as EpcQrFieldError).field;
	}
	return undefined;
}

describe("EPC QR payload (EPC069-12 v2.1)", () => {
	it("writes the example of the guidelines in version 002", () => {
		// EPC069-12 v2.1, the Belgian Red Cross example (there in version 001, amount « EUR1 »):
		// BCD / 001 / 1 / SCT / BPOTBEB1 / Red Cross of Belgium / BE72000000001616 / EUR1 / CHAR / / Urgency fund.
		expect(
			epcQrPayload({
				name: "Red Cross of Belgium",
				iban: "BE72000000001616",
				bic: "BPOTBEB1",
				amountCents: 100,
				purpose: "CHAR",
				unstructuredRemittance: "Urgency fund",
			}),
		).toBe("BCD\n002\n1\nSCT\nBPOTBEB1\nRed Cross of Belgium\nBE72000000001616\nEUR1.00\nCHAR\n\nUrgency fund");
	});

	it("puts the structured communication's 12 digits in the structured reference (decision 033)", () => {
		const payload = epcQrPayload({ ...payee, amountCents: 1250, structuredCommunication: "+++123/4567/89002+++" });
		expect(payload).toBe("BCD\n002\n1\nSCT\nGEBABEBB\nVille de Limbourg\nBE68539007547034\nEUR12.50\n\n123456789002");
		expect(payload.split("\n")).toHaveLength(10);
	});

	it("leaves the BIC empty when not given (version 002)", () => {
		const payload = epcQrPayload({ name: "Crèche", iban: "BE68539007547034", amountCents: 5 });
		expect(payload).toBe("BCD\n002\n1\nSCT\n\nCrèche\nBE68539007547034\nEUR0.05");
	});

	it("enforces the standard's limits, naming the field", () => {
		const base = { ...payee, amountCents: 100 };
		expect(fieldOf(() => epcQrPayload({ ...base, name: "x".repeat(71) }))).toBe("name");
		expect(fieldOf(() => epcQrPayload({ ...base, name: "é".repeat(70) }))).toBeUndefined();
		expect(fieldOf(() => epcQrPayload({ ...base, name: " " }))).toBe("name");
		expect(fieldOf(() => epcQrPayload({ ...base, name: "Two\nlines" }))).toBe("name");
		expect(fieldOf(() => epcQrPayload({ ...base, iban: "BE69539007547034" }))).toBe("iban");
		expect(fieldOf(() => epcQrPayload({ ...base, bic: "GEBABE" }))).toBe("bic");
		expect(fieldOf(() => epcQrPayload({ ...base, amountCents: 0 }))).toBe("amountCents");
		expect(fieldOf(() => epcQrPayload({ ...base, amountCents: 100_000_000_000 }))).toBe("amountCents");
		expect(fieldOf(() => epcQrPayload({ ...base, amountCents: 12.5 }))).toBe("amountCents");
		expect(epcQrPayload({ ...base, amountCents: 99_999_999_999 })).toContain("\nEUR999999999.99");
		expect(fieldOf(() => epcQrPayload({ ...base, unstructuredRemittance: "x".repeat(141) }))).toBe(
			"unstructuredRemittance",
		);
		expect(fieldOf(() => epcQrPayload({ ...base, unstructuredRemittance: "x".repeat(140) }))).toBeUndefined();
		expect(
			fieldOf(() =>
				epcQrPayload({ ...base, structuredCommunication: "123456789002", unstructuredRemittance: "Invoice 12" }),
			),
		).toBe("unstructuredRemittance");
		expect(fieldOf(() => epcQrPayload({ ...base, structuredCommunication: "123456789003" }))).toBe(
			"structuredCommunication",
		);
		expect(fieldOf(() => epcQrPayload({ ...base, purpose: "CHARITY" }))).toBe("purpose");
	});

	it("keeps the whole payload within 331 bytes of UTF-8", () => {
		// Every field at its longest in ASCII fits: 3+3+1+3+11+70+34+15+4+140 + 9 separators < 331.
		const longest = epcQrPayload({
			name: "N".repeat(70),
			iban: "BE68539007547034",
			bic: "GEBABEBBXXX",
			amountCents: 99_999_999_999,
			purpose: "OTHR",
			unstructuredRemittance: "R".repeat(140),
		});
		expect(Buffer.byteLength(longest, "utf8")).toBeLessThanOrEqual(331);
		// Characters of 2 and 4 bytes in name and remittance push it over.
		expect(
			fieldOf(() =>
				epcQrPayload({ ...payee, amountCents: 100, name: "€".repeat(70), unstructuredRemittance: "😀".repeat(60) }),
			),
		).toBe("payload");
	});
});

describe("EPC QR images", () => {
	it("decode back to the payload, accents included", async () => {
		const payload = epcQrPayload({
			name: "Crèche « Les Petits Lutins »",
			iban: "BE68539007547034",
			bic: "GEBABEBB",
			amountCents: 4275,
			structuredCommunication: "123456789002",
		});
		const png = await epcQrPng(payload, { size: 400 });
		const { data, info } = await sharp(png).ensureAlpha().raw().toBuffer({ resolveWithObject: true });
		const code = jsQR(new Uint8ClampedArray(data.buffer, data.byteOffset, data.byteLength), info.width, info.height);
		expect(code).not.toBeNull();
		expect(Buffer.from(code?.binaryData ?? []).toString("utf8")).toBe(payload);
		expect(info.width).toBe(400);
	});

	it("draws an SVG", async () => {
		const svg = await epcQrSvg(epcQrPayload({ ...payee, amountCents: 100 }));
		expect(svg).toMatch(/^<svg[^>]*viewBox/);
	});
});
