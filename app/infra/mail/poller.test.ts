import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { startPoller } from "./poller.ts";

beforeEach(() => {
	vi.useFakeTimers();
});
afterEach(() => {
	vi.useRealTimers();
});

/** A job that counts its runs and checks that no two overlap; each run ends when released. */
function controlledJob() {
	let running = 0;
	let overlapped = false;
	const releases: Array<() => void> = [];
	const job = vi.fn(async () => {
		running += 1;
		if (running > 1) overlapped = true;
		await new Promise<void>((resolve) => releases.push(resolve));
		running -= 1;
		return job.mock.calls.length;
	});
	const releaseAll = async () => {
		while (releases.length > 0) {
			for (const release of releases.splice(0)) release();
			await vi.advanceTimersByTimeAsync(0);
		}
	};
	return { job, releaseAll, overlapped: () => overlapped };
}

describe("poller", () => {
	it("runs at start, then after each pause", async () => {
		const { job, releaseAll } = controlledJob();
		const poller = startPoller({ job, intervalMs: 1_000, onError: vi.fn() });
		await vi.advanceTimersByTimeAsync(0);
		expect(job).toHaveBeenCalledTimes(1);
		await releaseAll();
		await vi.advanceTimersByTimeAsync(999);
		expect(job).toHaveBeenCalledTimes(1);
		await vi.advanceTimersByTimeAsync(1);
		expect(job).toHaveBeenCalledTimes(2);
		await releaseAll();
		await poller.stop();
	});

	it("runs again right after a run when woken during it, never two at once", async () => {
		const { job, releaseAll, overlapped } = controlledJob();
		const poller = startPoller({ job, intervalMs: 60_000, onError: vi.fn() });
		await vi.advanceTimersByTimeAsync(0);
		poller.wake();
		poller.wake();
		const asked = poller.runNow();
		await vi.advanceTimersByTimeAsync(0);
		expect(job).toHaveBeenCalledTimes(1);
		await releaseAll();
		expect(await asked).toBe(2);
		expect(job).toHaveBeenCalledTimes(3);
		expect(overlapped()).toBe(false);
		await poller.stop();
	});

	it("with no interval, runs only when woken or asked", async () => {
		const { job, releaseAll } = controlledJob();
		const poller = startPoller({ job, intervalMs: 0, onError: vi.fn() });
		await vi.advanceTimersByTimeAsync(10_000);
		expect(job).not.toHaveBeenCalled();
		poller.wake();
		await vi.advanceTimersByTimeAsync(0);
		expect(job).toHaveBeenCalledTimes(1);
		await releaseAll();
		await vi.advanceTimersByTimeAsync(10_000);
		expect(job).toHaveBeenCalledTimes(1);
		await poller.stop();
	});

	it("reports a failed poll and keeps polling; stop waits for the run in flight", async () => {
		const onError = vi.fn();
		let calls = 0;
		const job = vi.fn(async () => {
			calls += 1;
			if (calls === 1) throw new Error("database unavailable");
			return calls;
		});
		const poller = startPoller({ job, intervalMs: 100, onError });
		await vi.advanceTimersByTimeAsync(0);
		expect(onError).toHaveBeenCalledWith(expect.objectContaining({ message: "database unavailable" }));
		await vi.advanceTimersByTimeAsync(100);
		expect(job).toHaveBeenCalledTimes(2);

		const { job: slow, releaseAll } = controlledJob();
		const other = startPoller({ job: slow, intervalMs: 100, onError });
		await vi.advanceTimersByTimeAsync(0);
		let stopped = false;
		const stopping = other.stop().then(() => {
			stopped = true;
		});
		await vi.advanceTimersByTimeAsync(0);
		expect(stopped).toBe(false);
		await releaseAll();
		await stopping;
		await vi.advanceTimersByTimeAsync(1_000);
		expect(slow).toHaveBeenCalledTimes(1);
		await poller.stop();
	});
});
