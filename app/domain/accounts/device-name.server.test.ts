import { describe, expect, it } from "vitest";
import { deviceName } from "./device-name.server.ts";

describe("deviceName", () => {
	it.each([
		["Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0", "Firefox", "Android"],
		[
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
			"Safari",
			"iPhone",
		],
		[
			"Mozilla/5.0 (iPad; CPU OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.6 Mobile/15E148 Safari/604.1",
			"Safari",
			"iPad",
		],
		[
			"Mozilla/5.0 (iPhone; CPU iPhone OS 17_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/131.0.6778.73 Mobile/15E148 Safari/604.1",
			"Chrome",
			"iPhone",
		],
		[
			"Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36 Edg/131.0.0.0",
			"Microsoft Edge",
			"Windows",
		],
		[
			"Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.1 Safari/605.1.15",
			"Safari",
			"macOS",
		],
		["Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0", "Firefox", "Linux"],
		[
			"Mozilla/5.0 (Linux; Android 13; SM-A536B) AppleWebKit/537.36 (KHTML, like Gecko) SamsungBrowser/26.0 Chrome/122.0.0.0 Mobile Safari/537.36",
			"Samsung Internet",
			"Android",
		],
		[
			"Mozilla/5.0 (X11; CrOS x86_64 14541.0.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36",
			"Chrome",
			"Chrome OS",
		],
	])("reads %s", (userAgent, browser, system) => {
		expect(deviceName(userAgent)).toEqual({ browser, system });
	});

	it.each([null, undefined, "", "   ", "curl/8.5.0"])("knows neither part of %j", (userAgent) => {
		expect(deviceName(userAgent)).toEqual({ browser: null, system: null });
	});

	it("reads no more than the start of a very long header", () => {
		const long = `Mozilla/5.0 (Android 14; Mobile; rv:132.0) Gecko/132.0 Firefox/132.0 ${"x".repeat(100_000)}`;
		expect(deviceName(long)).toEqual({ browser: "Firefox", system: "Android" });
	});
});
