import { Counter, collectDefaultMetrics, Histogram, Registry } from "prom-client";
import { shareRegistryWithPrimary } from "./cluster-metrics.ts";

/** Prometheus metrics of one server process, on a registry of its own. */
export function createMetrics() {
	const registry = new Registry();
	collectDefaultMetrics({ register: registry });
	const requestDuration = new Histogram({
		name: "http_request_duration_seconds",
		help: "Duration of HTTP requests by method, route pattern and status code",
		labelNames: ["method", "route", "status"] as const,
		buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
		registers: [registry],
	});
	const errors = new Counter({
		name: "http_errors_total",
		help: "Responses with a 5xx status and errors that reached the error handler, by route pattern",
		labelNames: ["route", "status"] as const,
		registers: [registry],
	});
	shareRegistryWithPrimary(registry);
	return { registry, requestDuration, errors };
}

export type Metrics = ReturnType<typeof createMetrics>;
