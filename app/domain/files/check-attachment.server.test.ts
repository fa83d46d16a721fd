import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { deflateSync } from "node:zlib";
import sharp from "sharp";
import { afterAll, describe, expect, it } from "vitest";
import { type AttachmentCheck, checkAttachment } from "./check-attachment.server.ts";

const gps = {
	IFD3: { GPSLatitudeRef: "N", GPSLatitude: "50/1 50/1 0/1", GPSLongitudeRef: "E", GPSLongitude: "4/1 21/1 0/1" },
};

async function photo(format: "jpeg" | "png", width = 40, height = 30): Promise<Buffer> {
	const image = sharp({ create: { width, height, channels: 3, background: "#3a7" } }).withExif(gps);
	return format === "jpeg" ? image.jpeg().toBuffer() : image.png().toBuffer();
}

/** The GPS IFD pointer (EXIF tag 0x8825) in either byte order. */
function hasGpsTag(exif: Buffer | undefined): boolean {
	return !!exif && (exif.includes(Buffer.from([0x88, 0x25])) || exif.includes(Buffer.from([0x25, 0x88])));
}

function accepted(check: AttachmentCheck) {
	if (!check.ok) throw new Error(`refused: ${check.problem}`);
	return check.file;
}

const pdf = (body: string) => Buffer.from(`%PDF-1.7\n1 0 obj\n${body}\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n`);

describe("attachment content checks", () => {
	it.each(["jpeg", "png"] as const)("re-encodes a %s photo without its GPS position", async (format) => {
		const original = await photo(format);
		expect(hasGpsTag((await sharp(original).metadata()).exif)).toBe(true);
		const file = accepted(await checkAttachment({ content: original, originalName: `IMG_1.${format}` }));
		expect(file.mediaType).toBe(`image/${format}`);
		const metadata = await sharp(file.content).metadata();
		expect(metadata.exif).toBeUndefined();
		expect(hasGpsTag(file.content)).toBe(false);
		expect(file.name).toBe(format === "jpeg" ? "IMG_1.jpg" : "IMG_1.png");
	});

	it("bounds an image to 2560 px on its longest side", async () => {
		const file = accepted(await checkAttachment({ content: await photo("jpeg", 4000, 3000), originalName: "big.jpg" }));
		const { width, height } = await sharp(file.content).metadata();
		expect([width, height]).toEqual([2560, 1920]);
	});

	it("keeps a WebP image as WebP", async () => {
		const webp = await sharp({ create: { width: 10, height: 10, channels: 3, background: "#fff" } })
			.webp()
			.toBuffer();
		expect(accepted(await checkAttachment({ content: webp, originalName: "x.webp" })).mediaType).toBe("image/webp");
	});

	it("refuses a program renamed .pdf", async () => {
		// A DOS/PE header: what file-type reads as a Windows executable, whatever the name says.
		const exe = Buffer.alloc(512);
		exe.write("MZ", 0, "latin1");
		exe.writeUInt32LE(0x80, 0x3c);
		exe.write("PE\0\0", 0x80, "latin1");
		expect(await checkAttachment({ content: exe, originalName: "facture.pdf" })).toEqual({
			ok: false,
			problem: "typeRefused",
		});
		expect(await checkAttachment({ content: Buffer.from("just text"), originalName: "a.pdf" })).toEqual({
			ok: false,
			problem: "typeRefused",
		});
	});

	it("accepts a plain PDF and refuses one with JavaScript, even compressed", async () => {
		const plain = accepted(await checkAttachment({ content: pdf("<< /Type /Catalog >>"), originalName: "scan.PDF" }));
		expect([plain.mediaType, plain.name]).toEqual(["application/pdf", "scan.pdf"]);
		const script = pdf("<< /OpenAction << /S /JavaScript /JS (app.alert(1)) >> >>");
		expect(await checkAttachment({ content: script, originalName: "a.pdf" })).toEqual({
			ok: false,
			problem: "pdfActive",
		});
		const hidden = Buffer.concat([
			Buffer.from("%PDF-1.7\n2 0 obj\n<< /Type /ObjStm /Filter /FlateDecode >>\nstream\n"),
			deflateSync(Buffer.from("<< /S /Launch /F (calc.exe) >>")),
			Buffer.from("\nendstream\nendobj\n%%EOF\n"),
		]);
		expect(await checkAttachment({ content: hidden, originalName: "b.pdf" })).toEqual({
			ok: false,
			problem: "pdfActive",
		});
	});

	it("refuses a 30 MB file before reading it, and an empty one", async () => {
		const large = Buffer.alloc(30 * 1024 * 1024);
		large.write("%PDF-1.7\n");
		expect(await checkAttachment({ content: large, originalName: "big.pdf" })).toEqual({
			ok: false,
			problem: "tooLarge",
		});
		expect(await checkAttachment({ content: Buffer.alloc(0), originalName: "a.pdf" })).toEqual({
			ok: false,
			problem: "empty",
		});
	});

	it("refuses a HEIC photo that the image library cannot decode, saying why", async () => {
		// An ISO-BMFF header with the `heic` brand: what a phone writes, HEVC-coded.
		const box = Buffer.alloc(24);
		box.writeUInt32BE(24, 0);
		box.write("ftypheic", 4, "latin1");
		box.write("mif1heic", 16, "latin1");
		const heic = Buffer.concat([box, Buffer.alloc(200)]);
		expect(await checkAttachment({ content: heic, originalName: "IMG_0001.HEIC" })).toEqual({
			ok: false,
			problem: "heicUnsupported",
		});
	});

	it("refuses a truncated image", async () => {
		const broken = (await photo("png")).subarray(0, 60);
		expect(await checkAttachment({ content: broken, originalName: "a.png" })).toEqual({
			ok: false,
			problem: "imageUnreadable",
		});
	});
});

describe("antivirus hook", () => {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-clamd-"));
	afterAll(() => fs.rmSync(directory, { recursive: true, force: true }));

	/** A clamd peer speaking INSTREAM that flags content containing "EICAR". */
	async function fakeClamd(): Promise<{ socket: string; received: Buffer[]; close: () => Promise<void> }> {
		const socket = path.join(directory, `clamd-${Math.random().toString(36).slice(2)}.sock`);
		const received: Buffer[] = [];
		const server = net.createServer((connection) => {
			let buffer = Buffer.alloc(0);
			connection.on("data", (data) => {
				buffer = Buffer.concat([buffer, data]);
			});
			connection.on("end", () => {
				expect(buffer.subarray(0, 10).toString("latin1")).toBe("zINSTREAM\0");
				const chunks: Buffer[] = [];
				let offset = 10;
				for (;;) {
					const length = buffer.readUInt32BE(offset);
					offset += 4;
					if (length === 0) break;
					chunks.push(buffer.subarray(offset, offset + length));
					offset += length;
				}
				const content = Buffer.concat(chunks);
				received.push(content);
				connection.end(content.includes("EICAR") ? "stream: Eicar-Signature FOUND\0" : "stream: OK\0");
			});
		});
		await new Promise<void>((resolve) => server.listen(socket, resolve));
		return { socket, received, close: () => new Promise((resolve) => server.close(() => resolve())) };
	}

	it("asks clamd when CLAMD_SOCKET is set and refuses what it flags", async () => {
		const clamd = await fakeClamd();
		const clean = pdf("<< /Type /Catalog >>");
		expect((await checkAttachment({ content: clean, originalName: "a.pdf", clamdSocket: clamd.socket })).ok).toBe(true);
		expect(clamd.received[0]?.equals(clean)).toBe(true);
		const flagged = pdf("<< /Title (EICAR) >>");
		expect(await checkAttachment({ content: flagged, originalName: "a.pdf", clamdSocket: clamd.socket })).toEqual({
			ok: false,
			problem: "infected",
		});
		await clamd.close();
	});

	it("refuses rather than keeps an unscanned file when clamd is down", async () => {
		const check = await checkAttachment({
			content: pdf("<< >>"),
			originalName: "a.pdf",
			clamdSocket: path.join(directory, "absent.sock"),
		});
		expect(check).toEqual({ ok: false, problem: "scanUnavailable" });
	});
});
