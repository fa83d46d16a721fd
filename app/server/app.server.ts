/**
 * The Express application: operations endpoints, security, logging and metrics around the
 * React Router request handler. This module is the entry of the server bundle; `server.ts`
 * loads it (from Vite in development, from `build/server` otherwise) and owns the socket.
 */
import { createHash, randomUUID, timingSafeEqual } from "node:crypto";
import * as build from "virtual:react-router/server-build";
import { createRequestHandler } from "@react-router/express";
import { toNodeHandler } from "better-auth/node";
import express, { type NextFunction, type Request, type Response } from "express";
import { RouterContextProvider } from "react-router";
import { closeDb, getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { getAuth } from "#app/domain/accounts/auth.server.ts";
import { startInvoiceReminders } from "#app/domain/billing/send-invoice-reminders.server.ts";
import { startFileSweeper } from "#app/domain/messaging/file-sweeper.server.ts";
import { startMessageDigests } from "#app/domain/messaging/send-message-digests.server.ts";
import { type Config, getConfig } from "#app/infra/config.server.ts";
import { languageOfRequest } from "#app/infra/i18n.server.ts";
import { getLogger, type Logger } from "#app/infra/logger.server.ts";
import { startMailDelivery } from "#app/infra/mail/delivery.server.ts";
import { CLIENT_ADDRESS_HEADER, requestContext } from "#app/infra/request-context.server.ts";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";
import { acceptsUploads } from "#app/server/upload-paths.ts";
import { scrapeMetrics } from "./cluster-metrics.ts";
import { documentPathname } from "./document-url.ts";
import { checkReadiness } from "./health.server.ts";
import { createMetrics } from "./metrics.server.ts";
import { type PlainErrorKind, renderPlainErrorPage } from "./plain-page.server.ts";
import { createRoutePatternMatcher } from "./route-pattern.server.ts";
import {
	carriesNulCharacter,
	checkBody,
	isCrossSiteRequest,
	isSafeMethod,
	newNonce,
	securityHeaders,
} from "./security.server.ts";

const requestIdPattern = /^[A-Za-z0-9._-]{1,64}$/;

export type Application = {
	config: Config;
	log: Logger;
	handler: express.Express;
	/** Releases what the application holds (mail sender, database connections). */
	close(): Promise<void>;
};

type Locals = { requestId: string; cspNonce: string; log: Logger; route: string };

function locals(response: Response): Locals {
	return response.locals as Locals;
}

/** Compares an `Authorization: Bearer …` header with the expected token in constant time. */
function bearerTokenMatches(header: string | undefined, expected: string): boolean {
	const given = /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";
	const digest = (value: string) => createHash("sha256").update(value).digest();
	return timingSafeEqual(digest(given), digest(expected));
}

async function sendPlainError(request: Request, response: Response, status: number, kind: PlainErrorKind) {
	const language = await languageOfRequest(request.get("cookie"), request.get("accept-language"));
	const { cspNonce, requestId } = locals(response);
	response
		.status(status)
		.type("html")
		.send(renderPlainErrorPage({ kind, language, nonce: cspNonce, requestId }));
}

/**
 * Validates the configuration, migrates the database and assembles the request handler.
 * Throws `ConfigError` (one line naming the variable) when the environment is wrong.
 */
export async function createApplication(options: { development: boolean }): Promise<Application> {
	const config = getConfig();
	const log = getLogger();
	const db = getDb();
	const applied = await migrateToLatest(db);
	if (applied.length > 0) log.info({ migrations: applied }, "database migrated");
	const mail = startMailDelivery({ db, config, log });
	const reminders = startInvoiceReminders({ db, log });
	const digests = startMessageDigests({ db, log });
	const fileSweeper = startFileSweeper({ db, storage: getFileStorage(), log });

	const metrics = createMetrics();
	const routePattern = createRoutePatternMatcher(build);
	const app = express();
	app.disable("x-powered-by");
	app.set("trust proxy", config.trustProxy);

	app.use((request, response, next) => {
		// better-auth reads the client address from this header only: never from the client.
		request.headers[CLIENT_ADDRESS_HEADER] = request.ip ?? "";
		const incoming = request.get("x-request-id");
		const requestId = incoming && requestIdPattern.test(incoming) ? incoming : randomUUID();
		// A page's data request (`/me.data`) counts under the page's route.
		const route =
			routePattern(documentPathname(request.path)) ?? (request.path.startsWith("/assets/") ? "/assets" : "unmatched");
		Object.assign(response.locals, {
			requestId,
			cspNonce: newNonce(),
			log: log.child({ requestId }),
			route,
		} satisfies Locals);
		response.setHeader("X-Request-Id", requestId);
		const stopTimer = metrics.requestDuration.startTimer({ method: request.method });
		const started = performance.now();
		response.on("finish", () => {
			const status = response.statusCode;
			const labels = { route: locals(response).route, status: String(status) };
			stopTimer(labels);
			if (status >= 500) metrics.errors.inc(labels);
			// Path only: query strings may carry tokens. The private calendar feed carries its
			// token in the path itself, so it is logged by its route pattern.
			locals(response).log.info(
				{
					method: request.method,
					path: request.path.startsWith("/calendar/") ? "/calendar/:feed" : request.path,
					route: labels.route,
					status,
					durationMs: Math.round((performance.now() - started) * 10) / 10,
				},
				"request",
			);
		});
		next();
	});

	app.get("/healthz", (_request, response) => {
		locals(response).route = "/healthz";
		response.json({ status: "ok" });
	});
	app.get("/readyz", async (_request, response) => {
		locals(response).route = "/readyz";
		const readiness = await checkReadiness(db);
		response.status(readiness.ready ? 200 : 503).json(readiness);
	});
	// Metrics reveal traffic and error rates: only a scraper holding METRICS_TOKEN reads them.
	app.get("/metrics", async (request, response) => {
		locals(response).route = "/metrics";
		if (!config.metricsToken) return sendPlainError(request, response, 404, "notFound");
		if (!bearerTokenMatches(request.get("authorization"), config.metricsToken)) {
			response.setHeader("WWW-Authenticate", 'Bearer realm="metrics"');
			return response.status(401).type("text").send("Unauthorized\n");
		}
		try {
			response.type(metrics.registry.contentType).send(await scrapeMetrics(metrics.registry));
		} catch (error) {
			locals(response).log.warn({ err: error }, "metrics unavailable");
			response.status(503).type("text").send("Metrics unavailable, try again\n");
		}
	});

	app.use(
		securityHeaders({
			development: options.development,
			https: config.secureCookies,
			// "Se connecter avec Google" posts a form that redirects to the identity provider.
			formActionOrigins: () => (config.oidc ? [new URL(config.oidc.issuer).origin] : []),
		}),
	);

	app.use(async (request, response, next) => {
		if (isCrossSiteRequest(request, config.appUrl.origin)) {
			locals(response).log.warn({ origin: request.get("origin") ?? null }, "cross-site request refused");
			return sendPlainError(request, response, 403, "forbidden");
		}
		if (carriesNulCharacter(request)) return sendPlainError(request, response, 400, "badRequest");
		const body = checkBody(request, acceptsUploads(request.path) ? config.uploadBodyLimitBytes : config.bodyLimitBytes);
		if (body === "tooLarge") return sendPlainError(request, response, 413, "payloadTooLarge");
		if (body === "lengthRequired") return sendPlainError(request, response, 411, "lengthRequired");
		if (body === "unsupportedMediaType") return sendPlainError(request, response, 415, "unsupportedMediaType");
		// An empty body without a type (a bare POST) reads as an empty form, which the action's
		// validation then answers, instead of failing to parse.
		if (!request.get("content-type") && !isSafeMethod(request.method)) {
			request.headers["content-type"] = "application/x-www-form-urlencoded";
		}
		next();
	});

	// better-auth answers the two links that come from outside (the e-mail confirmation link and
	// the identity provider's redirect). Its JSON API stays closed: our forms call it from the
	// server, where our rate limits, audit and outbox apply.
	const authHandler = toNodeHandler(getAuth());
	app.get(["/api/auth/verify-email", "/api/auth/callback/:providerId"], (request, response) => {
		locals(response).route = request.path.startsWith("/api/auth/callback") ? "/api/auth/callback" : request.path;
		return authHandler(request, response);
	});
	app.all("/api/auth/{*rest}", (request, response) => sendPlainError(request, response, 404, "notFound"));

	app.use(
		createRequestHandler({
			build,
			mode: options.development ? "development" : "production",
			getLoadContext(request, response) {
				const context = new RouterContextProvider();
				const { requestId, cspNonce, log: requestLog } = locals(response);
				context.set(requestContext, { requestId, cspNonce, log: requestLog, clientIp: request.ip ?? "" });
				return context;
			},
		}),
	);

	app.use((error: unknown, request: Request, response: Response, next: NextFunction) => {
		if (response.headersSent) return next(error);
		const status = (error as { status?: unknown }).status;
		// Errors raised by Express itself for a client's mistake (malformed URL…) keep their 4xx.
		if (typeof status === "number" && status >= 400 && status < 500) {
			return sendPlainError(request, response, status, status === 404 ? "notFound" : "forbidden");
		}
		locals(response).log.error({ err: error }, "unhandled error");
		return sendPlainError(request, response, 500, "serverError");
	});

	return {
		config,
		log,
		handler: app,
		async close() {
			// The sender finishes its batch while the database is still open.
			await reminders.stop();
			await digests.stop();
			await mail.stop();
			await fileSweeper.stop();
			await closeDb();
		},
	};
}
