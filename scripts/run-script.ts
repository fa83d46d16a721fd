/** Runs a command-line script: configuration errors print one line, others the error. */
export async function runScript(main: () => Promise<void>): Promise<void> {
	try {
		await main();
	} catch (error) {
		if (error instanceof Error && error.name === "ConfigError") {
			console.error(`Configuration error: ${error.message}`);
		} else {
			console.error(error);
		}
		process.exit(1);
	}
}
