import { describe, expect, it } from "vitest";
import { createLogger } from "./logger.server.ts";

function logged(write: (logger: ReturnType<typeof createLogger>) => void): string {
	const lines: string[] = [];
	write(createLogger("info", { write: (line: string) => lines.push(line) }));
	return lines.join("");
}

describe("createLogger", () => {
	it("never writes a national number, at the top level or one level down (a parent's or a child's)", () => {
		const text = logged((logger) => {
			logger.info({ nationalNumber: "85073003328" }, "top level");
			logger.info({ input: { lastName: "Lambert", nationalNumber: "85.07.30-033.28" } }, "a form's values");
		});
		expect(text).not.toContain("85073003328");
		expect(text).not.toContain("033.28");
		expect(text).toContain("[redacted]");
		expect(text).toContain("Lambert");
	});
});
