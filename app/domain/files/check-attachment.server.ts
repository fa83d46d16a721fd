import { fileTypeFromBuffer } from "file-type";
import sharp, { type Sharp } from "sharp";
import { getLogger } from "#app/infra/logger.server.ts";
import { MAX_FILE_BYTES, MAX_IMAGE_SIDE } from "./attachment-limits.ts";
import { attachmentName } from "./attachment-name.ts";
import { scanWithClamd } from "./clamd.server.ts";
import { pdfHasActiveContent } from "./pdf-actions.ts";

/** The types a file may really be, by its content; the name and declared type count for nothing. */
export type AttachmentType = "image/jpeg" | "image/png" | "image/webp" | "application/pdf";

/** A file that passed every check, ready to store. */
export type CheckedAttachment = {
	/** Re-encoded for images (no metadata, bounded size), the bytes as sent for PDFs. */
	content: Buffer;
	mediaType: AttachmentType;
	/** Name to offer on download, with the extension of the real type. */
	name: string;
	/** Size of `content` in bytes. */
	size: number;
};

/**
 * Why a file is refused; each is a translation key under `messages.attachments` so the
 * sender reads what to do. `scanUnavailable` means clamd is configured but did not answer.
 */
export type AttachmentProblem =
	| "empty"
	| "tooLarge"
	| "typeRefused"
	| "heicUnsupported"
	| "imageUnreadable"
	| "pdfActive"
	| "infected"
	| "scanUnavailable";

export type AttachmentCheck = { ok: true; file: CheckedAttachment } | { ok: false; problem: AttachmentProblem };

const imageOutputs = {
	"image/jpeg": { extension: "jpg", encode: (image: Sharp) => image.jpeg({ quality: 85 }) },
	"image/png": { extension: "png", encode: (image: Sharp) => image.png() },
	"image/webp": { extension: "webp", encode: (image: Sharp) => image.webp({ quality: 85 }) },
} as const;

const heifTypes = new Set(["image/heic", "image/heif"]);

/**
 * Checks one uploaded file by its content: size (10 MB), real type from its magic bytes
 * (JPEG, PNG, WebP, HEIC, PDF), images decoded and re-encoded without metadata (the GPS
 * position of a phone photo) to at most 2560 px on their longest side, PDFs without
 * JavaScript or launch actions, then clamd when `clamdSocket` is set.
 *
 * HEIC photos are decoded when the image library can (sharp's prebuilt libvips reads only
 * AVIF-coded HEIF, not the HEVC of a phone's HEIC) and come out as JPEG; otherwise they are
 * refused with `heicUnsupported` (docs/decisions/032-file-storage.md).
 */
export async function checkAttachment(options: {
	/** The file's bytes as received. */
	content: Buffer;
	/** The name the sender's device gave it; used only for the download name. */
	originalName: string;
	/** clamd's socket, from CLAMD_SOCKET; undefined skips the virus scan. */
	clamdSocket?: string | undefined;
}): Promise<AttachmentCheck> {
	const { content, originalName, clamdSocket } = options;
	if (content.length === 0) return { ok: false, problem: "empty" };
	if (content.length > MAX_FILE_BYTES) return { ok: false, problem: "tooLarge" };

	const sniffed = await fileTypeFromBuffer(content);
	let checked: CheckedAttachment;
	if (sniffed?.mime === "application/pdf") {
		if (pdfHasActiveContent(content)) return { ok: false, problem: "pdfActive" };
		checked = {
			content,
			mediaType: "application/pdf",
			name: attachmentName(originalName, "pdf"),
			size: content.length,
		};
	} else if (sniffed && (sniffed.mime in imageOutputs || heifTypes.has(sniffed.mime))) {
		const target = sniffed.mime in imageOutputs ? (sniffed.mime as keyof typeof imageOutputs) : "image/jpeg";
		const output = imageOutputs[target];
		let image: Buffer;
		try {
			image = await reencode(content, output.encode);
		} catch {
			return { ok: false, problem: heifTypes.has(sniffed.mime) ? "heicUnsupported" : "imageUnreadable" };
		}
		checked = {
			content: image,
			mediaType: target,
			name: attachmentName(originalName, output.extension),
			size: image.length,
		};
	} else {
		return { ok: false, problem: "typeRefused" };
	}

	if (clamdSocket) {
		try {
			const verdict = await scanWithClamd(clamdSocket, content);
			if (!verdict.clean) {
				getLogger().warn({ signature: verdict.signature }, "clamd found a virus in an upload");
				return { ok: false, problem: "infected" };
			}
		} catch (error) {
			getLogger().error({ err: error }, "clamd could not scan an upload");
			return { ok: false, problem: "scanUnavailable" };
		}
	}
	return { ok: true, file: checked };
}

/**
 * Decodes and re-encodes an image. sharp drops EXIF, XMP and IPTC unless asked to keep them;
 * `rotate()` first applies the EXIF orientation so the photo stays upright once it is gone.
 */
async function reencode(content: Buffer, encode: (image: Sharp) => Sharp): Promise<Buffer> {
	const image = sharp(content, { failOn: "error", limitInputPixels: 100_000_000 })
		.rotate()
		.resize({ width: MAX_IMAGE_SIDE, height: MAX_IMAGE_SIDE, fit: "inside", withoutEnlargement: true });
	return encode(image).toBuffer();
}
