/**
 * Creates a platform operator: npm run admin:create -- --email someone@example.be
 * [--first-name Ana --last-name Dubois]. Prints a one-time link to choose the password when
 * the account is new.
 */
import { parseArgs } from "node:util";
import { closeDb, getDb } from "#app/db/db.server.ts";
import { migrateToLatest } from "#app/db/migrate.server.ts";
import { makeOperator } from "#app/domain/groups/make-operator.server.ts";
import { runScript } from "./run-script.ts";

await runScript(async () => {
	const { values } = parseArgs({
		options: {
			email: { type: "string" },
			"first-name": { type: "string" },
			"last-name": { type: "string" },
		},
	});
	if (!values.email) {
		console.error("Usage: npm run admin:create -- --email someone@example.be [--first-name Ana --last-name Dubois]");
		process.exit(2);
	}
	const db = getDb();
	await migrateToLatest(db);
	const result = await makeOperator({
		db,
		input: { email: values.email, firstName: values["first-name"], lastName: values["last-name"] },
	}).catch((error: unknown) => {
		if (error instanceof Error && error.name === "AppError") {
			console.error(`${values.email} is already an operator.`);
			process.exit(1);
		}
		throw error;
	});
	console.log(
		result.created
			? `Operator account created for ${values.email}. Choose its password within 24 hours at:\n${result.setPasswordUrl}`
			: `${values.email} is now an operator.`,
	);
	await closeDb();
});
