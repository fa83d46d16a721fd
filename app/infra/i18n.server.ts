import { createHash } from "node:crypto";
import { createInstance, type i18n, type TFunction } from "i18next";
import { createContext, createCookie, type MiddlewareFunction, type RouterContextProvider } from "react-router";
import { elisionPostProcessor } from "#app/locales/elision.ts";
import { defaultLanguage, isLanguage, type Language, languages, resources } from "#app/locales/index.ts";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * A fingerprint of every catalogue: part of the address of `/locales/…` answers, which the
 * browser may then keep for good (decision 027). Changes whenever a string does.
 */
export const catalogueVersion = createHash("sha256").update(JSON.stringify(resources)).digest("hex").slice(0, 12);

/** The visitor's chosen language. Not secret; `Secure` follows the public origin. */
export const languageCookie = createCookie("lng", {
	path: "/",
	sameSite: "lax",
	httpOnly: true,
	maxAge: ONE_YEAR_SECONDS,
	secure: (process.env.APP_URL ?? "").startsWith("https:"),
});

/**
 * One i18next instance per language, made once. They are never switched to another language,
 * so concurrent requests can share them; making an instance per request cost more than the
 * rest of rendering a page (see docs/decisions/004-i18n.md).
 */
const instances = new Map<Language, i18n>(
	languages.map((language) => {
		const instance = createInstance({
			resources,
			lng: language,
			supportedLngs: [...languages],
			fallbackLng: defaultLanguage,
			defaultNS: "translation",
			// React escapes what it renders; mail templates escape on their own.
			interpolation: { escapeValue: false },
			initAsync: false,
			// French elides around names once they are in: « d'Alain » (decision 022).
			postProcess: [elisionPostProcessor.name],
		});
		void instance.use(elisionPostProcessor).init();
		return [language, instance];
	}),
);

export function i18nFor(language: Language): i18n {
	return instances.get(language) ?? (instances.get(defaultLanguage) as i18n);
}

/** A translation function for a language, outside a request (mail, PDFs, plain pages). */
export function translatorFor(language: string): TFunction {
	return i18nFor(isLanguage(language) ? language : defaultLanguage).t;
}

/** The language of a request: its cookie, else the best of its Accept-Language, else French. */
export async function languageOfRequest(cookieHeader: string | undefined, acceptLanguage: string | undefined) {
	const fromCookie: unknown = await languageCookie.parse(cookieHeader ?? null);
	if (isLanguage(fromCookie)) return fromCookie;
	const ranked = (acceptLanguage ?? "")
		.split(",")
		.map((part, index) => {
			const [tag = "", ...parameters] = part.trim().split(";");
			const quality = Number(parameters.find((parameter) => parameter.trim().startsWith("q="))?.split("=")[1] ?? 1);
			return { language: tag.trim().slice(0, 2).toLowerCase(), quality: Number.isNaN(quality) ? 0 : quality, index };
		})
		.filter((entry) => entry.quality > 0 && isLanguage(entry.language))
		.sort((a, b) => b.quality - a.quality || a.index - b.index);
	return (ranked[0]?.language as Language | undefined) ?? defaultLanguage;
}

const languageContext = createContext<Language>();

/** Root middleware: decides the request's language once, for loaders, actions and rendering. */
export const i18nextMiddleware: MiddlewareFunction<Response> = async ({ request, context }, next) => {
	context.set(
		languageContext,
		await languageOfRequest(
			request.headers.get("cookie") ?? undefined,
			request.headers.get("accept-language") ?? undefined,
		),
	);
	return next();
};

export function getLanguage(context: Readonly<RouterContextProvider>): Language {
	return context.get(languageContext);
}

export function getI18n(context: Readonly<RouterContextProvider>): i18n {
	return i18nFor(getLanguage(context));
}

/**
 * The i18next instance to render a response with. Middleware sets the language for matched
 * routes; a URL that matches no route skips middleware, so the 404 page detects it itself.
 */
export async function i18nForRender(context: Readonly<RouterContextProvider>, request: Request): Promise<i18n> {
	try {
		return getI18n(context);
	} catch {
		return i18nFor(
			await languageOfRequest(
				request.headers.get("cookie") ?? undefined,
				request.headers.get("accept-language") ?? undefined,
			),
		);
	}
}
