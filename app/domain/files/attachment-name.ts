/**
 * The name a file is offered under when downloaded: the sender's base name without folders,
 * control or quoting characters, at most 100 characters, with the extension of what the file
 * really is (a photo sent as `scan.pdf` that is a JPEG comes back as `scan.jpg`).
 */
export function attachmentName(originalName: string, extension: string): string {
	const base = (originalName.split(/[\\/]/).pop() ?? "")
		.normalize("NFC")
		.replace(/[\p{Cc}\p{Cf}"*:<>?|]/gu, "")
		.replace(/\.[^.]*$/, "")
		.trim()
		.slice(0, 100)
		.trim();
	return `${base || "file"}.${extension}`;
}
