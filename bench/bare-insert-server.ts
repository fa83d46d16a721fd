/**
 * The rush's baseline: a bare node:http server that reads each POST body and inserts one row
 * into SQLite (better-sqlite3, WAL, synchronous=NORMAL like the application), then answers.
 * Prints its port on stdout. Not part of the application.
 */
import { randomUUID } from "node:crypto";
import http from "node:http";
import SQLite from "better-sqlite3";

const file = process.argv[2];
if (!file) throw new Error("usage: bare-insert-server.ts <sqlite file>");
const database = new SQLite(file);
database.pragma("journal_mode = WAL");
database.pragma("synchronous = NORMAL");
database.exec(
	"CREATE TABLE IF NOT EXISTS requests (id TEXT PRIMARY KEY, body TEXT NOT NULL, created_at TEXT NOT NULL)",
);
const insert = database.prepare("INSERT INTO requests (id, body, created_at) VALUES (?, ?, ?)");

const server = http.createServer((request, response) => {
	const chunks: Buffer[] = [];
	request.on("data", (chunk: Buffer) => chunks.push(chunk));
	request.on("end", () => {
		insert.run(randomUUID(), Buffer.concat(chunks).toString(), new Date().toISOString());
		response.writeHead(201, { "Content-Type": "text/plain; charset=utf-8" });
		response.end("ok");
	});
});
server.listen(0, "127.0.0.1", () => {
	const address = server.address();
	console.log(JSON.stringify({ port: typeof address === "object" && address ? address.port : 0 }));
});
process.on("SIGTERM", () => {
	server.close(() => {
		database.close();
		process.exit(0);
	});
	server.closeAllConnections();
});
