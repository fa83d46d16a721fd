/**
 * What the device list calls a session's browser: « Firefox » on « Android », « Safari » on
 * « iPhone », read from the user agent stored with the session by bowser. Either part is null
 * when the user agent does not say (a script, an empty header): the page then omits it.
 */
import Bowser from "bowser";

export type DeviceName = {
	/** « Firefox », « Chrome », « Microsoft Edge », « Samsung Internet ». */
	browser: string | null;
	/** « Android », « iPhone », « iPad », « Windows », « macOS », « Linux », « Chrome OS ». */
	system: string | null;
};

// Bowser's regular expressions read the start of the header; a longer one says nothing more.
const MAX_USER_AGENT = 512;

export function deviceName(userAgent: string | null | undefined): DeviceName {
	const header = (userAgent ?? "").trim().slice(0, MAX_USER_AGENT);
	if (header === "") return { browser: null, system: null };
	const { browser, os, platform } = Bowser.parse(header);
	// « Samsung Internet for Android » on « Android » says the system twice.
	const browserName = browser.name?.replace(/ for (Android|iOS)$/, "").trim() || null;
	const model = os.name === "iOS" && platform.model ? platform.model : null;
	return { browser: browserName, system: model ?? (os.name?.trim() || null) };
}
