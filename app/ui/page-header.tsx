/** The title block of a page: one h1, an optional lead paragraph and actions. */
export function PageHeader({ title, lead, actions }: { title: string; lead?: string; actions?: React.ReactNode }) {
	return (
		<div className="mb-6 flex flex-wrap items-end justify-between gap-4">
			<div className="max-w-3xl">
				<h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{title}</h1>
				{lead ? <p className="mt-2 text-stone-700">{lead}</p> : null}
			</div>
			{actions ? <div className="flex flex-wrap gap-2">{actions}</div> : null}
		</div>
	);
}
