/**
 * The errors a use case may throw on purpose. One mapper (`app/server/errors.server.ts`)
 * turns them into HTTP statuses, error pages or form errors; anything else is a bug and
 * becomes a logged 500 with a friendly page.
 */
export const appErrorStatus = {
	VALIDATION: 400,
	UNAUTHENTICATED: 401,
	FORBIDDEN: 403,
	NOT_FOUND: 404,
	CONFLICT: 409,
	CAPACITY_FULL: 409,
	RATE_LIMITED: 429,
} as const;

export type AppErrorCode = keyof typeof appErrorStatus;

/** Field name → translation keys of the messages to show next to that field. */
export type FieldErrors = Record<string, string[]>;

export class AppError extends Error {
	override name = "AppError";
	readonly code: AppErrorCode;
	/** For VALIDATION and CONFLICT: per-field messages as i18n keys. */
	readonly fieldErrors: FieldErrors;
	/** For RATE_LIMITED: seconds until the next attempt is allowed. */
	readonly retryAfterSeconds: number | undefined;

	constructor(
		code: AppErrorCode,
		options: { message?: string; fieldErrors?: FieldErrors; retryAfterSeconds?: number } = {},
	) {
		super(options.message ?? code);
		this.code = code;
		this.fieldErrors = options.fieldErrors ?? {};
		this.retryAfterSeconds = options.retryAfterSeconds;
	}

	get status(): number {
		return appErrorStatus[this.code];
	}
}

export function isAppError(error: unknown, code?: AppErrorCode): error is AppError {
	return error instanceof AppError && (code === undefined || error.code === code);
}
