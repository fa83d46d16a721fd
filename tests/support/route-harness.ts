/**
 * Calls a route module's loader or action the way React Router does: a real Request, the
 * request context the Express layer provides, and the root middleware (language detection)
 * run around it. Returns what the function returned or threw (responses are thrown too).
 */
import { RouterContextProvider } from "react-router";
import { i18nextMiddleware } from "#app/infra/i18n.server.ts";
import { getLogger } from "#app/infra/logger.server.ts";
import { requestContext } from "#app/infra/request-context.server.ts";

type RouteFunction = (args: {
	request: Request;
	params: Record<string, string | undefined>;
	context: RouterContextProvider;
}) => unknown;

export type RouteCall = {
	url: string;
	method?: string;
	form?: Record<string, string | string[]>;
	/** A multipart body instead of `form` (file uploads). */
	multipart?: FormData;
	/** A raw body as a robot sends it (its content type in `headers`). */
	body?: string;
	params?: Record<string, string>;
	headers?: Record<string, string>;
	/** The client address the Express layer would have found (127.0.0.1 unless given). */
	clientIp?: string;
};

export function buildRequest(call: RouteCall): Request {
	const url = new URL(call.url, "http://localhost:3000");
	const init: RequestInit = { method: call.method ?? (call.form ? "POST" : "GET"), headers: call.headers };
	if (call.form) {
		const body = new URLSearchParams();
		for (const [name, value] of Object.entries(call.form)) {
			for (const item of Array.isArray(value) ? value : [value]) body.append(name, item);
		}
		init.body = body;
	}
	if (call.multipart || call.body !== undefined) {
		init.method = call.method ?? "POST";
		init.body = call.multipart ?? call.body;
	}
	return new Request(url, init);
}

export async function callRoute(
	routeFunction: RouteFunction,
	call: RouteCall,
): Promise<{ value: unknown; thrown: boolean }> {
	const request = buildRequest(call);
	const context = new RouterContextProvider();
	context.set(requestContext, {
		requestId: "test-request",
		cspNonce: "test-nonce",
		clientIp: call.clientIp ?? "127.0.0.1",
		log: getLogger(),
	});
	let outcome: { value: unknown; thrown: boolean } = { value: undefined, thrown: false };
	await i18nextMiddleware({ request, context, params: call.params ?? {}, unstable_pattern: "" } as never, async () => {
		try {
			outcome = { value: await routeFunction({ request, params: call.params ?? {}, context }), thrown: false };
		} catch (error) {
			outcome = { value: error, thrown: true };
		}
		return new Response(null);
	});
	return outcome;
}

/** The status of a response (returned or thrown) or of a `data()` result. */
export function statusOf(value: unknown): number | undefined {
	if (value instanceof Response) return value.status;
	const init = (value as { init?: { status?: number } } | null)?.init;
	if (init && typeof init.status === "number") return init.status;
	return undefined;
}
