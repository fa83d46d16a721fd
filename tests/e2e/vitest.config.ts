import { defineConfig } from "vitest/config";

/** Browser journeys against the built server. Files run one after the other: each starts its
 * own server and Chromium, and two cores are better spent on one at a time. */
export default defineConfig({
	test: {
		name: "e2e",
		root: new URL("../..", import.meta.url).pathname,
		include: ["tests/e2e/**/*.spec.ts"],
		env: { APP_ENV: "test", LOG_LEVEL: "silent" },
		fileParallelism: false,
		testTimeout: 60_000,
		hookTimeout: 120_000,
	},
});
