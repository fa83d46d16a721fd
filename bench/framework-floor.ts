/**
 * The framework's floor (decision 044): the address of the server's public strings route, a
 * resource route with no session, no database and no rendering. Every request crosses what it
 * costs: Express, React Router's request handling and the root middleware.
 *
 * Takes the server's base URL and the HTML of one of its pages (which preloads its strings from
 * `/locales/:version/:language/…`); throws when the page preloads none.
 */
export function frameworkFloorUrl(appUrl: string, html: string): string {
	const prefix = /href="(\/locales\/[0-9a-f]+\/[a-z]+\/)[^"]*"/.exec(html)?.[1];
	if (!prefix) throw new Error("the page preloads no strings: no framework floor to measure");
	return `${appUrl}${prefix}camps`;
}
