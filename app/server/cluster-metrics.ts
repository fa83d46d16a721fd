/**
 * Metrics across worker processes (docs/decisions/025-worker-processes.md). Each worker counts
 * its own requests in its prom-client registry; a scrape reaches one worker, which asks the
 * primary; the primary asks every worker that listens for its registry (as JSON) over the
 * cluster channel and answers their sum (prom-client's `AggregatorRegistry.aggregate`).
 */
import cluster, { type Worker } from "node:cluster";
import { AggregatorRegistry, type Registry } from "prom-client";

/** One registry as `registry.getMetricsAsJSON()` gives it. */
type RegistryJson = Awaited<ReturnType<Registry["getMetricsAsJSON"]>>;

/** A worker asks the primary for the metrics of all workers. */
export const METRICS_REQUEST = "ribambelle:metrics-request";
/** The primary's answer to that worker: Prometheus text, or `error`. */
export const METRICS_ANSWER = "ribambelle:metrics-answer";
/** The primary asks a worker for its own registry. */
const REGISTRY_REQUEST = "ribambelle:registry-request";
/** A worker's own registry, as prom-client JSON. */
const REGISTRY_ANSWER = "ribambelle:registry-answer";

/** How long the primary waits for a worker's registry. */
const GATHER_TIMEOUT_MS = 5_000;

type Message = { type?: string; id?: string; text?: string; error?: string; metrics?: RegistryJson };

/** In a worker, answers the primary's requests for this registry. */
export function shareRegistryWithPrimary(registry: Registry): void {
	if (!cluster.isWorker) return;
	process.on("message", async (message: Message) => {
		if (message?.type !== REGISTRY_REQUEST) return;
		process.send?.({ type: REGISTRY_ANSWER, id: message.id, metrics: await registry.getMetricsAsJSON() });
	});
}

/**
 * The metrics to answer a scrape with: every worker's, summed by the primary, when this
 * process is a worker; this process's own registry otherwise. Rejects when the primary could
 * not gather them.
 */
export function scrapeMetrics(registry: Registry): Promise<string> {
	if (!cluster.isWorker || !process.send) return registry.metrics();
	const id = `${process.pid}-${Date.now()}-${Math.random()}`;
	return new Promise((resolve, reject) => {
		const onMessage = (message: Message) => {
			if (message?.type !== METRICS_ANSWER || message.id !== id) return;
			process.off("message", onMessage);
			if (message.error) reject(new Error(message.error));
			else resolve(message.text ?? "");
		};
		process.on("message", onMessage);
		process.send?.({ type: METRICS_REQUEST, id });
	});
}

/**
 * In the primary: the sum of the registries of `workers` (those that listen; a worker still
 * starting has no registry yet), in Prometheus text format.
 */
export async function gatherWorkerMetrics(workers: Worker[]): Promise<string> {
	const id = `${Date.now()}-${Math.random()}`;
	const registries = await Promise.all(
		workers.map(
			(worker) =>
				new Promise<RegistryJson>((resolve, reject) => {
					const timer = setTimeout(() => {
						worker.off("message", onMessage);
						reject(new Error(`worker ${worker.process.pid} did not send its metrics`));
					}, GATHER_TIMEOUT_MS);
					const onMessage = (message: Message) => {
						if (message?.type !== REGISTRY_ANSWER || message.id !== id) return;
						clearTimeout(timer);
						worker.off("message", onMessage);
						resolve(message.metrics ?? []);
					};
					worker.on("message", onMessage);
					worker.send({ type: REGISTRY_REQUEST, id });
				}),
		),
	);
	return AggregatorRegistry.aggregate(registries).metrics();
}
