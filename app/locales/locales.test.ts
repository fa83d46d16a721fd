import { describe, expect, it } from "vitest";
import { resources } from "./index.ts";

function keysOf(value: unknown, prefix = ""): string[] {
	if (typeof value !== "object" || value === null) return [prefix];
	return Object.entries(value).flatMap(([key, child]) => keysOf(child, prefix ? `${prefix}.${key}` : key));
}

function leaves(value: unknown): unknown[] {
	if (typeof value !== "object" || value === null) return [value];
	return Object.values(value).flatMap(leaves);
}

const reference = keysOf(resources.fr.translation).sort();

describe("translations", () => {
	it.each(Object.keys(resources))("%s has exactly the French keys", (language) => {
		const keys = keysOf(resources[language as keyof typeof resources].translation).sort();
		expect(keys).toEqual(reference);
	});

	it.each(Object.keys(resources))("%s has no empty string", (language) => {
		for (const value of leaves(resources[language as keyof typeof resources].translation)) {
			expect(typeof value).toBe("string");
			expect((value as string).trim()).not.toBe("");
		}
	});

	it.each(Object.keys(resources))("%s uses the same interpolation variables as French", (language) => {
		const variables = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((match) => match[1]).sort();
		const flat = (translation: object) =>
			Object.fromEntries(
				keysOf(translation).map((key) => [key, key.split(".").reduce<any>((node, part) => node[part], translation)]),
			);
		const french = flat(resources.fr.translation);
		const other = flat(resources[language as keyof typeof resources].translation);
		for (const key of reference) {
			expect(variables(other[key]), key).toEqual(variables(french[key]));
		}
	});
});
