/**
 * Registration opening with several processes: see tests/e2e/support/scale-out.ts.
 */
import { scaleOutScenario } from "./support/scale-out.ts";

scaleOutScenario("one server, two worker processes, SQLite", { postgres: false, servers: 1, workersPerServer: 2 });
