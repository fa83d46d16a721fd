/** A logger whose lines a test can read, to check what was logged and what never is. */
import pino from "pino";
import type { Logger } from "#app/infra/logger.server.ts";

export type LogCapture = {
	log: Logger;
	/** Every line so far, parsed. */
	lines(): Array<Record<string, unknown>>;
	/** Every line so far, as written: to check that something never appears anywhere. */
	raw(): string;
};

export function captureLogs(): LogCapture {
	const written: string[] = [];
	const log = pino({ level: "debug" }, { write: (line: string) => void written.push(line) });
	return {
		log,
		lines: () => written.map((line) => JSON.parse(line) as Record<string, unknown>),
		raw: () => written.join(""),
	};
}
