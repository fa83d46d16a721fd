import { useEffect, useState } from "react";
import { Form, Link, NavLink, useRouteLoaderData } from "react-router";
import type { loader as rootLoader } from "#app/root.tsx";
import { useT } from "./i18n.tsx";
import { LanguageSwitcher } from "./language-switcher.tsx";
import { UnsavedChangesGuard } from "./unsaved-changes.tsx";

const parentLinks = [
	{ to: "/children", key: "nav.children" },
	{ to: "/me", key: "nav.myData" },
	{ to: "/messages", key: "nav.messages" },
	{ to: "/invoices", key: "nav.invoices" },
] as const;

/**
 * The message of the last save, until the user submits a form again: then it would stand next
 * to the new answer (an error the browser found, or one the server sent) as if it were about it.
 * A new success brings a new message from the root loader, which runs after every submission.
 * Conform's checks as the user leaves a field (submits of its `__intent__` button) do not
 * count: the message would vanish under the pointer between press and release of a button.
 */
function useFlash(flash: { text: string } | null) {
	const [dismissed, setDismissed] = useState<typeof flash>(null);
	useEffect(() => {
		if (!flash) return;
		const dismiss = (event: SubmitEvent) => {
			if ((event.submitter as HTMLButtonElement | null)?.name !== "__intent__") setDismissed(flash);
		};
		document.addEventListener("submit", dismiss, true);
		return () => document.removeEventListener("submit", dismiss, true);
	}, [flash]);
	return flash && flash !== dismissed ? flash : null;
}

/** The frame of every page: skip link, brand, account, language, navigation, content, footer. */
export function Shell({ children }: { children: React.ReactNode }) {
	const { t } = useT();
	const root = useRouteLoaderData<typeof rootLoader>("root");
	const viewer = root?.viewer ?? null;
	const flash = useFlash(root?.flash ?? null);
	return (
		<div className="flex min-h-dvh flex-col">
			<a href="#main" className="skip-link">
				{t("app.skipToContent")}
			</a>
			<header className="on-dark bg-brand-700 text-white print:hidden">
				<div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-2 px-4 py-2">
					<Link to="/" className="flex items-center gap-2 text-lg font-bold tracking-tight">
						<span
							aria-hidden="true"
							className="grid size-8 place-items-center rounded-full bg-amber-300 text-brand-900"
						>
							R
						</span>
						{t("app.name")}
					</Link>
					<div className="flex flex-wrap items-center gap-1">
						{viewer ? (
							<>
								<Link to="/account" className="header-link">
									<span className="sr-only">{t("nav.account")}: </span>
									<span className="max-w-40 truncate">{viewer.name}</span>
								</Link>
								<Form method="post" action="/sign-out">
									<button type="submit" className="header-link">
										{t("nav.signOut")}
									</button>
								</Form>
							</>
						) : (
							<>
								<Link to="/sign-in" className="header-link">
									{t("nav.signIn")}
								</Link>
								<Link to="/sign-up" className="header-link">
									{t("nav.signUp")}
								</Link>
							</>
						)}
						<LanguageSwitcher />
					</div>
				</div>
				{viewer ? (
					<nav aria-label={t("nav.main")} className="mx-auto max-w-6xl px-1">
						<ul className="flex flex-wrap">
							{parentLinks.map((link) => (
								<li key={link.to}>
									<NavLink to={link.to} className="nav-link">
										{t(link.key)}
										{link.to === "/messages" && viewer.unreadMessages > 0 ? " " : null}
										{link.to === "/messages" && viewer.unreadMessages > 0 ? (
											<span className="ml-2 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-brand-900">
												<span aria-hidden="true">{viewer.unreadMessages}</span>
												<span className="sr-only">{t("nav.unreadMessages", { count: viewer.unreadMessages })}</span>
											</span>
										) : null}
									</NavLink>
								</li>
							))}
							{viewer.isStaff ? (
								<li className="ml-auto">
									<NavLink to="/staff" className="nav-link">
										{t("nav.staff")}
									</NavLink>
								</li>
							) : null}
							{viewer.isOperator ? (
								<li className={viewer.isStaff ? "" : "ml-auto"}>
									<NavLink to="/operator" className="nav-link">
										{t("nav.operator")}
									</NavLink>
								</li>
							) : null}
						</ul>
					</nav>
				) : null}
			</header>
			<main
				id="main"
				tabIndex={-1}
				className="mx-auto w-full max-w-6xl flex-1 px-4 py-6 sm:py-8 print:max-w-none print:p-0"
			>
				{flash ? (
					<p
						role="status"
						className="mb-6 rounded-md border border-brand-600/30 bg-brand-50 p-3 font-medium text-brand-900"
					>
						{flash.text}
					</p>
				) : null}
				{children}
			</main>
			<UnsavedChangesGuard />
			<footer className="border-t border-stone-200 bg-white print:hidden">
				<div className="mx-auto max-w-6xl px-4 py-4 text-sm text-stone-600">{t("app.footer")}</div>
			</footer>
		</div>
	);
}
