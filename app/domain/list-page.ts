import { z } from "zod";
import { isRealDate } from "./form-fields.ts";

/**
 * Paging of the staff lists (decision 028): pages of `listPageSize` rows, numbered from 1,
 * read with LIMIT/OFFSET on an index in the list's order. A page number outside 1…`maxListPage`
 * or that is not a whole number is read as page 1 (never an error page).
 */
export const listPageSize = 50;
export const maxListPage = 2_000;

/** The `?page=` of a list's URL: a whole number from 1 to `maxListPage`, else 1. */
export const pageParam = z.coerce.number().int().min(1).max(maxListPage).catch(1);

/** Reads `?page=` from a URL's search parameters. */
export function pageFrom(searchParams: URLSearchParams): number {
	return pageParam.parse(searchParams.get("page") ?? undefined);
}

/** LIMIT and OFFSET for a page: one row more than a page, to know whether another follows. */
export function pageWindow(page: number, size = listPageSize): { limit: number; offset: number } {
	return { limit: size + 1, offset: (page - 1) * size };
}

/** The page's rows out of the `pageWindow` read, and whether a next page exists. */
export function pageOf<Row>(rows: Row[], page: number, size = listPageSize) {
	return { rows: rows.slice(0, size), page, hasMore: rows.length > size };
}

/** A calendar day `YYYY-MM-DD` between 2000 and 2999 that exists, for date filters; else undefined. */
export const dateFilter = z
	.string()
	.regex(/^2\d{3}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)
	.refine(isRealDate)
	.optional()
	.catch(undefined);
