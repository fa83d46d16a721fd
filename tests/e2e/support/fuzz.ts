/**
 * What the fuzz test sends: the route patterns of `app/routes.ts`, and malformed query
 * strings, path values and bodies of every kind reported against comparable servers.
 */
import fs from "node:fs";
import path from "node:path";
import type { RouteConfigEntry } from "@react-router/dev/routes";
import routes from "#app/routes.ts";

export type RoutePattern = {
	/** `/staff/:groupId/children/:childId`, as in the route config. */
	path: string;
	/** The pattern with each `:param` replaced by `value(name)`, URL-encoded. */
	fill(value: (name: string) => string): string;
};

function flatten(entries: RouteConfigEntry[], parent: string): string[] {
	return entries.flatMap((entry) => {
		const own = entry.path ? `${parent.replace(/\/$/, "")}/${entry.path}` : parent || "/";
		return [...(entry.children ? [] : [own]), ...(entry.children ? [own, ...flatten(entry.children, own)] : [])];
	});
}

/** Paths the Express layer answers before React Router (app/server/app.server.ts). */
const expressPaths = [
	"/healthz",
	"/readyz",
	"/metrics",
	"/api/auth/verify-email",
	"/api/auth/callback/:providerId",
	"/api/auth/:rest",
];

/** Every URL pattern of the application, and a matcher from a concrete path to its pattern. */
export function routePatterns(): { patterns: RoutePattern[]; match(path: string): string | null } {
	const paths = [...new Set([...flatten(routes, ""), ...expressPaths])];
	const patterns = paths.map((pattern) => ({
		path: pattern,
		fill: (value: (name: string) => string) =>
			pattern.replace(/:(\w+)/g, (_whole, name: string) => encodeURIComponent(value(name))),
	}));
	// Literal segments outrank parameters (`/children/add` before `/children/:childId`).
	const matchers = paths
		.map((pattern) => ({
			pattern,
			regex: new RegExp(`^${pattern.replace(/[.]/g, "\\.").replace(/:(\w+)/g, "[^/]+")}/?$`),
			literal: pattern.split("/").filter((segment) => !segment.startsWith(":")).length,
		}))
		.sort((a, b) => b.literal - a.literal);
	return {
		patterns,
		match: (candidate) => matchers.find((matcher) => matcher.regex.test(candidate))?.pattern ?? null,
	};
}

/** Every query parameter name the application reads, found in its source. */
function queryParameterNames(): string[] {
	const names = new Set([
		"redirectTo",
		"page",
		"q",
		"from",
		"to",
		"area",
		"actor",
		"status",
		"kind",
		"period",
		"house",
		"postalCode",
		"token",
		"error",
		"for",
		"before",
		"language",
		"index",
		"_routes",
	]);
	const walk = (dir: string) => {
		for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
			const full = path.join(dir, entry.name);
			if (entry.isDirectory()) walk(full);
			else if (/\.tsx?$/.test(entry.name)) {
				for (const match of fs.readFileSync(full, "utf8").matchAll(/searchParams\.(?:get|getAll|has)\("([^"]+)"\)/g)) {
					if (match[1]) names.add(match[1]);
				}
			}
		}
	};
	walk(path.resolve(import.meta.dirname, "../../../app"));
	return [...names];
}

const hostileValues = [
	"2026-13-45",
	"0000-00-00",
	"9999-12-31",
	"2147483648",
	"99999999999999999999",
	"-1",
	// The last page a list accepts (decision 028): its deepest OFFSET, an empty page.
	"2000",
	"1e308",
	"NaN",
	"'; drop table users; --",
	"%",
	"%E0%A4%A",
	"\u0000",
	"/\t/evil.example/x",
	"/x\r\ny",
	"//evil.example",
	"𝒳🙂",
	// Every parameter at once stays under Node's 16 kB header limit (beyond it Node answers
	// 431 and closes the connection, before any of our code runs).
	"a".repeat(600),
];

/** Query strings: every known parameter set to each hostile value, repeated and bracketed names. */
export function fuzzQueries(): string[] {
	const names = queryParameterNames();
	const queries = hostileValues.map((value) =>
		names.map((name) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join("&"),
	);
	queries.push(names.map((name) => `${name}=1&${name}=2&${name}[]=3&${name}[999999999]=4`).join("&"));
	queries.push("%E0%A4%A=%FF&%=%%&&&==");
	queries.push(`redirectTo=${"/a".repeat(2000)}`, `q=${"é".repeat(1500)}`);
	return queries;
}

/** Values for path parameters: not ids, overlong, control characters, broken escapes. */
export function fuzzPathValues(): string[] {
	return [
		"x",
		"2147483648",
		"..",
		"../../etc/passwd",
		"'",
		"\u0000",
		"a".repeat(3000),
		"0190a000-0000-7000-8000-000000000000.pdf",
	];
}

const boundary = "----fuzzboundary";

/** Bodies that are not what a form sends, or forms built to exhaust a parser. */
export function fuzzBodies(): { headers: Record<string, string>; body: string }[] {
	const form = (body: string) => ({ headers: { "content-type": "application/x-www-form-urlencoded" }, body });
	return [
		{ headers: { "content-type": "application/json" }, body: '{"intent":"x","a":[1,2,{"b":null}]}' },
		{ headers: { "content-type": "text/plain" }, body: "intent=x" },
		{
			headers: { "content-type": "application/xml" },
			body: '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY b "c">]><a>&b;</a>',
		},
		{
			headers: { "content-type": `multipart/form-data; boundary=${boundary}` },
			body: `--${boundary}\r\nContent-Disposition: form-data; name="a"\r\n\r\nunterminated`,
		},
		{ headers: { "content-type": "multipart/form-data" }, body: "no boundary" },
		{ headers: {}, body: "" },
		{ headers: { "content-type": "application/x-www-form-urlencoded; charset=utf-16" }, body: "\u00ff\u00fe" },
		form("x[999999999]=1"),
		form("x[10000000]=1&intent=x"),
		form("a=1&".repeat(50_000)),
		form(`${"a.".repeat(10_000)}a=1`),
		form(`${"a[0]".repeat(2_000)}=1`),
		form("__proto__[polluted]=1&constructor.prototype.polluted=1&a..b=1&[]=1&a[=1"),
		form('__intent__={"type":"update","payload":{"name":"x[999999999]","value":1}}&__state__=not-json'),
		form("intent=%FF%FE&redirectTo=%2F%09%2Fevil.example&email=a%00b&password="),
		form(`intent=${"x".repeat(100_000)}`),
	];
}
