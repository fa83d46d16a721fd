/**
 * CPU time of another process, read from /proc/<pid>/stat (Linux): user + system time in
 * milliseconds. Steady on a noisy machine where wall time is not, so benchmarks report the
 * server's CPU milliseconds per request next to throughput.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

/** Clock ticks per second (`getconf CLK_TCK`, 100 on Linux). */
const ticksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim()) || 100;

/** CPU milliseconds the process has used so far (fields 14 and 15 of /proc/<pid>/stat). */
export function processCpuMs(pid: number): number {
	const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
	// The command name (field 2) may contain spaces: count fields after its closing parenthesis.
	const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
	const userTicks = Number(fields[11]);
	const systemTicks = Number(fields[12]);
	return ((userTicks + systemTicks) * 1000) / ticksPerSecond;
}

/**
 * CPU milliseconds used so far by a process and its living children (a server's primary and
 * its worker processes): the sum over every /proc entry whose parent is `pid`, plus `pid`.
 * Children must outlive the measurement (read before they exit).
 */
export function processTreeCpuMs(pid: number): number {
	let total = processCpuMs(pid);
	for (const entry of fs.readdirSync("/proc")) {
		if (!/^\d+$/.test(entry)) continue;
		try {
			const stat = fs.readFileSync(`/proc/${entry}/stat`, "utf8");
			const parent = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
			if (parent === pid) total += processCpuMs(Number(entry));
		} catch {
			// the process ended while the list was read
		}
	}
	return total;
}
