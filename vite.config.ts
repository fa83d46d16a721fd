import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig({
	// The server bundle's entry is our Express application, which imports the React Router
	// build itself; server.ts loads it (see docs/decisions/001-server-layout.md).
	environments: {
		ssr: {
			build: {
				rollupOptions: {
					input: "./app/server/app.server.ts",
					// Pages import their form schemas dynamically so that the browser loads zod on
					// demand (decision 042); the server's actions import the same schemas statically,
					// which is what it should do. Only the browser's build says when a split fails.
					onLog(level, log, handler) {
						if (log.code === "INEFFECTIVE_DYNAMIC_IMPORT") return;
						handler(level, log);
					},
				},
			},
		},
	},
	plugins: [tailwindcss(), reactRouter()],
});
