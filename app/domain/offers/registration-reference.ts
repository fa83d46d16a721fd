/**
 * The reference printed on a registration's confirmation: the random tail of its identifier,
 * upper-case in two groups (`3F9A2-C81B0`), enough for staff to find it and for nobody to guess.
 */
export function registrationReference(registrationId: string): string {
	const tail = registrationId.replaceAll("-", "").slice(-10).toUpperCase();
	return `${tail.slice(0, 5)}-${tail.slice(5)}`;
}
