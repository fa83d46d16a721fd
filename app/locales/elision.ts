/**
 * French elision after interpolation: « de Alain » → « d'Alain », « que Emma » → « qu'Emma »,
 * « le atelier » → « l'atelier ». Catalogue strings are written elided already; a name or a
 * title put into them is not known in advance, so the finished sentence is corrected here.
 * Pages and PDFs get it through the i18next post-processor below, mails and the child-code
 * letter through `finishSentence` (docs/decisions/022-elision-and-audit-sentences.md).
 *
 * The rule:
 * - before a vowel (with or without accent, Æ and Œ included): « d'Alain », « d'Émile »;
 * - before a Y followed by a consonant, which sounds as a vowel: « d'Yves », « d'Ysaline »,
 *   but « de Yasmine », « de Yann »;
 * - before H only when it is mute and the word is in `muteH` (« d'Hélène », « d'Hugo »,
 *   « l'hiver »); any other H is treated as aspirated (« de Hakim », « de Hamza »), because
 *   wrongly eliding an aspirated H reads worse than a missed elision;
 * - a capitalised De, Le, La or Que mid-sentence is a surname's particle (« Marie De Angelis »),
 *   so it is elided only at the start of a sentence.
 */
const muteH = [
	// First names.
	"Hector",
	"Hélène",
	"Héloïse",
	"Henri",
	"Henriette",
	"Herminie",
	"Hermine",
	"Hervé",
	"Hippolyte",
	"Honoré",
	"Honorine",
	"Horace",
	"Hortense",
	"Hubert",
	"Hugo",
	"Hugues",
	"Hyacinthe",
	// Words that begin offer or house titles.
	"habitant",
	"habitants",
	"habitude",
	"harmonie",
	"hébergement",
	"herbe",
	"herbier",
	"heure",
	"heures",
	"hippisme",
	"histoire",
	"histoires",
	"hiver",
	"homme",
	"hôpital",
	"horaire",
	"horizon",
	"horloge",
	"hôtel",
	"huile",
	"humour",
	"hygiène",
];

const vowels = "AEIOUÀÂÄÆÉÈÊËÎÏÔÖŒÙÛÜaeiouàâäæéèêëîïôöœùûü";
const capitalised = (word: string) => `${word[0]?.toUpperCase()}${word.slice(1)}`;
const muteHWords = [...new Set(muteH.flatMap((word) => [word, capitalised(word), word.toUpperCase()]))];
const startsWithVowelSound = `(?=[${vowels}]|[Yy][^${vowels}Yy\\s'’]|(?:${muteHWords.join("|")})(?![\\p{L}]))`;

const elidable = new RegExp(
	// Lowercase articles anywhere after a non-letter; capitalised ones only where a sentence starts.
	`(?:(?<![\\p{L}\\p{N}'’-])(de|le|la|que)|(?<=^|[.!?:;«(\\n]\\s*)(De|Le|La|Que|DE|LE|LA|QUE)) ${startsWithVowelSound}`,
	"gu",
);

export function elideFrench(sentence: string): string {
	return sentence.replace(elidable, (_match, lower: string | undefined, upper: string | undefined) => {
		const word = lower ?? upper ?? "";
		return `${word.slice(0, -1)}'`;
	});
}

/** A finished sentence in a language: French elides around the values put into it. */
export function finishSentence(language: string, sentence: string): string {
	return language === "fr" ? elideFrench(sentence) : sentence;
}

/**
 * i18next post-processor applying `finishSentence` to every translation of an instance. Add it
 * with `instance.use(elisionPostProcessor)` and `postProcess: [elisionPostProcessor.name]`.
 */
export const elisionPostProcessor = {
	type: "postProcessor" as const,
	name: "elision",
	process(value: unknown, _key: string | string[], options: { lng?: string }, translator: { language?: string }) {
		// Anything but a string (`returnObjects`, unused today) is left as it is.
		return typeof value === "string" ? finishSentence(options.lng ?? translator.language ?? "", value) : value;
	},
};
