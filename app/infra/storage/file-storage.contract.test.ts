import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { Readable } from "node:stream";
import { CreateBucketCommand } from "@aws-sdk/client-s3";
import S3rver from "s3rver";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { assertStorageKey, type FileStorage } from "./file-storage.ts";
import { createLocalStorage } from "./local-storage.server.ts";
import { createS3Client, createS3Storage, type S3Settings } from "./s3-storage.server.ts";

/**
 * One contract, both implementations. The S3 run uses the endpoint given in the environment
 * (TEST_S3_ENDPOINT, TEST_S3_BUCKET, TEST_S3_ACCESS_KEY_ID, TEST_S3_SECRET_ACCESS_KEY, optional
 * TEST_S3_REGION) and otherwise starts s3rver on loopback with a temporary folder.
 */
function contract(name: string, open: () => Promise<{ storage: FileStorage; close: () => Promise<void> }>) {
	describe(`${name} file storage`, () => {
		let storage: FileStorage;
		let close: () => Promise<void>;
		// Each run writes under its own folder, so a shared bucket's other objects do not count.
		const run = `contract-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;

		beforeAll(async () => {
			({ storage, close } = await open());
		});
		afterAll(async () => {
			for (const object of await storage.listOlderThan(new Date(Date.now() + 60_000), `${run}/`)) {
				await storage.delete(object.key);
			}
			await close();
		});

		it("puts a buffer and gets it back", async () => {
			const key = `${run}/a/photo.jpg`;
			expect(await storage.exists(key)).toBe(false);
			await storage.put(key, Buffer.from("first"));
			expect(await storage.exists(key)).toBe(true);
			expect((await storage.get(key))?.toString()).toBe("first");
			await storage.put(key, Buffer.from("second"));
			expect((await storage.get(key))?.toString()).toBe("second");
		});

		it("puts a stream read to its end", async () => {
			const key = `${run}/b/scan.pdf`;
			const chunks = Array.from({ length: 40 }, (_, index) => Buffer.alloc(16 * 1024, index));
			await storage.put(key, Readable.from(chunks));
			expect((await storage.get(key))?.equals(Buffer.concat(chunks))).toBe(true);
		});

		it("answers undefined for a missing key and deletes idempotently", async () => {
			const key = `${run}/c/gone`;
			expect(await storage.get(key)).toBeUndefined();
			await storage.put(key, Buffer.from("x"));
			await storage.delete(key);
			await storage.delete(key);
			expect(await storage.exists(key)).toBe(false);
			expect(await storage.get(key)).toBeUndefined();
		});

		it("lists the objects written before a cutoff, under a prefix", async () => {
			await storage.put(`${run}/d/one`, Buffer.from("1"));
			await storage.put(`${run}/d/two`, Buffer.from("22"));
			await storage.put(`${run}/e/other`, Buffer.from("3"));
			const later = new Date(Date.now() + 60_000);
			const listed = await storage.listOlderThan(later, `${run}/d/`);
			expect(listed.map(({ key, size }) => ({ key, size }))).toEqual([
				{ key: `${run}/d/one`, size: 1 },
				{ key: `${run}/d/two`, size: 2 },
			]);
			expect(listed[0]?.modifiedAt).toBeInstanceOf(Date);
			expect(await storage.listOlderThan(new Date(Date.now() - 3_600_000), `${run}/d/`)).toEqual([]);
		});

		it("refuses keys that could escape or mean two things", async () => {
			for (const key of ["../etc/passwd", "a/../b", "/abs", "a//b", ".hidden", "UPPER", "a b", ""]) {
				await expect(storage.put(key, Buffer.from("x"))).rejects.toThrow(/invalid storage key/);
			}
		});
	});
}

contract("local", async () => {
	const root = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-files-"));
	return { storage: createLocalStorage(root), close: async () => fs.rmSync(root, { recursive: true, force: true }) };
});

contract("S3", async () => {
	const given = process.env.TEST_S3_ENDPOINT;
	if (given) {
		const settings: S3Settings = {
			bucket: process.env.TEST_S3_BUCKET ?? "ribambelle-test",
			region: process.env.TEST_S3_REGION ?? "us-east-1",
			endpoint: given,
			credentials:
				process.env.TEST_S3_ACCESS_KEY_ID && process.env.TEST_S3_SECRET_ACCESS_KEY
					? { accessKeyId: process.env.TEST_S3_ACCESS_KEY_ID, secretAccessKey: process.env.TEST_S3_SECRET_ACCESS_KEY }
					: undefined,
			forcePathStyle: true,
			prefix: "",
		};
		return { storage: createS3Storage(settings), close: async () => {} };
	}
	const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ribambelle-s3rver-"));
	const server = new S3rver({ address: "127.0.0.1", port: 0, silent: true, directory });
	const address = await server.run();
	const settings: S3Settings = {
		bucket: "ribambelle-test",
		region: "us-east-1",
		endpoint: `http://127.0.0.1:${address.port}`,
		credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
		forcePathStyle: true,
		prefix: "install/",
	};
	const client = createS3Client(settings);
	await client.send(new CreateBucketCommand({ Bucket: settings.bucket }));
	return {
		storage: createS3Storage(settings, client),
		close: async () => {
			client.destroy();
			await server.close();
			fs.rmSync(directory, { recursive: true, force: true });
		},
	};
});

describe("storage keys", () => {
	it("accepts the shapes the application writes", () => {
		expect(() => assertStorageKey("messages/0192f5c4-aaaa/0192f5c4-bbbb.jpg")).not.toThrow();
	});
});
