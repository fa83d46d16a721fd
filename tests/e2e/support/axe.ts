import fs from "node:fs";
import { createRequire } from "node:module";
import type { Page } from "playwright-core";
import { screenshot } from "./browser.ts";

const require = createRequire(import.meta.url);
const axeSource = fs.readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

type Violation = { id: string; impact: string | null; help: string; nodes: { target: string[] }[] };

/**
 * Runs axe-core in the page (evaluated through the DevTools protocol, so our CSP stays on)
 * and fails on any serious or critical violation, listing each with its elements.
 */
export async function expectAccessible(page: Page): Promise<void> {
	await page.evaluate(axeSource);
	const violations = (await page.evaluate(async () => {
		const axe = (
			window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: unknown[] }> } }
		).axe;
		const result = await axe.run(document, { resultTypes: ["violations"] });
		return result.violations;
	})) as Violation[];
	const blocking = violations.filter((violation) => violation.impact === "serious" || violation.impact === "critical");
	if (blocking.length > 0) {
		const details = blocking
			.map(
				(violation) =>
					`${violation.impact} ${violation.id}: ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(" ")).join("\n  ")}`,
			)
			.join("\n");
		throw new Error(`Accessibility violations on ${page.url()}:\n${details}`);
	}
}

/** Checks a screen the way a user meets it: accessible, no sideways scrolling, pictured. */
export async function look(page: Page, name: string): Promise<void> {
	await expectAccessible(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
	if (overflow > 0) throw new Error(`${name}: the page scrolls sideways by ${overflow}px`);
	await screenshot(page, name);
}
