import { afterEach, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import { DEVICE_COOKIE } from "#app/domain/accounts/device-cookie.server.ts";
import { signIn } from "#app/domain/accounts/sign-in.server.ts";
import { signInThrottle } from "#app/domain/accounts/sign-in-throttle.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { now, pinClock } from "#app/infra/clock.ts";
import { createTestUser, type TestUser } from "#tests/factories.ts";

const db = () => getDb();
const attacker = "203.0.113.66";
const home = "198.51.100.20";

afterEach(() => pinClock(undefined));

type Outcome =
	| { kind: "signed-in"; deviceCookie: string }
	| { kind: "invalid" }
	| { kind: "limited"; retryAfter: number };

async function attempt(options: {
	identifier: string;
	password: string;
	ipAddress: string;
	cookie?: string;
}): Promise<Outcome> {
	try {
		const result = await signIn({
			db: db(),
			input: { identifier: options.identifier, password: options.password },
			language: "fr",
			ipAddress: options.ipAddress,
			headers: new Headers(options.cookie ? { cookie: options.cookie } : {}),
		});
		if (result.outcome !== "signed-in") throw new Error("unexpected outcome");
		const deviceCookie =
			result.headers
				.getSetCookie()
				.map((cookie) => cookie.split(";")[0] ?? "")
				.find((pair) => pair.startsWith(`${DEVICE_COOKIE}=`)) ?? "";
		return { kind: "signed-in", deviceCookie };
	} catch (error) {
		if (!(error instanceof AppError)) throw error;
		if (error.code === "RATE_LIMITED") return { kind: "limited", retryAfter: error.retryAfterSeconds ?? 0 };
		expect(error.fieldErrors).toEqual({ form: ["auth.signIn.invalid"] });
		return { kind: "invalid" };
	}
}

function advanceClock(seconds: number) {
	pinClock(new Date(now().getTime() + seconds * 1000).toISOString());
}

/** Guesses from one address, waiting out each delay, until that address is refused for the account. */
async function attack(user: TestUser): Promise<number> {
	let guesses = 0;
	for (let round = 0; round < 50; round++) {
		const outcome = await attempt({ identifier: user.email, password: `Guess-${round}-Xy!`, ipAddress: attacker });
		if (outcome.kind === "invalid") guesses++;
		if (outcome.kind === "limited") {
			if (outcome.retryAfter > signInThrottle.maxDelaySeconds) return guesses;
			advanceClock(outcome.retryAfter);
		}
	}
	throw new Error("the attacker was never stopped");
}

describe("sign-in throttling without lock-out", () => {
	it("slows and then stops an attacker's address, but never the owner's known device", async () => {
		pinClock("2026-11-30T10:00:00.000Z");
		const user = await createTestUser();
		const first = await attempt({ identifier: user.email, password: user.password, ipAddress: home });
		if (first.kind !== "signed-in") throw new Error("no first sign-in");
		expect(first.deviceCookie).not.toBe("");

		expect(await attack(user)).toBe(signInThrottle.pairFailures);
		// Right after the attack, the attacker's pair is refused for the rest of the window…
		expect(await attempt({ identifier: user.email, password: user.password, ipAddress: attacker })).toMatchObject({
			kind: "limited",
		});
		// …and the owner's browser signs in at once, from home or from anywhere.
		for (const ipAddress of [home, "192.0.2.200"]) {
			expect(
				await attempt({ identifier: user.email, password: user.password, ipAddress, cookie: first.deviceCookie }),
			).toMatchObject({ kind: "signed-in" });
		}
	});

	it("lets the owner in from another address after at most the progressive delay", async () => {
		pinClock("2026-11-30T10:00:00.000Z");
		const user = await createTestUser();
		await attack(user);
		const blocked = await attempt({ identifier: user.email, password: user.password, ipAddress: "192.0.2.201" });
		expect(blocked.kind).toBe("limited");
		const retryAfter = blocked.kind === "limited" ? blocked.retryAfter : 0;
		expect(retryAfter).toBeGreaterThan(0);
		expect(retryAfter).toBeLessThanOrEqual(signInThrottle.maxDelaySeconds);
		advanceClock(retryAfter);
		expect(await attempt({ identifier: user.email, password: user.password, ipAddress: "192.0.2.201" })).toMatchObject({
			kind: "signed-in",
		});
		// The attacker's pair stays refused: the owner's success does not free it.
		expect(await attempt({ identifier: user.email, password: "Guess-again-1!", ipAddress: attacker })).toMatchObject({
			kind: "limited",
		});
	});

	it("does not trust a forged device cookie or one made for another account", async () => {
		pinClock("2026-11-30T10:00:00.000Z");
		const user = await createTestUser();
		const other = await createTestUser();
		const otherDevice = await attempt({ identifier: other.email, password: other.password, ipAddress: home });
		if (otherDevice.kind !== "signed-in") throw new Error("no sign-in");
		await attack(user);
		const forged = `${DEVICE_COOKIE}=${user.id}:bm9uY2U:AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA`;
		for (const cookie of [forged, otherDevice.deviceCookie]) {
			expect(
				await attempt({ identifier: user.email, password: user.password, ipAddress: attacker, cookie }),
			).toMatchObject({
				kind: "limited",
			});
		}
	});

	it("lets 40 people sign in one after the other from one shared address", async () => {
		pinClock("2026-11-30T10:00:00.000Z");
		const townHall = "192.0.2.77";
		const people = await Promise.all(Array.from({ length: 40 }, () => createTestUser()));
		for (const [index, person] of people.entries()) {
			// A few typos along the way, as in any office.
			if (index % 10 === 0) {
				expect(
					await attempt({ identifier: person.username, password: "Typo-Password-1!", ipAddress: townHall }),
				).toMatchObject({ kind: "invalid" });
			}
			expect(
				await attempt({ identifier: person.username, password: person.password, ipAddress: townHall }),
			).toMatchObject({ kind: "signed-in" });
		}
	});
});
