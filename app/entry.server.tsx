import { PassThrough } from "node:stream";
import { createReadableStreamFromReadable } from "@react-router/node";
import { renderToPipeableStream } from "react-dom/server";
import { I18nextProvider } from "react-i18next";
import {
	type EntryContext,
	type HandleErrorFunction,
	isRouteErrorResponse,
	type RouterContextProvider,
	ServerRouter,
} from "react-router";
import { i18nForRender } from "#app/infra/i18n.server.ts";
import { getLogger } from "#app/infra/logger.server.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { NonceProvider } from "#app/ui/nonce.tsx";

export const streamTimeout = 5_000;

/**
 * Renders the whole document before answering (pages are small and data is loaded up
 * front), so the status code is always the final one. Inline scripts carry the CSP nonce.
 */
export default async function handleRequest(
	request: Request,
	responseStatusCode: number,
	responseHeaders: Headers,
	entryContext: EntryContext,
	routerContext: RouterContextProvider,
) {
	if (request.method.toUpperCase() === "HEAD") {
		return new Response(null, { status: responseStatusCode, headers: responseHeaders });
	}
	const { cspNonce } = getRequestContext(routerContext);
	const i18n = await i18nForRender(routerContext, request);

	return new Promise<Response>((resolve, reject) => {
		let timeoutId: ReturnType<typeof setTimeout> | undefined = setTimeout(() => abort(), streamTimeout + 1000);
		const { pipe, abort } = renderToPipeableStream(
			<NonceProvider value={cspNonce}>
				<I18nextProvider i18n={i18n}>
					<ServerRouter context={entryContext} url={documentUrl(request).href} nonce={cspNonce} />
				</I18nextProvider>
			</NonceProvider>,
			{
				nonce: cspNonce,
				onAllReady() {
					const body = new PassThrough({
						final(callback) {
							clearTimeout(timeoutId);
							timeoutId = undefined;
							callback();
						},
					});
					responseHeaders.set("Content-Type", "text/html; charset=utf-8");
					pipe(body);
					resolve(
						new Response(createReadableStreamFromReadable(body), {
							headers: responseHeaders,
							status: responseStatusCode,
						}),
					);
				},
				onShellError(error: unknown) {
					reject(error);
				},
				onError(error: unknown) {
					responseStatusCode = 500;
					getLogger().error({ err: error }, "render error");
				},
			},
		);
	});
}

/** Unexpected errors in loaders, actions and rendering: logged once, with the request id. */
export const handleError: HandleErrorFunction = (error, { request, context }) => {
	if (request.signal.aborted) return;
	if (isRouteErrorResponse(error) && error.status < 500) return;
	let log = getLogger();
	try {
		log = getRequestContext(context as RouterContextProvider).log;
	} catch {
		// The error happened before the request context was set; log without a request id.
	}
	log.error({ err: error, path: documentUrl(request).pathname }, "unexpected error");
};
