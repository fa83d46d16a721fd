import { constants, inflateSync } from "node:zlib";

/**
 * PDF names that make a viewer run code or open something: JavaScript actions, and launch
 * actions that start a program or open a file (ISO 32000-1 §12.6.4.5 Launch, §12.6.4.16
 * JavaScript). Named JavaScript in the catalogue's /Names tree is keyed /JavaScript too.
 */
const ACTIVE_NAMES = new Set(["JS", "JavaScript", "Launch"]);

/** A PDF name token: `/` then regular characters (§7.3.5); `#xx` escapes are decoded below. */
const namePattern = /\/([^\s/<>[\](){}%]+)/g;

function decodeName(raw: string): string {
	return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}

function hasActiveName(text: string): boolean {
	for (const match of text.matchAll(namePattern)) {
		if (ACTIVE_NAMES.has(decodeName(match[1] ?? ""))) return true;
	}
	return false;
}

const streamPattern = /stream\r?\n/g;

/**
 * True when a PDF carries JavaScript or a launch action, in its plain objects or inside
 * Flate-compressed streams (object streams hide dictionaries there since PDF 1.5).
 *
 * Limits, by design of a check that does not render the file: streams under another filter
 * (LZW, ASCII85, a chain of filters) are not decoded, and a PDF encrypted with a password is
 * not decrypted; such a file passes this check unless its plain parts already show an action.
 * Content that a viewer could only reach through those paths is what the antivirus is for.
 */
export function pdfHasActiveContent(content: Buffer): boolean {
	const text = content.toString("latin1");
	if (hasActiveName(text)) return true;
	for (const match of text.matchAll(streamPattern)) {
		const start = (match.index ?? 0) + match[0].length;
		const end = text.indexOf("endstream", start);
		if (end === -1) break;
		const inflated = tryInflate(content.subarray(start, end));
		if (inflated && hasActiveName(inflated.toString("latin1"))) return true;
	}
	return false;
}

function tryInflate(data: Buffer): Buffer | undefined {
	try {
		// Bounded: a zip bomb inside a PDF must not take the server's memory.
		return inflateSync(data, { maxOutputLength: 64 * 1024 * 1024, finishFlush: constants.Z_SYNC_FLUSH });
	} catch {
		return undefined;
	}
}
