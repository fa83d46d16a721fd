import type { Database } from "#app/db/db.server.ts";
import type { Logger } from "#app/infra/logger.server.ts";
import { startPoller } from "#app/infra/mail/poller.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";
import { cleanOrphanFiles } from "./clean-orphan-files.server.ts";

/** How often the server looks for orphan files: they only need to go within the hour or so. */
export const SWEEP_INTERVAL_MS = 15 * 60 * 1000;

/**
 * Runs `cleanOrphanFiles` every quarter of an hour beside the mail sender, on the same poller
 * (one run at a time per process; several processes may sweep at once, deleting a missing
 * file is harmless). `stop()` waits for the run in flight.
 */
export function startFileSweeper(options: { db: Database; storage: FileStorage; log: Logger }): {
	stop(): Promise<void>;
} {
	const log = options.log.child({ component: "files" });
	const poller = startPoller({
		job: async () => {
			const deleted = await cleanOrphanFiles(options);
			if (deleted.length > 0) log.info({ count: deleted.length }, "orphan files deleted");
		},
		intervalMs: SWEEP_INTERVAL_MS,
		onError: (error) => log.error({ err: error }, "orphan file clean-up failed"),
	});
	return { stop: poller.stop };
}
