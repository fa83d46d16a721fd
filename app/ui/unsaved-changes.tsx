import type { SubmissionResult } from "@conform-to/react";
import { useEffect, useRef, useState } from "react";
import { type BlockerFunction, useBlocker, useNavigation } from "react-router";
import { useT } from "./i18n.tsx";

/**
 * The forms of the page that hold changes the user has not saved: each registers a check of its
 * own (form id → "are there unsaved changes?"). React Router runs one blocker at a time, so the
 * page's single guard (`UnsavedChangesGuard`, in the shell) asks them all.
 */
const guardedForms = new Map<string, () => boolean>();

function anyUnsavedChanges(): boolean {
	for (const isDirty of guardedForms.values()) if (isDirty()) return true;
	return false;
}

/** What a form holds, as text that two states can be compared by. */
function snapshot(form: HTMLFormElement): string {
	const values: string[] = [];
	for (const [name, value] of new FormData(form))
		values.push(`${name}=${typeof value === "string" ? value : value.name}`);
	return values.join("&");
}

/**
 * What the form held as the server rendered it: its default values, whatever was typed since.
 * A user may type before the page's scripts have started; taking the form as it stands at mount
 * would count those keystrokes as saved. A detached copy reset to its defaults gives the
 * rendered state without touching the page.
 */
function renderedSnapshot(form: HTMLFormElement): string {
	const copy = form.cloneNode(true) as HTMLFormElement;
	copy.reset();
	return snapshot(copy);
}

/**
 * Marks a form as one whose changes must not be lost: leaving the page (a link inside the
 * application, closing or reloading the tab) while it holds values other than the saved ones
 * asks first. The saved state is the form as the server rendered it (its default values, so that
 * what was typed before the scripts started counts as a change), and again after a submission of this form
 * that did not come back with errors (`lastResult`, the reply routed to this form). Conform's
 * own validation submits (its `__intent__` button) are not submissions. A null `formId` guards
 * nothing (hooks cannot be called conditionally).
 */
export function useUnsavedChanges(formId: string | null, lastResult: SubmissionResult<string[]> | null | undefined) {
	const saved = useRef<string | null>(null);
	const submitted = useRef(false);
	const failed = Boolean(lastResult?.error && Object.keys(lastResult.error).length > 0);
	const navigation = useNavigation();

	useEffect(() => {
		if (formId === null) return;
		const form = document.getElementById(formId);
		if (!(form instanceof HTMLFormElement)) return;
		saved.current = renderedSnapshot(form);
		const onSubmit = (event: SubmitEvent) => {
			if ((event.submitter as HTMLButtonElement | null)?.name === "__intent__") return;
			submitted.current = true;
		};
		form.addEventListener("submit", onSubmit);
		guardedForms.set(formId, () => {
			const current = document.getElementById(formId);
			return current instanceof HTMLFormElement && saved.current !== null && snapshot(current) !== saved.current;
		});
		return () => {
			form.removeEventListener("submit", onSubmit);
			guardedForms.delete(formId);
		};
	}, [formId]);

	// A submission of this form has been answered: without errors, what it holds is now saved.
	useEffect(() => {
		if (formId === null || navigation.state !== "idle" || !submitted.current) return;
		submitted.current = false;
		const form = document.getElementById(formId);
		if (!failed && form instanceof HTMLFormElement) saved.current = snapshot(form);
	}, [navigation.state, failed, formId]);
}

const leavesThePage: BlockerFunction = ({ currentLocation, nextLocation }) =>
	currentLocation.pathname !== nextLocation.pathname && anyUnsavedChanges();

/**
 * The page's one guard against losing unsaved changes: a confirmation dialog of the
 * application for links inside it, the browser's own prompt for closing or reloading the tab.
 * Staying keeps everything typed; leaving goes where the user asked.
 */
export function UnsavedChangesGuard() {
	const { t } = useT();
	const blocker = useBlocker(leavesThePage);
	const dialog = useRef<HTMLDialogElement>(null);
	const stayButton = useRef<HTMLButtonElement>(null);
	// The dialog only ever opens from a script: the server's HTML need not carry it.
	const [hydrated, setHydrated] = useState(false);
	useEffect(() => setHydrated(true), []);

	useEffect(() => {
		const warn = (event: BeforeUnloadEvent) => {
			if (!anyUnsavedChanges()) return;
			event.preventDefault();
			event.returnValue = "";
		};
		window.addEventListener("beforeunload", warn);
		return () => window.removeEventListener("beforeunload", warn);
	}, []);

	useEffect(() => {
		const element = dialog.current;
		if (!element) return;
		if (blocker.state === "blocked" && !element.open) {
			element.showModal();
			// The safe choice takes the focus: Enter or Escape keeps what was typed.
			stayButton.current?.focus();
		}
		if (blocker.state !== "blocked" && element.open) element.close();
	}, [blocker.state]);

	const stay = () => {
		if (blocker.state === "blocked") blocker.reset();
	};
	const leave = () => {
		if (blocker.state !== "blocked") return;
		// The changes are given up: the next page (and this one, if it stays mounted) starts clean.
		guardedForms.clear();
		blocker.proceed();
	};

	if (!hydrated) return null;
	return (
		<dialog
			ref={dialog}
			aria-labelledby="unsaved-changes-title"
			aria-describedby="unsaved-changes-body"
			onCancel={(event) => {
				event.preventDefault();
				stay();
			}}
			className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-300 bg-white p-0 text-stone-900 shadow-xl backdrop:bg-stone-900/50"
		>
			<div className="space-y-4 p-5">
				<h2 id="unsaved-changes-title" className="text-lg font-bold">
					{t("forms.unsaved.title")}
				</h2>
				<p id="unsaved-changes-body">{t("forms.unsaved.body")}</p>
				<div className="flex flex-wrap justify-end gap-2">
					<button
						type="button"
						onClick={leave}
						className="inline-flex min-h-11 items-center justify-center rounded-md border border-red-700 bg-white px-4 font-semibold text-red-800 hover:bg-red-50"
					>
						{t("forms.unsaved.leave")}
					</button>
					<button
						type="button"
						onClick={stay}
						ref={stayButton}
						className="inline-flex min-h-11 items-center justify-center rounded-md bg-brand-700 px-4 font-semibold text-white hover:bg-brand-800"
					>
						{t("forms.unsaved.stay")}
					</button>
				</div>
			</div>
		</dialog>
	);
}
