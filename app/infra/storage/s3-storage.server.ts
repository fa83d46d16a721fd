import {
	DeleteObjectCommand,
	GetObjectCommand,
	HeadObjectCommand,
	ListObjectsV2Command,
	NoSuchKey,
	NotFound,
	PutObjectCommand,
	S3Client,
} from "@aws-sdk/client-s3";
import { assertStorageKey, bodyToBuffer, type FileBody, type FileStorage, type StoredObject } from "./file-storage.ts";

/** Where an S3-compatible bucket is and how to reach it (see README, Configuration). */
export type S3Settings = {
	bucket: string;
	region: string;
	/** Another S3-compatible service (MinIO, Ceph, a Belgian provider); AWS when undefined. */
	endpoint: string | undefined;
	/** Static credentials; undefined uses the SDK's default chain (environment, instance role). */
	credentials: { accessKeyId: string; secretAccessKey: string } | undefined;
	/** Path-style URLs (`endpoint/bucket/key`), which most non-AWS services need. */
	forcePathStyle: boolean;
	/** Prepended to every key, so one bucket can hold several installations (`ribambelle/`). */
	prefix: string;
};

/**
 * Largest body `put` buffers: PutObject needs the length before sending, and attachments are
 * bounded well below this (10 MB a file), so a stream is read into memory rather than sent as
 * a multipart upload.
 */
const MAX_PUT_BYTES = 64 * 1024 * 1024;

/** Files in an S3-compatible bucket. S3 writes are atomic per object: no temporary names needed. */
export function createS3Storage(settings: S3Settings, client = createS3Client(settings)): FileStorage {
	const { bucket, prefix } = settings;
	const objectKey = (key: string): string => {
		assertStorageKey(key);
		return `${prefix}${key}`;
	};

	async function put(key: string, body: FileBody): Promise<void> {
		const content = await bodyToBuffer(body, MAX_PUT_BYTES);
		await client.send(
			new PutObjectCommand({ Bucket: bucket, Key: objectKey(key), Body: content, ContentLength: content.length }),
		);
	}

	async function get(key: string): Promise<Buffer | undefined> {
		try {
			const answer = await client.send(new GetObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
			if (!answer.Body) return Buffer.alloc(0);
			return Buffer.from(await answer.Body.transformToByteArray());
		} catch (error) {
			if (isMissing(error)) return undefined;
			throw error;
		}
	}

	async function remove(key: string): Promise<void> {
		await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
	}

	async function exists(key: string): Promise<boolean> {
		try {
			await client.send(new HeadObjectCommand({ Bucket: bucket, Key: objectKey(key) }));
			return true;
		} catch (error) {
			if (isMissing(error)) return false;
			throw error;
		}
	}

	async function listOlderThan(cutoff: Date, keyPrefix = ""): Promise<StoredObject[]> {
		const found: StoredObject[] = [];
		let continuationToken: string | undefined;
		do {
			const page = await client.send(
				new ListObjectsV2Command({
					Bucket: bucket,
					Prefix: `${prefix}${keyPrefix}`,
					ContinuationToken: continuationToken,
				}),
			);
			for (const object of page.Contents ?? []) {
				if (!object.Key || !object.LastModified || object.LastModified >= cutoff) continue;
				found.push({ key: object.Key.slice(prefix.length), size: object.Size ?? 0, modifiedAt: object.LastModified });
			}
			continuationToken = page.IsTruncated ? page.NextContinuationToken : undefined;
		} while (continuationToken);
		return found.sort((a, b) => a.key.localeCompare(b.key));
	}

	return { put, get, delete: remove, exists, listOlderThan };
}

export function createS3Client(settings: S3Settings): S3Client {
	return new S3Client({
		region: settings.region,
		endpoint: settings.endpoint,
		credentials: settings.credentials,
		forcePathStyle: settings.forcePathStyle,
	});
}

function isMissing(error: unknown): boolean {
	if (error instanceof NoSuchKey || error instanceof NotFound) return true;
	const status = (error as { $metadata?: { httpStatusCode?: number } }).$metadata?.httpStatusCode;
	return status === 404;
}
