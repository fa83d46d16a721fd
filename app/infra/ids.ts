import { v7 } from "uuid";

/** A new random, time-ordered identifier (UUIDv7): safe to expose in URLs, never sequential. */
export function newId(): string {
	return v7();
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** True when a URL parameter has the shape of one of our identifiers. */
export function isId(value: string | undefined): value is string {
	return value !== undefined && uuidPattern.test(value);
}
