import { AppError } from "#app/domain/app-error.ts";

/**
 * What a use case refused with, as one comparable string: « FORBIDDEN », or
 * « VALIDATION:field=key,key;other=key » with the field errors; « no error » when `promise`
 * resolves. Anything but an AppError is rethrown.
 */
export async function failure(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof AppError) {
			const fields = Object.entries(error.fieldErrors).map(([field, keys]) => `${field}=${keys.join(",")}`);
			return `${error.code}${fields.length ? `:${fields.join(";")}` : ""}`;
		}
		throw error;
	}
	return "no error";
}

/**
 * What a use case refused with, field by field: « body: messages.validation.body; files: … »,
 * or the bare code (« NOT_FOUND ») when it names no field. Throws when `promise` resolves;
 * anything but an AppError is rethrown.
 */
export async function fieldFailure(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		if (error instanceof AppError) {
			const fields = Object.entries(error.fieldErrors).map(([field, keys]) => `${field}: ${keys.join(",")}`);
			return fields.length > 0 ? fields.join("; ") : error.code;
		}
		throw error;
	}
	throw new Error("expected a failure");
}
