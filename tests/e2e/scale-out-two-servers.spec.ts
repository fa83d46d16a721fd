/**
 * Registration opening with several processes: see tests/e2e/support/scale-out.ts.
 */

import { describe, it } from "vitest";
import { scaleOutScenario } from "./support/scale-out.ts";

if (!process.env.TEST_DATABASE_URL && process.env.CI === "true") {
	throw new Error("CI=true but TEST_DATABASE_URL is not set: the scale-out tests must run on PostgreSQL too");
}

if (process.env.TEST_DATABASE_URL) {
	scaleOutScenario("two servers on separate ports, one PostgreSQL", {
		postgres: true,
		servers: 2,
		workersPerServer: 1,
	});
} else {
	describe("two servers on separate ports, one PostgreSQL", () => it.skip("needs TEST_DATABASE_URL"));
}
