/** The form's fields as typed (text only), for use cases that validate what people typed. */
export function typedValues(formData: FormData): Record<string, string> {
	const values: Record<string, string> = {};
	for (const [name, value] of formData) if (typeof value === "string" && !(name in values)) values[name] = value;
	return values;
}
