/**
 * The pages whose forms carry files: message attachments (`/messages…` and
 * `/staff/:groupId/messages…`), published documents (`/staff/:groupId/documents/publish`) and a
 * child's document uploads (`/children/:childId/documents/uploads`), with React Router's `.data`
 * addresses. Their bodies may reach UPLOAD_BODY_LIMIT_BYTES instead of BODY_LIMIT_BYTES.
 */
export function acceptsUploads(path: string): boolean {
	return /^\/messages(\/|\.data$|$)|^\/staff\/[^/]+\/messages(\/|\.data$|$)|^\/staff\/[^/]+\/documents\/publish(\.data)?$|^\/children\/[^/]+\/documents\/uploads(\.data)?$/.test(
		path,
	);
}
