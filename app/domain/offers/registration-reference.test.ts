import { expect, it } from "vitest";
import { registrationReference } from "./registration-reference.ts";

it("prints the random tail of the registration id in two groups of five", () => {
	expect(registrationReference("01a21b24-f5fd-74da-96b6-191d0e0501ea")).toBe("1D0E0-501EA");
});
