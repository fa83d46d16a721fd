import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";

/**
 * Warns before leaving a page whose form was changed and not saved: a confirmation for links
 * inside the application, the browser's own prompt for closing or reloading the tab.
 * Submitting the form (which stays on the same page) is never blocked.
 */
export function useUnsavedChangesWarning(formId: string, message: string) {
	const dirty = useRef(false);
	useEffect(() => {
		const form = document.getElementById(formId);
		if (!form) return;
		const markDirty = () => {
			dirty.current = true;
		};
		const markClean = () => {
			dirty.current = false;
		};
		const warn = (event: BeforeUnloadEvent) => {
			if (!dirty.current) return;
			event.preventDefault();
			event.returnValue = "";
		};
		form.addEventListener("input", markDirty);
		form.addEventListener("submit", markClean);
		window.addEventListener("beforeunload", warn);
		return () => {
			form.removeEventListener("input", markDirty);
			form.removeEventListener("submit", markClean);
			window.removeEventListener("beforeunload", warn);
		};
	}, [formId]);
	const blocker = useBlocker(
		({ currentLocation, nextLocation }) => dirty.current && currentLocation.pathname !== nextLocation.pathname,
	);
	useEffect(() => {
		if (blocker.state !== "blocked") return;
		if (window.confirm(message)) {
			dirty.current = false;
			blocker.proceed();
		} else {
			blocker.reset();
		}
	}, [blocker, message]);
}
