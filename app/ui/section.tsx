import { useId } from "react";

/** A titled panel of a page. */
export function Section({
	title,
	children,
	className = "",
	actions,
}: {
	title: string;
	children: React.ReactNode;
	className?: string;
	actions?: React.ReactNode;
}) {
	const headingId = useId();
	return (
		<section aria-labelledby={headingId} className={`panel p-5 shadow-sm ${className}`}>
			<div className="mb-4 flex flex-wrap items-center justify-between gap-2">
				<h2 id={headingId} className="panel-title">
					{title}
				</h2>
				{actions}
			</div>
			{children}
		</section>
	);
}
