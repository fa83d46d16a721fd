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
