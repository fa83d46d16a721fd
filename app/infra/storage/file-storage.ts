import type { Readable } from "node:stream";

/** One stored object as a listing returns it. */
export type StoredObject = {
	key: string;
	/** Size in bytes. */
	size: number;
	/** When the object was last written (UTC). */
	modifiedAt: Date;
};

/** What `put` accepts: the whole content, or a stream read to its end. */
export type FileBody = Buffer | Uint8Array | Readable;

/**
 * Where files live (attachments, uploads, generated documents): a local folder by default, an
 * S3-compatible bucket in production. Keys are opaque paths chosen by the caller
 * (`messages/<id>`); nothing here knows who may read a file, which is the routes' business.
 */
export type FileStorage = {
	/** Stores `body` under `key`, replacing any object there. A half-written object is never visible. */
	put(key: string, body: FileBody): Promise<void>;
	/** The object's content, or undefined when there is none under `key`. */
	get(key: string): Promise<Buffer | undefined>;
	/** Removes the object; removing a missing object is not an error. */
	delete(key: string): Promise<void>;
	exists(key: string): Promise<boolean>;
	/** Every object (under `prefix` when given) last written strictly before `cutoff`. */
	listOlderThan(cutoff: Date, prefix?: string): Promise<StoredObject[]>;
};

const keyPattern = /^[a-z0-9][a-z0-9_-]*(\/[a-z0-9][a-z0-9._-]*)*$/;

/**
 * Throws unless `key` is a safe storage key: lower-case segments of letters, digits, `.`, `_`
 * and `-` separated by `/`, none starting with a dot (so no `..`, no hidden files), at most
 * 512 characters. Keeps a key from escaping the local folder or meaning two things on S3.
 */
export function assertStorageKey(key: string): void {
	if (key.length > 512 || !keyPattern.test(key)) throw new Error(`invalid storage key ${JSON.stringify(key)}`);
}

/** Reads a body to one buffer, refusing more than `maxBytes`. */
export async function bodyToBuffer(body: FileBody, maxBytes = Number.POSITIVE_INFINITY): Promise<Buffer> {
	if (Buffer.isBuffer(body)) return body;
	if (body instanceof Uint8Array) return Buffer.from(body.buffer, body.byteOffset, body.byteLength);
	const chunks: Buffer[] = [];
	let total = 0;
	for await (const chunk of body) {
		const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk);
		total += buffer.length;
		if (total > maxBytes) {
			body.destroy();
			throw new Error(`file larger than ${maxBytes} bytes`);
		}
		chunks.push(buffer);
	}
	return Buffer.concat(chunks);
}
