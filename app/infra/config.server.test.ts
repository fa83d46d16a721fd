import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "./config.server.ts";

const directories: string[] = [];
const development = { APP_ENV: "development" };
function dataDir(): string {
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-config-"));
	directories.push(directory);
	return directory;
}

afterEach(() => {
	for (const directory of directories.splice(0)) fs.rmSync(directory, { recursive: true, force: true });
});

describe("configuration", () => {
	it("defaults to SQLite under the data directory and generates the secret once, owner-only", () => {
		const directory = dataDir();
		const first = loadConfig({ ...development, DATA_DIR: directory });
		expect(first.database).toEqual({ kind: "sqlite", file: path.join(directory, "ribambelle.sqlite") });
		expect(first.appUrl.origin).toBe("http://localhost:3000");
		const secrets = path.join(directory, "secrets.json");
		expect(fs.statSync(secrets).mode & 0o777).toBe(0o600);
		expect(loadConfig({ ...development, DATA_DIR: directory }).authSecret).toBe(first.authSecret);
	});

	it("chooses PostgreSQL from a postgres:// URL and then requires the secret", () => {
		const environment = { ...development, DATA_DIR: dataDir(), DATABASE_URL: "postgres://u@db:5432/app" };
		expect(() => loadConfig(environment)).toThrow(/^AUTH_SECRET is required when DATABASE_URL points to PostgreSQL$/);
		const config = loadConfig({ ...environment, AUTH_SECRET: "x".repeat(32) });
		expect(config.database).toEqual({ kind: "postgres", url: "postgres://u@db:5432/app" });
	});

	it.each([
		[{ PORT: "eighty" }, /^PORT /],
		[{ DATABASE_URL: "mysql://x" }, /^DATABASE_URL must start with/],
		[{ APP_URL: "ftp://x" }, /^APP_URL /],
		[{ LOG_LEVEL: "loud" }, /^LOG_LEVEL /],
		[{ AUTH_SECRET: "short" }, /^AUTH_SECRET must be at least 32 characters/],
		[{ SMTP_URL: "mail.example:25" }, /^SMTP_URL must start with smtp:\/\//],
		[{ APP_ENV: "production" }, /^SMTP_URL is required when APP_ENV=production/],
		[{ OIDC_CLIENT_ID: "ribambelle" }, /^OIDC_CLIENT_SECRET is required/],
		[{ TRUST_PROXY: "true" }, /^TRUST_PROXY=true would trust any forged X-Forwarded-For: give the number of proxies/],
		[{ TRUST_PROXY: "10.0.0.0/33" }, /^TRUST_PROXY must be false, a number of proxies or a list/],
		[{ TRUST_PROXY: "proxy.internal" }, /^TRUST_PROXY must be false, a number of proxies or a list/],
		[{ METRICS_TOKEN: "short" }, /^METRICS_TOKEN must be at least 16 characters/],
		[{ FILE_STORAGE: "s3" }, /^S3_BUCKET is required when FILE_STORAGE=s3/],
		[{ FILE_STORAGE: "ftp" }, /^FILE_STORAGE /],
		[{ S3_ACCESS_KEY_ID: "key" }, /^S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together/],
		[{ S3_PREFIX: "../x" }, /^S3_PREFIX must be empty or lower-case folder names/],
	])("names the faulty variable in one line: %j", (environment, message) => {
		const error = (() => {
			try {
				loadConfig({ ...development, DATA_DIR: dataDir(), ...environment });
			} catch (caught) {
				return caught;
			}
		})();
		expect(error).toBeInstanceOf(ConfigError);
		expect((error as Error).message).toMatch(message);
		expect((error as Error).message).not.toContain("\n");
	});

	it("is a production installation unless told otherwise", () => {
		expect(loadConfig({ DATA_DIR: dataDir(), SMTP_URL: "smtp://mail:25" }).env).toBe("production");
		expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: "development" }).env).toBe("development");
		expect(loadConfig({ DATA_DIR: dataDir(), NODE_ENV: "production", APP_ENV: "test" }).env).toBe("test");
	});

	it("offers OpenID sign-in only when a client is configured, Google's issuer by default", () => {
		expect(loadConfig({ ...development, DATA_DIR: dataDir() }).oidc).toBeUndefined();
		const config = loadConfig({ ...development, DATA_DIR: dataDir(), OIDC_CLIENT_ID: "id", OIDC_CLIENT_SECRET: "s" });
		expect(config.oidc).toEqual({ issuer: "https://accounts.google.com", clientId: "id", clientSecret: "s" });
	});

	it("marks cookies secure and enables HSTS only behind https", () => {
		expect(loadConfig({ ...development, DATA_DIR: dataDir() }).secureCookies).toBe(false);
		expect(loadConfig({ ...development, DATA_DIR: dataDir(), APP_URL: "https://portail.example" }).secureCookies).toBe(
			true,
		);
	});

	it("reads TRUST_PROXY as Express's trust proxy: off, a hop count, or the proxies' addresses", () => {
		const trust = (value?: string) =>
			loadConfig({ ...development, DATA_DIR: dataDir(), ...(value === undefined ? {} : { TRUST_PROXY: value }) })
				.trustProxy;
		expect(trust()).toBe(false);
		expect(trust("false")).toBe(false);
		expect(trust("0")).toBe(false);
		expect(trust("1")).toBe(1);
		expect(trust("2")).toBe(2);
		expect(trust("10.0.0.0/8, 192.0.2.7,loopback, 2001:db8::/32, 172.16.0.0/255.240.0.0")).toEqual([
			"10.0.0.0/8",
			"192.0.2.7",
			"loopback",
			"2001:db8::/32",
			"172.16.0.0/255.240.0.0",
		]);
	});

	it("listens on loopback in development unless HOST says otherwise, on every interface elsewhere", () => {
		expect(loadConfig({ ...development, DATA_DIR: dataDir() }).host).toBe("127.0.0.1");
		expect(loadConfig({ ...development, DATA_DIR: dataDir(), HOST: "0.0.0.0" }).host).toBe("0.0.0.0");
		expect(loadConfig({ DATA_DIR: dataDir(), SMTP_URL: "smtp://mail:25" }).host).toBe("0.0.0.0");
	});
});

describe("file storage configuration", () => {
	it("keeps files under DATA_DIR/files by default", () => {
		const directory = dataDir();
		expect(loadConfig({ ...development, DATA_DIR: directory }).fileStorage).toEqual({
			kind: "local",
			root: path.join(directory, "files"),
		});
	});

	it("reads the S3 settings, path-style by default for a non-AWS endpoint", () => {
		const config = loadConfig({
			...development,
			DATA_DIR: dataDir(),
			FILE_STORAGE: "s3",
			S3_BUCKET: "ribambelle-files",
			S3_ENDPOINT: "https://s3.example.be",
			S3_ACCESS_KEY_ID: "key",
			S3_SECRET_ACCESS_KEY: "secret",
			S3_PREFIX: "prod/",
		});
		expect(config.fileStorage).toEqual({
			kind: "s3",
			bucket: "ribambelle-files",
			region: "us-east-1",
			endpoint: "https://s3.example.be",
			credentials: { accessKeyId: "key", secretAccessKey: "secret" },
			forcePathStyle: true,
			prefix: "prod/",
		});
	});
});
