import { createContext, useContext } from "react";

/** The CSP nonce of the response being rendered. Set on the server only; empty in the browser,
 * where the attribute is no longer needed once the page has loaded. */
const NonceContext = createContext("");

export const NonceProvider = NonceContext.Provider;

export function useNonce(): string {
	return useContext(NonceContext);
}
