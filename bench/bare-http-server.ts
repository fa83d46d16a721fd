/**
 * The baseline: a bare node:http server answering a static HTML page of the same size as
 * the measured one. Prints its port on stdout. Not part of the application.
 */
import http from "node:http";

const bytes = Number(process.argv[2] ?? "10000");
const page = `<!doctype html><html lang="fr"><body>${"x".repeat(Math.max(0, bytes - 50))}</body></html>`;
const server = http.createServer((_request, response) => {
	response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
	response.end(page);
});
server.listen(0, "127.0.0.1", () => {
	const address = server.address();
	console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
