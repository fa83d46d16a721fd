import { Link } from "react-router";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";

export type ThreadSummary = {
	id: string;
	subject: string;
	child_first_name: string;
	child_last_name: string;
	house_name: string;
	last_message_at: string;
	unread: boolean;
	done_at?: string | null;
};

/** A list of threads, newest activity first, unread ones in bold with « Non lu ». */
export function ThreadList({ threads, base }: { threads: ThreadSummary[]; base: string }) {
	const { t, language } = useT();
	return (
		<ul className="divide-y divide-stone-200 overflow-hidden panel shadow-sm">
			{threads.map((thread) => (
				<li key={thread.id}>
					<Link
						to={`${base}/${thread.id}`}
						className="flex min-h-11 flex-col gap-1 px-4 py-3 hover:bg-stone-50 sm:flex-row sm:items-center sm:justify-between"
					>
						<span className="min-w-0">
							<span className={`block truncate ${thread.unread ? "font-bold text-stone-900" : "text-stone-800"}`}>
								{thread.unread ? (
									<span className="mr-2 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-brand-900">
										{t("messages.list.unread")}
									</span>
								) : null}
								{thread.subject}
							</span>
							<span className="block text-sm text-stone-700">
								{t("messages.list.about", {
									child: `${thread.child_first_name} ${thread.child_last_name}`.trim(),
									house: thread.house_name,
								})}
							</span>
						</span>
						<time dateTime={thread.last_message_at} className="shrink-0 text-sm text-stone-700">
							{formatDateTime(thread.last_message_at, language)}
						</time>
					</Link>
				</li>
			))}
		</ul>
	);
}
