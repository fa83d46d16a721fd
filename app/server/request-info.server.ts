import type { RouterContextProvider } from "react-router";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";

/** What use cases need to know about the request: its language and client address. */
export function requestInfo(context: Readonly<RouterContextProvider>) {
	return { language: getLanguage(context), ipAddress: getRequestContext(context).clientIp };
}
