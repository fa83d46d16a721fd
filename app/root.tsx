import { useEffect } from "react";
import {
	data,
	isRouteErrorResponse,
	Links,
	Meta,
	Outlet,
	Scripts,
	ScrollRestoration,
	type ShouldRevalidateFunctionArgs,
	useRouteLoaderData,
} from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { readMenuFacts } from "#app/domain/accounts/menu-facts.server.ts";
import { getViewer } from "#app/domain/accounts/session.server.ts";
import { catalogueVersion, getI18n, getLanguage, i18nextMiddleware } from "#app/infra/i18n.server.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";
import { shellScopes, type TranslationHandle } from "#app/locales/scopes.ts";
import { takeFlash } from "#app/server/flash.server.ts";
import { responsePolicyMiddleware } from "#app/server/response-policy.server.ts";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/root";
import { ErrorPage, errorKindOf } from "./ui/error-page.tsx";
import { useNonce } from "./ui/nonce.tsx";
import { useRouteTranslations } from "./ui/route-translations.ts";
import { Shell } from "./ui/shell.tsx";
import { TranslationsPreload } from "./ui/translations-preload.tsx";
import "./app.css";

export const middleware: Route.MiddlewareFunction[] = [responsePolicyMiddleware, i18nextMiddleware];

/** The shell's words go with every page; each route adds its own scopes (decision 027). */
export const handle: TranslationHandle = { translations: shellScopes };

export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await getViewer(request, context);
	const { flash, headers } = await takeFlash(request);
	const { t } = getI18n(context);
	return data(
		{
			language: getLanguage(context),
			requestId: getRequestContext(context).requestId,
			viewer: viewer
				? {
						name: viewer.name,
						email: viewer.email,
						...(await readMenuFacts(getDb(), viewer.userId)),
					}
				: null,
			// Translated here: the message may belong to a scope the next page does not load.
			flash: flash ? { text: t(flash.message as never, flash.values) as string } : null,
			translationsVersion: catalogueVersion,
		},
		{ headers },
	);
}

/**
 * After any form submission the root loader runs again, even when the action answered 400/409
 * (React Router skips loaders then by default): the success message of an earlier save was
 * already taken from its cookie, so it goes away instead of standing next to the new error.
 */
export function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
	return (formMethod !== undefined && formMethod.toUpperCase() !== "GET") || defaultShouldRevalidate;
}

export function Layout({ children }: { children: React.ReactNode }) {
	useRouteTranslations();
	const { i18n } = useT();
	const root = useRouteLoaderData<typeof loader>("root");
	const nonce = useNonce();
	return (
		<html lang={i18n.language} dir="ltr">
			<head>
				<meta charSet="utf-8" />
				<meta name="viewport" content="width=device-width, initial-scale=1" />
				<meta name="theme-color" content="#0f766e" />
				<link rel="icon" href="/favicon.svg" type="image/svg+xml" />
				<TranslationsPreload version={root?.translationsVersion ?? "0"} />
				<Meta />
				<Links />
			</head>
			<body className="min-h-dvh bg-stone-50 text-stone-900 antialiased">
				{children}
				<ScrollRestoration nonce={nonce} />
				<Scripts nonce={nonce} />
			</body>
		</html>
	);
}

export default function App() {
	useHydratedMarker();
	return (
		<Shell>
			<Outlet />
		</Shell>
	);
}

/**
 * Marks `<html data-hydrated>` once React has taken over the page: from then on links run
 * inside the application (with its unsaved-changes guard) rather than as document loads.
 * Browser tests wait for it before they type or click.
 */
function useHydratedMarker() {
	useEffect(() => {
		document.documentElement.dataset.hydrated = "";
	}, []);
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
	const { t } = useT();
	const status = isRouteErrorResponse(error) ? error.status : 500;
	const kind = errorKindOf(status);
	return (
		<Shell>
			<title>{`${t(`errors.${kind}.title`)} · Ribambelle`}</title>
			<ErrorPage kind={kind} status={status} />
		</Shell>
	);
}
