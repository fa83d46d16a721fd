/**
 * Fires prepared requests (POST, or GET without a body) with undici, all at once or through a
 * fixed number of concurrent workers, and measures each one from sending to the last byte of
 * the answer.
 */
import { Agent, request } from "undici";

/** A request to send: a POST of `body`, or a GET when `body` is absent. */
export type PreparedRequest = { url: string; headers: Record<string, string>; body?: string };

export type Answer = {
	/** HTTP status, or 0 when the request got no answer (connection error). */
	status: number;
	latencyMs: number;
	error?: string;
};

export type LoadResult = { answers: Answer[]; durationMs: number };

// As many connections as requests, and a browser's patience: undici gives up connecting after
// 10 s by default, a browser waits far longer (Firefox: 90 s) while the server's listen queue
// drains. Redirects are not followed: the POST's own answer is measured, not the page after it.
const newConnections = new Agent({ connections: null, connect: { timeout: 90_000 } });

/**
 * How the parents reach the server: `new` — every parent on a connection of their own, all
 * at once (the opening second, no proxy in front); `keep-alive` — through `connections`
 * persistent connections reused request after request (a reverse proxy's pool).
 */
export type LoadMode = { kind: "new" } | { kind: "keep-alive"; connections: number };

async function send(prepared: PreparedRequest, dispatcher: Agent): Promise<Answer> {
	const started = performance.now();
	try {
		const response = await request(prepared.url, {
			method: prepared.body === undefined ? "GET" : "POST",
			headers: prepared.headers,
			body: prepared.body,
			dispatcher,
		});
		await response.body.arrayBuffer();
		return { status: response.statusCode, latencyMs: performance.now() - started };
	} catch (error) {
		const code = (error as { code?: string }).code;
		return { status: 0, latencyMs: performance.now() - started, error: code ?? String(error) };
	}
}

/**
 * Sends every request; in `new` mode `concurrency` of them in flight at most (all of them by
 * default), each on a new connection; in `keep-alive` mode as many in flight as connections.
 */
export async function fire(
	requests: PreparedRequest[],
	concurrency = requests.length,
	mode: LoadMode = { kind: "new" },
): Promise<LoadResult> {
	const dispatcher =
		mode.kind === "new"
			? newConnections
			: new Agent({ connections: mode.connections, pipelining: 1, connect: { timeout: 90_000 } });
	if (mode.kind === "keep-alive") concurrency = mode.connections;
	const answers: Answer[] = new Array(requests.length);
	let next = 0;
	const worker = async () => {
		while (next < requests.length) {
			const index = next;
			next += 1;
			answers[index] = await send(requests[index] as PreparedRequest, dispatcher);
		}
	};
	const started = performance.now();
	await Promise.all(Array.from({ length: Math.max(1, Math.min(concurrency, requests.length)) }, worker));
	const durationMs = performance.now() - started;
	if (dispatcher !== newConnections) await dispatcher.close();
	return { answers, durationMs };
}

function percentile(sorted: number[], fraction: number): number {
	if (sorted.length === 0) return 0;
	return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)] ?? 0;
}

/** Throughput and latency percentiles of a load. */
export function summarise(result: LoadResult) {
	const latencies = result.answers.map((answer) => answer.latencyMs).sort((a, b) => a - b);
	return {
		requests: result.answers.length,
		durationS: result.durationMs / 1000,
		throughput: result.answers.length / (result.durationMs / 1000),
		p50: percentile(latencies, 0.5),
		p95: percentile(latencies, 0.95),
		p99: percentile(latencies, 0.99),
	};
}
export type LoadSummary = ReturnType<typeof summarise>;

export function formatSummary(name: string, summary: LoadSummary): string {
	const ms = (value: number) => `${value.toFixed(0)} ms`;
	return `${name.padEnd(10)} requests ${summary.requests}   duration ${summary.durationS.toFixed(2)} s   throughput ${summary.throughput.toFixed(0)} req/s   latency p50 ${ms(summary.p50)}  p95 ${ms(summary.p95)}  p99 ${ms(summary.p99)}`;
}
