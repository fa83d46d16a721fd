/**
 * Runs a job every `intervalMs`, or at once when woken, never two runs at a time: a wake-up
 * during a run asks for one more run right after it. Used by the mail sender; generic so its
 * timing can be tested on its own.
 */
export type Poller<Result> = {
	/** Runs the job as soon as the current run (if any) ends. */
	wake(): void;
	/** Runs the job after the current run (if any) and resolves with its result. */
	runNow(): Promise<Result>;
	/** No more runs; resolves when the run in flight has ended. */
	stop(): Promise<void>;
};

export function startPoller<Result>(options: {
	/** The work; its errors go to `onError` when polling, to the caller of `runNow()` otherwise. */
	job: () => Promise<Result>;
	/** Pause after a run before the next; 0 runs only when woken or asked. */
	intervalMs: number;
	onError: (error: unknown) => void;
}): Poller<Result> {
	let queue: Promise<unknown> = Promise.resolve();
	let stopped = false;
	let polling = false;
	let wakeRequested = false;
	let timer: NodeJS.Timeout | undefined;

	function runNow(): Promise<Result> {
		const run = queue.then(options.job);
		queue = run.catch(() => undefined);
		return run;
	}

	function schedule(delayMs: number): void {
		if (stopped || polling) return;
		clearTimeout(timer);
		timer = setTimeout(poll, delayMs);
		// Never keeps the process alive by itself (scripts, tests).
		timer.unref();
	}

	async function poll(): Promise<void> {
		timer = undefined;
		polling = true;
		wakeRequested = false;
		try {
			await runNow();
		} catch (error) {
			options.onError(error);
		}
		polling = false;
		if (wakeRequested) schedule(0);
		else if (options.intervalMs > 0) schedule(options.intervalMs);
	}

	if (options.intervalMs > 0) schedule(0);

	return {
		wake() {
			if (polling) wakeRequested = true;
			else schedule(0);
		},
		runNow,
		async stop() {
			stopped = true;
			clearTimeout(timer);
			await queue;
		},
	};
}
