/**
 * A key to compare people's names the way a person would: "De Smet-Müller, Zoé" and
 * "DESMETMULLER zoe" are the same child. It ignores case, accents, spaces, hyphens,
 * apostrophes and dots, which vary with whoever typed the name. Only for comparing, never
 * for display.
 */

// Letters that NFD does not split into a base letter and an accent.
const foldedLetters: Record<string, string> = { æ: "ae", œ: "oe", ß: "ss", ø: "o", ł: "l", đ: "d", ı: "i" };

function compact(name: string): string {
	return name
		.toLowerCase()
		.normalize("NFD")
		.replace(/\p{M}/gu, "")
		.replace(/[æœßøłđı]/g, (letter) => foldedLetters[letter] ?? letter)
		.replace(/[\s.\-\u2010-\u2015'`´\u2018\u2019\u02BC]/g, "");
}

/** `lastname|firstname`, each compacted; an empty or missing first name gives `lastname|`. */
export function nameKey(lastName: string, firstName?: string | null): string {
	return `${compact(lastName)}|${compact(firstName ?? "")}`;
}
