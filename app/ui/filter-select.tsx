/**
 * A labelled select of a GET filter form (lists of dossiers, audit, camps): its first choice,
 * empty, means « all ».
 */
export function FilterSelect({
	id,
	name,
	label,
	allLabel,
	value,
	options,
}: {
	id: string;
	name: string;
	label: string;
	allLabel: string;
	value: string | undefined;
	options: readonly { value: string; label: string }[];
}) {
	return (
		<div>
			<label htmlFor={id} className="text-sm font-semibold text-stone-800">
				{label}
			</label>
			<select id={id} name={name} defaultValue={value ?? ""} className="mt-1 field">
				<option value="">{allLabel}</option>
				{options.map((option) => (
					<option key={option.value} value={option.value}>
						{option.label}
					</option>
				))}
			</select>
		</div>
	);
}
