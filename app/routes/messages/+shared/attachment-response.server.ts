import { data } from "react-router";
import { getFileStorage } from "#app/infra/storage/storage.server.ts";

/**
 * A stored attachment as a download: `Content-Disposition: attachment` with its name (RFC 6266,
 * UTF-8 via RFC 5987), its sniffed type, `nosniff`, and `Cache-Control: no-store` so no shared
 * or browser cache keeps a family's file. The caller has checked the viewer's right. 404 when
 * the file is gone from the storage.
 */
export async function attachmentResponse(attachment: {
	storage_key: string;
	media_type: string;
	name: string;
}): Promise<Response> {
	const content = await getFileStorage().get(attachment.storage_key);
	if (!content) throw data(null, { status: 404 });
	const asciiName = attachment.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
	return new Response(new Uint8Array(content), {
		headers: {
			"Content-Type": attachment.media_type,
			"Content-Length": String(content.length),
			"Content-Disposition": `attachment; filename="${asciiName}"; filename*=UTF-8''${encodeURIComponent(attachment.name)}`,
			"Cache-Control": "no-store",
			"X-Content-Type-Options": "nosniff",
		},
	});
}
