/** The centred card the sign-in, sign-up and password pages share. */
export function AuthCard({
	title,
	lead,
	children,
	wide,
}: {
	title: string;
	lead?: string;
	children: React.ReactNode;
	wide?: boolean;
}) {
	return (
		<div className={`mx-auto ${wide ? "max-w-4xl" : "max-w-lg"}`}>
			<div className="rounded-xl border border-stone-200 bg-white p-5 shadow-sm sm:p-8">
				<h1 className="text-2xl font-bold tracking-tight text-stone-900">{title}</h1>
				{lead ? <p className="mt-1 text-stone-700">{lead}</p> : null}
				<div className="mt-6">{children}</div>
			</div>
		</div>
	);
}
