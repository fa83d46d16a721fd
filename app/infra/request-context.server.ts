import { createContext, type RouterContextProvider } from "react-router";
import type { Logger } from "./logger.server.ts";

/** What the Express layer knows about a request and hands to loaders, actions and rendering. */
export type RequestContext = {
	requestId: string;
	/** Nonce of this response's Content-Security-Policy, for inline scripts. */
	cspNonce: string;
	/**
	 * Client address: the socket's peer, or behind trusted proxies the address the nearest
	 * untrusted hop of X-Forwarded-For names (never the leftmost one a client can forge).
	 */
	clientIp: string;
	/** Logger bound to this request's id. */
	log: Logger;
};

export const requestContext = createContext<RequestContext>();

/**
 * The request header that carries the client address to better-auth (sessions, their audit
 * rows). The Express layer replaces whatever a client sent in it with `request.ip`, which
 * Express derives from the socket and X-Forwarded-For as TRUST_PROXY says; better-auth reads
 * only this header, never X-Forwarded-For itself.
 */
export const CLIENT_ADDRESS_HEADER = "x-ribambelle-client-address";

export function getRequestContext(context: Readonly<RouterContextProvider>): RequestContext {
	return context.get(requestContext);
}
