// `npm start`: runs the compiled server (build/server.js), or says in one line what to do first.
// Plain JavaScript on purpose: production runs no TypeScript loader.
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const required = ["build/server.js", "build/server/index.js", "build/client"];
if (required.some((file) => !fs.existsSync(path.join(root, file)))) {
	console.error("No build found in build/: run `npm run build` first (or `npm run dev` to develop).");
	process.exit(1);
}
await import(path.join(root, "build/server.js"));
