import net from "node:net";

/** What clamd said about a file. */
export type ScanVerdict = { clean: true } | { clean: false; signature: string };

const CHUNK_BYTES = 64 * 1024;

/**
 * Sends `content` to clamd with the INSTREAM command (clamd(8): a zINSTREAM, then chunks each
 * prefixed by its length as a 4-byte big-endian integer, then a zero length) and reads its
 * verdict. `socket` is a Unix socket path or `tcp://host:port`. Throws when clamd cannot be
 * reached or answers an error, so an unscanned file is never kept silently.
 */
export function scanWithClamd(socket: string, content: Buffer, timeoutMs = 30_000): Promise<ScanVerdict> {
	return new Promise((resolve, reject) => {
		const tcp = /^tcp:\/\/([^:/]+):(\d+)\/?$/.exec(socket);
		const connection = tcp
			? net.createConnection({ host: tcp[1], port: Number(tcp[2]) })
			: net.createConnection({ path: socket });
		const replies: Buffer[] = [];
		connection.setTimeout(timeoutMs, () => connection.destroy(new Error("clamd did not answer in time")));
		connection.on("error", reject);
		connection.on("data", (data) => replies.push(data));
		connection.on("end", () => {
			const reply = Buffer.concat(replies).toString("utf8").replace(/\0/g, "").trim();
			// "stream: OK", "stream: Eicar-Signature FOUND", "INSTREAM size limit exceeded. ERROR"
			if (/:\s*OK$/.test(reply)) return resolve({ clean: true });
			const found = /:\s*(.+) FOUND$/.exec(reply);
			if (found) return resolve({ clean: false, signature: found[1] ?? "unknown" });
			reject(new Error(`clamd answered ${JSON.stringify(reply)}`));
		});
		connection.on("connect", () => {
			connection.write("zINSTREAM\0");
			for (let offset = 0; offset < content.length; offset += CHUNK_BYTES) {
				const chunk = content.subarray(offset, offset + CHUNK_BYTES);
				const length = Buffer.alloc(4);
				length.writeUInt32BE(chunk.length);
				connection.write(length);
				connection.write(chunk);
			}
			connection.end(Buffer.alloc(4));
		});
	});
}
