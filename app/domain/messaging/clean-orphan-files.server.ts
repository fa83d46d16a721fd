import type { Database } from "#app/db/db.server.ts";
import { existingDocumentKeys } from "#app/domain/documents/published-documents.repository.server.ts";
import { existingUploadKeys } from "#app/domain/documents/uploads.repository.server.ts";
import { now } from "#app/infra/clock.ts";
import type { FileStorage } from "#app/infra/storage/file-storage.ts";
import { existingStorageKeys } from "./messaging.repository.server.ts";

/** A file younger than this may belong to a send still in progress. */
export const ORPHAN_AGE_MS = 60 * 60 * 1000;

/** The storage folders of files sent by people, each with the rows that keep its files. */
const sweptFolders = [
	{ prefix: "messages/", existing: existingStorageKeys },
	{ prefix: "documents/", existing: existingDocumentKeys },
	{ prefix: "uploads/", existing: existingUploadKeys },
] as const;

/**
 * Deletes the files (message attachments, published documents, the parents' document uploads)
 * that no row points to and that are older than an hour: what a crash between writing a file
 * and committing its rows
 * left behind, and the storage's `*.partial` leftovers. Returns the keys deleted.
 */
export async function cleanOrphanFiles(options: { db: Database; storage: FileStorage }): Promise<string[]> {
	const { db, storage } = options;
	const cutoff = new Date(now().getTime() - ORPHAN_AGE_MS);
	const deleted: string[] = [];
	for (const folder of sweptFolders) {
		const old = await storage.listOlderThan(cutoff, folder.prefix);
		for (let start = 0; start < old.length; start += 200) {
			const keys = old.slice(start, start + 200).map((object) => object.key);
			const kept = await folder.existing(db, keys);
			for (const key of keys) {
				if (kept.has(key)) continue;
				await storage.delete(key);
				deleted.push(key);
			}
		}
	}
	return deleted;
}
