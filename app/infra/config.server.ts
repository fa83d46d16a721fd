import net from "node:net";
import path from "node:path";
import { z } from "zod";
import { loadOrCreateSecrets } from "./secrets.server.ts";
import type { S3Settings } from "./storage/s3-storage.server.ts";

const TRUST_PROXY_TRUE =
	"TRUST_PROXY=true would trust any forged X-Forwarded-For: give the number of proxies in front of the server (e.g. TRUST_PROXY=1) or their addresses";

/** Names Express accepts in a `trust proxy` list (proxy-addr's pre-defined subnets). */
const trustProxyNames = new Set(["loopback", "linklocal", "uniquelocal"]);

function isAddressOrSubnet(entry: string): boolean {
	if (trustProxyNames.has(entry)) return true;
	const [address = "", prefix, ...rest] = entry.split("/");
	const version = net.isIP(address);
	if (version === 0 || rest.length > 0) return false;
	if (prefix === undefined) return true;
	if (/^\d{1,3}$/.test(prefix)) return Number(prefix) <= (version === 4 ? 32 : 128);
	// A dotted netmask (10.0.0.0/255.0.0.0), IPv4 only.
	return version === 4 && net.isIPv4(prefix);
}

/**
 * TRUST_PROXY as Express's `trust proxy` takes it: `false` (no proxy: the socket's peer is the
 * client), a hop count (the client is that many addresses from the right of
 * X-Forwarded-For), or the proxies' addresses and subnets. `true` is refused: it trusts the
 * leftmost address, which any client can write.
 */
const trustProxy = z
	.string()
	.trim()
	.transform((value, context): false | number | string[] => {
		if (value === "false" || value === "0") return false;
		if (/^\d+$/.test(value)) return Number(value);
		if (value === "true") {
			context.addIssue({ code: "custom", message: TRUST_PROXY_TRUE });
			return z.NEVER;
		}
		const entries = value.split(",").map((entry) => entry.trim());
		const wrong = entries.find((entry) => !isAddressOrSubnet(entry));
		if (wrong !== undefined) {
			context.addIssue({
				code: "custom",
				message: `must be false, a number of proxies or a list of proxy addresses/subnets (not ${JSON.stringify(wrong)})`,
			});
			return z.NEVER;
		}
		return entries;
	});

const databaseUrl = z.string().refine((value) => /^(postgres|postgresql):\/\/|^sqlite:|^file:/.test(value), {
	message: "must start with postgres://, postgresql://, sqlite: or file:",
});

/**
 * Every environment variable the server reads. A missing or malformed one stops start-up with
 * one line that names it (see `ConfigError`).
 */
const environmentSchema = z.object({
	NODE_ENV: z.string().optional(),
	APP_ENV: z.enum(["development", "production", "test"]).optional(),
	HOST: z.string().min(1).optional(),
	PORT: z.coerce.number().int().min(0).max(65535).default(3000),
	APP_URL: z.url({ protocol: /^https?$/ }).optional(),
	DATABASE_URL: databaseUrl.optional(),
	DATA_DIR: z.string().min(1).default("./data"),
	LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
	TRUST_PROXY: trustProxy.default(false),
	METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
	AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
	SMTP_URL: z
		.string()
		.refine((value) => /^smtps?:\/\//.test(value), { message: "must start with smtp:// or smtps://" })
		.optional(),
	MAIL_FROM: z.string().min(3).default("Ribambelle <no-reply@ribambelle.localhost>"),
	OIDC_ISSUER: z.url({ protocol: /^https?$/ }).default("https://accounts.google.com"),
	OIDC_CLIENT_ID: z.string().min(1).optional(),
	OIDC_CLIENT_SECRET: z.string().min(1).optional(),
	BODY_LIMIT_BYTES: z.coerce.number().int().positive().default(1_000_000),
	UPLOAD_BODY_LIMIT_BYTES: z.coerce
		.number()
		.int()
		.positive()
		.default(32 * 1024 * 1024),
	SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().positive().default(10_000),
	FILE_STORAGE: z.enum(["local", "s3"]).default("local"),
	S3_BUCKET: z.string().min(3).optional(),
	S3_REGION: z.string().min(1).default("us-east-1"),
	S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
	S3_ACCESS_KEY_ID: z.string().min(1).optional(),
	S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
	S3_FORCE_PATH_STYLE: z.enum(["true", "false"]).optional(),
	S3_PREFIX: z
		.string()
		.regex(/^([a-z0-9][a-z0-9_-]*\/)*$/, "must be empty or lower-case folder names each ending with /")
		.default(""),
	CLAMD_SOCKET: z.string().min(1).optional(),
});

export type Database = { kind: "sqlite"; file: string } | { kind: "postgres"; url: string };

export type AppEnvironment = "development" | "production" | "test";

export type Config = {
	/**
	 * What kind of installation this is. `production` refuses development conveniences (the
	 * dev mailbox, a pinned clock); it is the default unless NODE_ENV=development. Independent
	 * of NODE_ENV, which only selects library builds (see docs/decisions/003-app-env.md).
	 */
	env: AppEnvironment;
	/** Listening address: loopback by default in development, every interface otherwise. */
	host: string;
	port: number;
	/** Public origin of the application, used in links and for the same-origin check. */
	appUrl: URL;
	/** True when the public origin is https: cookies get `Secure` and responses get HSTS. */
	secureCookies: boolean;
	database: Database;
	dataDir: string;
	logLevel: string;
	/**
	 * Express `trust proxy`: false, the number of proxies in front of the server, or their
	 * addresses/subnets. The client address is taken from X-Forwarded-For accordingly.
	 */
	trustProxy: false | number | string[];
	/** Bearer token that `/metrics` requires; without it the endpoint answers 404. */
	metricsToken: string | undefined;
	authSecret: string;
	bodyLimitBytes: number;
	/**
	 * Largest body of a form that carries files (messages): above the 20 MB a message may hold,
	 * so a slightly larger upload is read and answered with a message per field, not a bare 413.
	 */
	uploadBodyLimitBytes: number;
	shutdownTimeoutMs: number;
	/** SMTP server for outgoing mail; without it, mail lands in the dev mailbox. */
	smtpUrl: string | undefined;
	mailFrom: string;
	/** OpenID Connect sign-in ("Se connecter avec Google"); undefined hides the button. */
	oidc: { issuer: string; clientId: string; clientSecret: string } | undefined;
	/**
	 * Where files (attachments, uploads) are kept: `DATA_DIR/files` by default, or an
	 * S3-compatible bucket when FILE_STORAGE=s3 (see docs/decisions/032-file-storage.md).
	 */
	fileStorage: FileStorageConfig;
	/** clamd's socket (`/run/clamav/clamd.ctl` or `tcp://host:3310`); undefined skips the virus scan. */
	clamdSocket: string | undefined;
};

export type FileStorageConfig = { kind: "local"; root: string } | ({ kind: "s3" } & S3Settings);

export class ConfigError extends Error {
	override name = "ConfigError";
}

function describeIssue(issue: z.core.$ZodIssue): string {
	const variable = issue.path.join(".");
	if (issue.message === TRUST_PROXY_TRUE) return TRUST_PROXY_TRUE;
	if (issue.code === "invalid_type" && issue.input === undefined) return `${variable} is required`;
	return `${variable} ${issue.message}`;
}

function parseDatabase(url: string | undefined, dataDir: string): Database {
	if (!url) return { kind: "sqlite", file: path.resolve(dataDir, "ribambelle.sqlite") };
	if (/^postgres(ql)?:\/\//.test(url)) return { kind: "postgres", url };
	return { kind: "sqlite", file: path.resolve(url.replace(/^(sqlite|file):(\/\/)?/, "")) };
}

/**
 * Reads and validates the configuration from an environment. Throws a `ConfigError` whose
 * message is one line naming the faulty variable.
 */
export function loadConfig(environment: NodeJS.ProcessEnv): Config {
	const parsed = environmentSchema.safeParse(environment);
	if (!parsed.success) {
		const [first] = parsed.error.issues;
		throw new ConfigError(first ? describeIssue(first) : "invalid configuration");
	}
	const values = parsed.data;
	const dataDir = path.resolve(values.DATA_DIR);
	const database = parseDatabase(values.DATABASE_URL, dataDir);
	const appUrl = new URL(values.APP_URL ?? `http://localhost:${values.PORT}`);

	let authSecret = values.AUTH_SECRET;
	if (!authSecret) {
		// Generating secrets only makes sense when a single process owns the data: several app
		// servers sharing PostgreSQL must share the secret, so it has to be configured.
		if (database.kind === "postgres") {
			throw new ConfigError("AUTH_SECRET is required when DATABASE_URL points to PostgreSQL");
		}
		authSecret = loadOrCreateSecrets(dataDir).authSecret;
	}

	const env: AppEnvironment = values.APP_ENV ?? (values.NODE_ENV === "development" ? "development" : "production");
	if (env === "production" && !values.SMTP_URL) {
		throw new ConfigError("SMTP_URL is required when APP_ENV=production (the dev mailbox is for development only)");
	}
	if (values.FILE_STORAGE === "s3" && !values.S3_BUCKET) {
		throw new ConfigError("S3_BUCKET is required when FILE_STORAGE=s3");
	}
	if (Boolean(values.S3_ACCESS_KEY_ID) !== Boolean(values.S3_SECRET_ACCESS_KEY)) {
		throw new ConfigError("S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both or neither");
	}
	if (values.OIDC_CLIENT_ID && !values.OIDC_CLIENT_SECRET) {
		throw new ConfigError("OIDC_CLIENT_SECRET is required when OIDC_CLIENT_ID is set");
	}

	return {
		env,
		host: values.HOST ?? (env === "development" ? "127.0.0.1" : "0.0.0.0"),
		port: values.PORT,
		appUrl,
		secureCookies: appUrl.protocol === "https:",
		database,
		dataDir,
		logLevel: values.LOG_LEVEL,
		trustProxy: values.TRUST_PROXY,
		metricsToken: values.METRICS_TOKEN,
		authSecret,
		bodyLimitBytes: values.BODY_LIMIT_BYTES,
		uploadBodyLimitBytes: values.UPLOAD_BODY_LIMIT_BYTES,
		shutdownTimeoutMs: values.SHUTDOWN_TIMEOUT_MS,
		smtpUrl: values.SMTP_URL,
		mailFrom: values.MAIL_FROM,
		oidc:
			values.OIDC_CLIENT_ID && values.OIDC_CLIENT_SECRET
				? { issuer: values.OIDC_ISSUER, clientId: values.OIDC_CLIENT_ID, clientSecret: values.OIDC_CLIENT_SECRET }
				: undefined,
		fileStorage: parseFileStorage(values, dataDir),
		clamdSocket: values.CLAMD_SOCKET,
	};
}

function parseFileStorage(values: z.infer<typeof environmentSchema>, dataDir: string): FileStorageConfig {
	if (values.FILE_STORAGE === "local" || !values.S3_BUCKET) {
		return { kind: "local", root: path.join(dataDir, "files") };
	}
	return {
		kind: "s3",
		bucket: values.S3_BUCKET,
		region: values.S3_REGION,
		endpoint: values.S3_ENDPOINT,
		credentials:
			values.S3_ACCESS_KEY_ID && values.S3_SECRET_ACCESS_KEY
				? { accessKeyId: values.S3_ACCESS_KEY_ID, secretAccessKey: values.S3_SECRET_ACCESS_KEY }
				: undefined,
		// Any endpoint other than AWS's almost always wants path-style URLs.
		forcePathStyle: values.S3_FORCE_PATH_STYLE ? values.S3_FORCE_PATH_STYLE === "true" : Boolean(values.S3_ENDPOINT),
		prefix: values.S3_PREFIX,
	};
}

let current: Config | undefined;

/** The process-wide configuration, read from `process.env` on first use. */
export function getConfig(): Config {
	current ??= loadConfig(process.env);
	return current;
}
