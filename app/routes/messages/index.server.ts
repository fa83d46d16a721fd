import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { pageFrom } from "#app/domain/list-page.ts";
import { listThreads } from "#app/domain/messaging/messaging.repository.server.ts";
import { documentUrl } from "#app/server/document-url.ts";
import type { Route } from "./+types/index";

/** « Messages »: the threads about the parent's children, received and sent, newest first. */
export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const page = pageFrom(documentUrl(request).searchParams);
	const { threads, hasNext } = await listThreads(getDb(), { kind: "guardian", userId: viewer.userId }, { page });
	return { threads, page, hasNext };
}
