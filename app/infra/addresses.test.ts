import { describe, expect, it } from "vitest";
import { isLoopbackAddress } from "./addresses.ts";

describe("isLoopbackAddress", () => {
	it.each(["127.0.0.1", "127.1.2.3", "::1", "::ffff:127.0.0.1"])("%s is this machine", (address) => {
		expect(isLoopbackAddress(address)).toBe(true);
	});
	it.each(["", "192.168.1.20", "10.0.0.1", "::ffff:192.0.2.1", "2001:db8::1", "127.0.0.1.evil"])(
		"%s is another machine",
		(address) => {
			expect(isLoopbackAddress(address)).toBe(false);
		},
	);
});
