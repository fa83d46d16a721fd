import { reactRouter } from "@react-router/dev/vite";
import tailwindcss from "@tailwindcss/vite";
import { defineConfig } from "vite";

export default defineConfig({
	// The server bundle's entry is our Express application, which imports the React Router
	// build itself; server.ts loads it (see docs/decisions/001-server-layout.md).
	environments: {
		ssr: { build: { rollupOptions: { input: "./app/server/app.server.ts" } } },
	},
	plugins: [tailwindcss(), reactRouter()],
});
