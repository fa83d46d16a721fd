import { randomBytes } from "node:crypto";
import type { NextFunction, Request, Response } from "express";
import { isFormMediaType } from "./form-body.server.ts";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/** Methods that read and never change anything (RFC 9110 §9.2.1). */
export function isSafeMethod(method: string): boolean {
	return safeMethods.has(method);
}

// Random bytes are drawn in batches: one system call per 256 nonces instead of one each,
// which showed up in page-rendering profiles.
const NONCE_BYTES = 16;
let pool = Buffer.alloc(0);
let offset = 0;

export function newNonce(): string {
	if (offset + NONCE_BYTES > pool.length) {
		pool = randomBytes(NONCE_BYTES * 256);
		offset = 0;
	}
	const nonce = pool.toString("base64", offset, offset + NONCE_BYTES);
	offset += NONCE_BYTES;
	return nonce;
}

/**
 * Response headers every page gets. Scripts run only with this response's nonce; nothing
 * may frame us; referrers never leave the site. In development Vite injects its own client
 * and styles, so the policy is relaxed there.
 */
export function securityHeaders(options: { development: boolean; https: boolean; formActionOrigins: () => string[] }) {
	return (_request: Request, response: Response, next: NextFunction) => {
		const nonce = response.locals.cspNonce as string;
		const scriptSource = options.development ? `'self' 'unsafe-inline'` : `'self' 'nonce-${nonce}'`;
		const styleSource = options.development ? `'self' 'unsafe-inline'` : `'self' 'nonce-${nonce}'`;
		const connectSource = options.development ? `'self' ws: wss:` : `'self'`;
		const formAction = ["'self'", ...options.formActionOrigins()].join(" ");
		response.setHeader(
			"Content-Security-Policy",
			[
				"default-src 'self'",
				`script-src ${scriptSource}`,
				`style-src ${styleSource}`,
				"img-src 'self' data: blob:",
				"font-src 'self'",
				`connect-src ${connectSource}`,
				`form-action ${formAction}`,
				"frame-ancestors 'none'",
				"base-uri 'none'",
				"object-src 'none'",
			].join("; "),
		);
		response.setHeader("Referrer-Policy", "same-origin");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("Cross-Origin-Resource-Policy", "same-origin");
		response.setHeader("Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()");
		if (options.https) response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
		next();
	};
}

/**
 * Cross-site request forgery: a state-changing request must come from our own pages.
 * Browsers say so with Fetch Metadata (`Sec-Fetch-Site`) or, failing that, with `Origin`;
 * requests carrying neither are not from a browser page and carry no ambient credentials
 * worth forging. See docs/decisions/002-csrf.md.
 */
export function isCrossSiteRequest(request: Request, appOrigin: string): boolean {
	if (safeMethods.has(request.method)) return false;
	const site = request.get("sec-fetch-site");
	if (site) return site !== "same-origin" && site !== "none";
	const origin = request.get("origin");
	if (!origin) return false;
	return origin !== appOrigin && origin !== `${request.protocol}://${request.get("host")}`;
}

/** A NUL character, raw or percent-encoded (`%00`). */
function hasNul(text: string): boolean {
	return text.includes("\u0000") || /%00/i.test(text);
}

/**
 * Whether the address or the cookies of a request carry a NUL character. No text of ours
 * contains one, and PostgreSQL refuses it in any text value (« invalid byte sequence for
 * encoding UTF8: 0x00 »): such a request is refused at the door, before any query string,
 * path parameter or session cookie can reach a query. Form values are checked by `readForm`.
 */
export function carriesNulCharacter(request: Request): boolean {
	return hasNul(request.originalUrl) || hasNul(request.get("cookie") ?? "");
}

export type BodyCheck = "ok" | "tooLarge" | "lengthRequired" | "unsupportedMediaType";

/**
 * Bodies are limited before anything reads them: the declared length must fit, and a body
 * without a declared length (chunked) is refused, so nothing can stream past the limit. Every
 * action reads forms only (`readForm`), so a body of another type (JSON, XML, text) is refused
 * with 415 here; an empty body without a type reads as an empty form (see `app.server.ts`).
 */
export function checkBody(request: Request, limitBytes: number): BodyCheck {
	if (safeMethods.has(request.method)) return "ok";
	const declared = request.get("content-length");
	if (declared === undefined && request.get("transfer-encoding")) return "lengthRequired";
	const length = declared === undefined ? 0 : Number(declared);
	if (!Number.isFinite(length) || length < 0) return "lengthRequired";
	if (length > limitBytes) return "tooLarge";
	const contentType = request.get("content-type");
	if (contentType === undefined ? length > 0 : !isFormMediaType(contentType)) return "unsupportedMediaType";
	return "ok";
}
