import { describe, expect, it } from "vitest";
import { attachmentName } from "./attachment-name.ts";

describe("attachment name", () => {
	it("keeps the base name and puts the real extension", () => {
		expect(attachmentName("Certificat médical.PDF", "pdf")).toBe("Certificat médical.pdf");
		expect(attachmentName("setup.exe.pdf", "jpg")).toBe("setup.exe.jpg");
		expect(attachmentName("IMG_0001.HEIC", "jpg")).toBe("IMG_0001.jpg");
	});

	it("drops folders, quotes and control characters", () => {
		expect(attachmentName('C:\\Users\\x\\"evil"\r\n.png', "png")).toBe("evil.png");
		expect(attachmentName("../../etc/passwd", "pdf")).toBe("passwd.pdf");
		expect(attachmentName("", "pdf")).toBe("file.pdf");
	});
});
