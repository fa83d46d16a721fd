import { afterEach, beforeEach, type MockInstance, vi } from "vitest";

/**
 * A console.error during a test is a failure unless the test says it expects one
 * (`expectConsoleError()`), so real errors cannot scroll by unnoticed.
 */
let consoleError: MockInstance<typeof console.error> | undefined;
let expected = false;

export function expectConsoleError(): void {
	expected = true;
}

beforeEach(() => {
	expected = false;
	consoleError = vi.spyOn(console, "error").mockImplementation(() => {});
});

afterEach(() => {
	const calls = consoleError?.mock.calls ?? [];
	consoleError?.mockRestore();
	if (calls.length > 0 && !expected) {
		throw new Error(`console.error was called during the test:\n${calls.map((call) => call.join(" ")).join("\n")}`);
	}
});
