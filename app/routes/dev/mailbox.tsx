import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import type { Route } from "./+types/mailbox";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["devMailbox"] };

export { loader } from "./mailbox.server.ts";

/** The text with its web addresses turned into links (the mails' buttons, in plain text). */
function Linkified({ text }: { text: string }) {
	// split() with a capturing group keeps the URLs at the odd positions.
	const parts = text.split(/(https?:\/\/[^\s<>"]+)/g);
	return parts.map((part, index) =>
		index % 2 === 1 ? (
			// biome-ignore lint/suspicious/noArrayIndexKey: the parts of one text never move
			<a key={index} href={part} className="break-all text-brand-700 underline">
				{part}
			</a>
		) : (
			part
		),
	);
}

export default function DevMailbox({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { messages } = loaderData;
	return (
		<>
			<title>{`${t("devMailbox.title")} · Ribambelle`}</title>
			<PageHeader title={t("devMailbox.title")} lead={t("devMailbox.lead")} />
			{messages.length === 0 ? (
				<p className="text-stone-700">{t("devMailbox.empty")}</p>
			) : (
				<ol className="space-y-4">
					{messages.map((message) => (
						<li key={message.id}>
							<article aria-labelledby={`mail-${message.id}`} className="panel p-5 shadow-sm">
								<h2 id={`mail-${message.id}`} className="text-lg font-semibold text-brand-800">
									{message.subject}
								</h2>
								<dl className="mt-1 grid grid-cols-[auto_1fr] gap-x-3 text-sm text-stone-700">
									<dt className="font-medium">{t("devMailbox.to")}</dt>
									<dd>{message.to}</dd>
									<dt className="font-medium">{t("devMailbox.receivedAt")}</dt>
									<dd>
										<time dateTime={message.receivedAt}>{message.receivedAtLabel}</time>
									</dd>
								</dl>
								<pre className="mt-3 overflow-x-auto whitespace-pre-wrap break-words rounded-md bg-stone-50 p-3 font-sans text-sm">
									<Linkified text={message.text} />
								</pre>
							</article>
						</li>
					))}
				</ol>
			)}
		</>
	);
}
