import { translatorFor } from "#app/infra/i18n.server.ts";

export type PlainErrorKind =
	| "badRequest"
	| "forbidden"
	| "notFound"
	| "payloadTooLarge"
	| "lengthRequired"
	| "unsupportedMediaType"
	| "serverError";

function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/**
 * A small, self-contained error page for what is refused before React Router runs (foreign
 * origin, oversized body, unexpected error in the Express layer). Same words as the app's
 * error pages, no stack trace, styled by an inline stylesheet allowed by the nonce.
 */
export function renderPlainErrorPage(options: {
	kind: PlainErrorKind;
	language: string;
	nonce: string;
	requestId: string;
}): string {
	const t = translatorFor(options.language);
	const title = t(`errors.${options.kind}.title`);
	const message = t(`errors.${options.kind}.message`);
	return `<!doctype html>
<html lang="${escapeHtml(options.language)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} · Ribambelle</title>
<style nonce="${options.nonce}">
body{font-family:system-ui,sans-serif;margin:0;padding:2rem 1rem;color:#1c1917;background:#fafaf9}
main{max-width:36rem;margin:0 auto}
h1{font-size:1.5rem}
a{color:#0f766e}
a:focus-visible{outline:3px solid #b45309;outline-offset:2px}
small{color:#57534e}
</style>
</head>
<body>
<main>
<h1>${escapeHtml(title)}</h1>
<p>${escapeHtml(message)}</p>
<p><a href="/">${escapeHtml(t("errors.backHome"))}</a></p>
<p><small>${escapeHtml(t("errors.reference", { requestId: options.requestId }))}</small></p>
</main>
</body>
</html>`;
}
