import { describe, expect, it } from "vitest";
import { GIVE_UP_AFTER_MS, isPastGiveUpHorizon, retryDelayMs } from "./backoff.ts";

const noJitter = () => 0;
const fullJitter = () => 1;

describe("retry backoff", () => {
	it("starts at 30 seconds and doubles", () => {
		expect([1, 2, 3, 4].map((attempts) => retryDelayMs(attempts, noJitter))).toEqual([
			30_000, 60_000, 120_000, 240_000,
		]);
	});

	it("never waits more than an hour, even after very many failures", () => {
		expect(retryDelayMs(8, noJitter)).toBe(3_600_000);
		expect(retryDelayMs(10_000, noJitter)).toBe(3_600_000);
	});

	it("spreads retries over the last fifth of the wait", () => {
		expect(retryDelayMs(1, fullJitter)).toBe(24_000);
		expect(retryDelayMs(20, fullJitter)).toBe(2_880_000);
		const delays = new Set(Array.from({ length: 50 }, () => retryDelayMs(3)));
		expect(delays.size).toBeGreaterThan(1);
		for (const delay of delays) {
			expect(delay).toBeGreaterThanOrEqual(96_000);
			expect(delay).toBeLessThanOrEqual(120_000);
		}
	});

	it("gives up 48 hours after the mail was enqueued", () => {
		const created = "2026-12-01T10:00:00.000Z";
		expect(GIVE_UP_AFTER_MS).toBe(48 * 3_600_000);
		expect(isPastGiveUpHorizon(created, new Date("2026-12-03T09:59:59.999Z"))).toBe(false);
		expect(isPastGiveUpHorizon(created, new Date("2026-12-03T10:00:00.000Z"))).toBe(true);
	});
});
