import { afterAll, describe, expect, it, vi } from "vitest";
import { getConfig } from "#app/infra/config.server.ts";
import { loader } from "#app/routes/dev/mailbox.server.ts";
import { callRoute, statusOf } from "#tests/support/route-harness.ts";

// Before the first getConfig() of this file (each test file has its own module graph).
vi.stubEnv("SMTP_URL", "smtp://127.0.0.1:2525");
afterAll(() => vi.unstubAllEnvs());

describe("dev mailbox when mail really leaves", () => {
	it("does not exist, even outside production", async () => {
		expect(getConfig().env).toBe("test");
		const { value, thrown } = await callRoute(loader as never, { url: "/dev/mailbox" });
		expect(thrown).toBe(true);
		expect(statusOf(value)).toBe(404);
	});
});
