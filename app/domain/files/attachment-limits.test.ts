import { describe, expect, it } from "vitest";
import { checkAttachmentSet, MAX_FILE_BYTES } from "./attachment-limits.ts";

describe("attachment limits", () => {
	it("allows up to two files of 20 MB together", () => {
		expect(checkAttachmentSet([])).toBeUndefined();
		expect(checkAttachmentSet([MAX_FILE_BYTES, MAX_FILE_BYTES])).toBeUndefined();
	});

	it("refuses a third file and a total over 20 MB", () => {
		expect(checkAttachmentSet([1, 1, 1])).toBe("tooMany");
		expect(checkAttachmentSet([MAX_FILE_BYTES, MAX_FILE_BYTES + 1])).toBe("totalTooLarge");
	});
});
