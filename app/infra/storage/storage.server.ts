import { type FileStorageConfig, getConfig } from "../config.server.ts";
import type { FileStorage } from "./file-storage.ts";
import { createLocalStorage } from "./local-storage.server.ts";
import { createS3Storage } from "./s3-storage.server.ts";

export function createFileStorage(config: FileStorageConfig): FileStorage {
	return config.kind === "s3" ? createS3Storage(config) : createLocalStorage(config.root);
}

let current: FileStorage | undefined;

/** The process-wide file storage, as configured (FILE_STORAGE, DATA_DIR, S3_*). */
export function getFileStorage(): FileStorage {
	current ??= createFileStorage(getConfig().fileStorage);
	return current;
}
