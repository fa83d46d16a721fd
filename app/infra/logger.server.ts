import pino from "pino";

export type Logger = pino.Logger;

/**
 * Keys whose values never reach the logs, wherever they appear in a logged object.
 * Paths are matched by pino's redaction at one and two levels of nesting.
 */
const sensitiveKeys = [
	"password",
	"newPassword",
	"currentPassword",
	"token",
	"secret",
	"authorization",
	"cookie",
	"nationalNumber",
	"medical",
];

let root: Logger | undefined;

/** A logger at `level`, writing JSON lines to `destination` (stdout by default). */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
	return pino(
		{
			level,
			base: { service: "ribambelle" },
			timestamp: pino.stdTimeFunctions.isoTime,
			redact: {
				paths: sensitiveKeys.flatMap((key) => [key, `*.${key}`]),
				censor: "[redacted]",
			},
		},
		destination,
	);
}

/** The process-wide logger; its level comes from `LOG_LEVEL`, read once. */
export function getLogger(): Logger {
	root ??= createLogger(process.env.LOG_LEVEL ?? "info");
	return root;
}
