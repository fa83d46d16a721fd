import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { z } from "zod";

const secretsSchema = z.object({ authSecret: z.string().min(32) });
export type Secrets = z.infer<typeof secretsSchema>;

/**
 * On the embedded default the server owns its data directory, so it keeps its own secrets
 * there: generated on first start, readable by the owner only, reused afterwards.
 */
export function loadOrCreateSecrets(dataDir: string): Secrets {
	const file = path.join(dataDir, "secrets.json");
	if (fs.existsSync(file)) {
		return secretsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
	}
	fs.mkdirSync(dataDir, { recursive: true });
	const secrets: Secrets = { authSecret: randomBytes(32).toString("base64url") };
	// `wx` fails if another process created the file meanwhile; then read theirs.
	try {
		fs.writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600, flag: "wx" });
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
		return secretsSchema.parse(JSON.parse(fs.readFileSync(file, "utf8")));
	}
	return secrets;
}
