import { catalogueVersion } from "#app/infra/i18n.server.ts";
import { isLanguage, resources } from "#app/locales/index.ts";
import { pickScopes, scopesFromPath, valueAt } from "#app/locales/scopes.ts";
import type { Route } from "./+types/locales";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The strings of some translation scopes in one language, for a client-side navigation to a
 * page whose scopes the browser does not have yet (decision 027). Public: the catalogue is no
 * secret. Under the current catalogue version the answer never changes, so it is cached for
 * good; an older version (a page loaded before a deploy) gets today's strings, not cached.
 * `Catalogue-Version` names the version the strings are from. 404 for an unknown language or
 * scope.
 */
export function loader({ params }: Route.LoaderArgs) {
	const scopes = scopesFromPath(params.scopes);
	if (!isLanguage(params.language) || !scopes) throw new Response(null, { status: 404 });
	const catalogue = resources[params.language].translation as Record<string, unknown>;
	const found = scopes.every((scope) => valueAt(catalogue, scope.split(".")) !== undefined);
	if (!found) throw new Response(null, { status: 404 });
	return Response.json(pickScopes(catalogue, scopes), {
		headers: {
			"Catalogue-Version": catalogueVersion,
			"Cache-Control":
				params.version === catalogueVersion ? `public, max-age=${ONE_YEAR_SECONDS}, immutable` : "no-cache",
		},
	});
}
