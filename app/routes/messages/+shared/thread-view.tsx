import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";

export type ThreadMessage = {
	id: string;
	author_user_id: string;
	author_side: "guardian" | "staff";
	internal: boolean;
	body: string;
	sent_at: string;
	author_name: string;
	attachments: { id: string; media_type: string; size_bytes: number; name: string }[];
};

function sizeLabel(bytes: number, language: string): string {
	const megabytes = bytes / (1024 * 1024);
	const format = new Intl.NumberFormat(language, { maximumFractionDigits: 1 });
	return megabytes >= 1
		? `${format.format(megabytes)} MB`
		: `${format.format(Math.max(1, Math.round(bytes / 1024)))} kB`;
}

/**
 * A thread's messages, oldest first: who wrote and when, the text, the files (downloaded
 * through `fileBase/<id>`), « Lu » under the family's messages that staff have read (parents'
 * view), and internal notes marked as such (staff view).
 */
export function ThreadMessages({
	messages,
	side,
	viewerUserId,
	readByStaffAt,
	fileBase,
	houseName,
}: {
	messages: ThreadMessage[];
	side: "guardian" | "staff";
	viewerUserId: string;
	readByStaffAt: string | null;
	fileBase: string;
	houseName: string;
}) {
	const { t, language } = useT();
	return (
		<ol className="space-y-4">
			{messages.map((message) => {
				const mine = message.author_user_id === viewerUserId;
				const fromFamily = message.author_side === "guardian";
				const author = mine
					? t("messages.thread.you")
					: side === "guardian" && !fromFamily
						? `${message.author_name} — ${houseName}`
						: message.author_name;
				const tone = message.internal
					? "border-amber-300 bg-amber-50"
					: fromFamily === (side === "guardian")
						? "border-brand-200 bg-brand-50"
						: "border-stone-200 bg-white";
				return (
					<li key={message.id} className={`rounded-lg border p-4 shadow-sm ${tone}`}>
						<p className="flex flex-wrap items-baseline justify-between gap-x-4 text-sm text-stone-700">
							<span className="font-semibold text-stone-900">
								{author}
								{message.internal ? ` · ${t("messages.thread.internal")}` : ""}
							</span>
							<time dateTime={message.sent_at}>{formatDateTime(message.sent_at, language)}</time>
						</p>
						<p className="mt-2 whitespace-pre-line break-words text-stone-900">{message.body}</p>
						{message.attachments.length > 0 ? (
							<ul className="mt-3 flex flex-wrap gap-2" aria-label={t("messages.thread.attachments")}>
								{message.attachments.map((attachment) => (
									<li key={attachment.id}>
										<a
											href={`${fileBase}/${attachment.id}`}
											className="inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 text-sm font-medium text-brand-800 underline"
										>
											{attachment.name} ({sizeLabel(attachment.size_bytes, language)})
										</a>
									</li>
								))}
							</ul>
						) : null}
						{side === "guardian" && fromFamily && readByStaffAt && readByStaffAt >= message.sent_at ? (
							<p className="mt-2 text-right text-sm font-semibold text-brand-800">✓ {t("messages.thread.read")}</p>
						) : null}
					</li>
				);
			})}
		</ol>
	);
}
