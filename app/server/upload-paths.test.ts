import { describe, expect, it } from "vitest";
import { acceptsUploads } from "./upload-paths.ts";

describe("pages whose forms carry files", () => {
	it.each([
		"/messages",
		"/messages.data",
		"/messages/new",
		"/messages/new.data",
		"/messages/0192f5c4-aaaa-7bbb-8ccc-0123456789ab",
		"/staff/0192f5c4-aaaa-7bbb-8ccc-0123456789ab/messages/broadcast",
		"/staff/0192f5c4-aaaa-7bbb-8ccc-0123456789ab/documents/publish",
		"/staff/0192f5c4-aaaa-7bbb-8ccc-0123456789ab/documents/publish.data",
		"/children/0192f5c4-aaaa-7bbb-8ccc-0123456789ab/documents/uploads",
		"/children/0192f5c4-aaaa-7bbb-8ccc-0123456789ab/documents/uploads.data",
	])("%s may send files", (path) => {
		expect(acceptsUploads(path)).toBe(true);
	});

	it.each([
		"/me",
		"/messagesX",
		"/children/1/messages",
		"/children/1/documents",
		"/staff/1/meals",
		"/staff/1/documents",
		"/sign-in",
	])("%s may not", (path) => {
		expect(acceptsUploads(path)).toBe(false);
	});
});
