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
