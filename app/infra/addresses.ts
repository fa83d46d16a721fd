/** Whether a client address is this machine: 127.0.0.0/8 or ::1, also IPv4-mapped (`::ffff:127.0.0.1`). */
export function isLoopbackAddress(address: string): boolean {
	const plain = address.toLowerCase().replace(/^::ffff:/, "");
	return plain === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(plain);
}
