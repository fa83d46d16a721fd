import { randomInt } from "node:crypto";
import { CHILD_CODE_ALPHABET, CHILD_CODE_LENGTH } from "./child-code.ts";

/**
 * A new child link code in its normalized form (10 characters, no dash), as stored and compared;
 * show it with `formatChildCode`. 31 symbols over 10 positions make about 49 bits from a CSPRNG:
 * hopeless to guess as long as attempts are rate-limited.
 */
export function generateChildCode(): string {
	let code = "";
	for (let position = 0; position < CHILD_CODE_LENGTH; position++) {
		code += CHILD_CODE_ALPHABET[randomInt(CHILD_CODE_ALPHABET.length)];
	}
	return code;
}
