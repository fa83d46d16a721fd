/**
 * The pages whose forms carry files (message attachments, published documents): `/messages…`,
 * `/staff/:groupId/messages…` and `/staff/:groupId/documents/publish`, with React Router's
 * `.data` addresses. Their bodies may reach UPLOAD_BODY_LIMIT_BYTES instead of BODY_LIMIT_BYTES.
 */
export function acceptsUploads(path: string): boolean {
	return /^\/messages(\/|\.data$|$)|^\/staff\/[^/]+\/messages(\/|\.data$|$)|^\/staff\/[^/]+\/documents\/publish(\.data)?$/.test(
		path,
	);
}
