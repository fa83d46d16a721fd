import { describe, expect, it } from "vitest";
import { dateFilter, pageFrom, pageOf, pageWindow } from "./list-page.ts";

describe("list pages", () => {
	it("reads a page number, and page 1 for anything else", () => {
		const read = (value: string) => pageFrom(new URLSearchParams({ page: value }));
		expect(read("3")).toBe(3);
		expect(pageFrom(new URLSearchParams())).toBe(1);
		for (const bad of ["0", "-2", "abc", "2.5", "1e9", "99999999999999999999", "", "NaN", "Infinity"]) {
			expect(read(bad)).toBe(1);
		}
	});

	it("reads one row more than a page and says whether another follows", () => {
		expect(pageWindow(3)).toEqual({ limit: 51, offset: 100 });
		const rows = Array.from({ length: 51 }, (_, index) => index);
		expect(pageOf(rows, 2)).toEqual({ rows: rows.slice(0, 50), page: 2, hasMore: true });
		expect(pageOf(rows.slice(0, 50), 2).hasMore).toBe(false);
	});

	it("keeps only real calendar days as date filters", () => {
		expect(dateFilter.parse("2026-12-01")).toBe("2026-12-01");
		for (const bad of ["2026-02-30", "2026-13-01", "0000-01-01", "hier", "2026-1-1", 42]) {
			expect(dateFilter.parse(bad)).toBeUndefined();
		}
	});
});
