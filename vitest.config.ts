import { defineConfig } from "vitest/config";

const postgresUrl = process.env.TEST_DATABASE_URL;
if (process.env.CI === "true" && !postgresUrl) {
	throw new Error("CI=true but TEST_DATABASE_URL is not set: integration tests must run on PostgreSQL too");
}

const integration = (dialect: "sqlite" | "postgres") => ({
	extends: true as const,
	test: {
		name: `integration-${dialect}`,
		include: ["tests/integration/**/*.test.ts"],
		globalSetup: ["tests/support/global-database.ts"],
		setupFiles: ["tests/support/setup-common.ts", "tests/support/setup-database.ts"],
		env: { TEST_DIALECT: dialect },
		testTimeout: 30_000,
		hookTimeout: 60_000,
	},
});

export default defineConfig({
	test: {
		env: { APP_ENV: "test", LOG_LEVEL: "silent" },
		projects: [
			{
				extends: true,
				test: {
					name: "unit",
					include: ["app/**/*.test.{ts,tsx}", "tests/support/**/*.test.ts"],
					setupFiles: ["tests/support/setup-common.ts"],
				},
			},
			integration("sqlite"),
			// PostgreSQL runs whenever a server is given; CI gives one and refuses to run without.
			...(postgresUrl ? [integration("postgres")] : []),
		],
	},
});
