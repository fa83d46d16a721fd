import { useEffect, useRef } from "react";
import { useRevalidator } from "react-router";

const EVERY_MS = 20_000;

/**
 * Keeps the page's data fresh while a decision is awaited: every 20 s while `live` (a
 * registration waiting or pending) and the tab is visible, and whenever the window gets the
 * focus back — so a place freed by another family shows up without a reload.
 */
export function useLiveRegistrations(live: boolean) {
	const revalidator = useRevalidator();
	// The revalidator object changes on every render; the timers must not restart with it.
	const latest = useRef(revalidator);
	latest.current = revalidator;

	useEffect(() => {
		const refresh = () => {
			if (document.visibilityState === "visible" && latest.current.state === "idle") void latest.current.revalidate();
		};
		window.addEventListener("focus", refresh);
		const timer = live ? window.setInterval(refresh, EVERY_MS) : undefined;
		return () => {
			window.removeEventListener("focus", refresh);
			if (timer !== undefined) window.clearInterval(timer);
		};
	}, [live]);
}
