/**
 * French elision after interpolation: « de Alain » → « d'Alain », « que Emma » → « qu'Emma »,
 * « le atelier » → « l'atelier ». Catalogue strings are written elided already; a name or a
 * title put into them is not known in advance, so the finished sentence is corrected here.
 * Only before a vowel, or a Y followed by a consonant (« d'Yves », « de Yasmine »); never
 * before H, whose elision depends on the word (« d'Hélène », « de Hakim »).
 */
const elidable =
	/(^|[^\p{L}'’-])([DdLl]e|[Qq]ue|[Ll]a) (?=[AEIOUÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouàâäæéèêëîïôöœùûü]|[Yy][^AEIOUaeiouy\s])/gu;

export function elideFrench(sentence: string): string {
	return sentence.replace(elidable, (_match, before: string, word: string) => `${before}${word.slice(0, -1)}'`);
}
