import { randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import { assertStorageKey, type FileBody, type FileStorage, type StoredObject } from "./file-storage.ts";

const TEMPORARY_SUFFIX = ".partial";

/**
 * Files in a folder (`DATA_DIR/files` by default): one file per key, the key's slashes as
 * sub-folders. Writes go to a temporary name beside the target and are renamed into place,
 * so a reader never sees half a file; a crash leaves only a `*.partial` file, which the
 * listing reports so the periodic clean-up removes it.
 */
export function createLocalStorage(root: string): FileStorage {
	const resolve = (key: string): string => {
		assertStorageKey(key);
		return path.join(root, ...key.split("/"));
	};

	async function put(key: string, body: FileBody): Promise<void> {
		const target = resolve(key);
		await fs.mkdir(path.dirname(target), { recursive: true });
		const temporary = `${target}.${randomBytes(6).toString("hex")}${TEMPORARY_SUFFIX}`;
		try {
			const source = body instanceof Readable ? body : Readable.from([body]);
			await pipeline(source, createWriteStream(temporary, { flags: "wx", mode: 0o600 }));
			await fs.rename(temporary, target);
		} catch (error) {
			await fs.rm(temporary, { force: true });
			throw error;
		}
	}

	async function get(key: string): Promise<Buffer | undefined> {
		try {
			return await fs.readFile(resolve(key));
		} catch (error) {
			if (isMissing(error)) return undefined;
			throw error;
		}
	}

	async function remove(key: string): Promise<void> {
		await fs.rm(resolve(key), { force: true });
	}

	async function exists(key: string): Promise<boolean> {
		try {
			return (await fs.stat(resolve(key))).isFile();
		} catch (error) {
			if (isMissing(error)) return false;
			throw error;
		}
	}

	async function listOlderThan(cutoff: Date, prefix = ""): Promise<StoredObject[]> {
		const found: StoredObject[] = [];
		let entries: string[];
		try {
			entries = await fs.readdir(root, { recursive: true });
		} catch (error) {
			if (isMissing(error)) return found;
			throw error;
		}
		for (const entry of entries) {
			const key = entry.split(path.sep).join("/");
			if (!key.startsWith(prefix)) continue;
			const stat = await fs.stat(path.join(root, entry)).catch(() => undefined);
			if (!stat?.isFile() || stat.mtime >= cutoff) continue;
			found.push({ key, size: stat.size, modifiedAt: stat.mtime });
		}
		return found.sort((a, b) => a.key.localeCompare(b.key));
	}

	return { put, get, delete: remove, exists, listOlderThan };
}

function isMissing(error: unknown): boolean {
	return (error as NodeJS.ErrnoException).code === "ENOENT";
}
