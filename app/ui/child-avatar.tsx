/** Soft colours that keep white initials readable (contrast ≥ 4.5:1). */
const palette = ["bg-brand-700", "bg-sky-800", "bg-violet-800", "bg-rose-800", "bg-amber-800", "bg-teal-800"];

/** A child's avatar: initials on a colour chosen from the child's id, so it never changes. */
export function ChildAvatar({
	id,
	firstName,
	lastName,
	label,
}: {
	id: string;
	firstName: string;
	lastName: string;
	label: string;
}) {
	const colour = palette[[...id].reduce((sum, char) => sum + char.charCodeAt(0), 0) % palette.length];
	const initials = `${firstName.charAt(0)}${lastName.charAt(0)}`.toUpperCase();
	return (
		<span
			role="img"
			aria-label={label}
			className={`inline-flex size-16 shrink-0 items-center justify-center rounded-full text-xl font-bold text-white ${colour}`}
		>
			{initials}
		</span>
	);
}
