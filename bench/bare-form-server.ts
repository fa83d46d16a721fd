/**
 * The baseline for hostile forms: a bare node:http server that reads the whole body, parses
 * it as a URL-encoded form (the least any server must do to receive a form) and answers 400.
 * Prints its port on stdout. Not part of the application.
 */
import http from "node:http";

const server = http.createServer((request, response) => {
	const chunks: Buffer[] = [];
	request.on("data", (chunk: Buffer) => chunks.push(chunk));
	request.on("end", () => {
		const fields = new URLSearchParams(Buffer.concat(chunks).toString("utf8"));
		response.writeHead(400, { "Content-Type": "text/plain; charset=utf-8" });
		response.end(`${[...fields.keys()].length} fields refused`);
	});
});
server.listen(0, "127.0.0.1", () => {
	const address = server.address();
	console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
