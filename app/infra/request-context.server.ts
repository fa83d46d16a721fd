import { createContext, type RouterContextProvider } from "react-router";
import type { Logger } from "./logger.server.ts";

/** What the Express layer knows about a request and hands to loaders, actions and rendering. */
export type RequestContext = {
	requestId: string;
	/** Nonce of this response's Content-Security-Policy, for inline scripts. */
	cspNonce: string;
	/** Client address (behind a trusted proxy: the forwarded one). */
	clientIp: string;
	/** Logger bound to this request's id. */
	log: Logger;
};

export const requestContext = createContext<RequestContext>();

export function getRequestContext(context: Readonly<RouterContextProvider>): RequestContext {
	return context.get(requestContext);
}
