/** What a list says when it has nothing to show. */
export function EmptyNote({ children, className = "" }: { children: React.ReactNode; className?: string }) {
	return (
		<p className={`rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700 ${className}`}>
			{children}
		</p>
	);
}
