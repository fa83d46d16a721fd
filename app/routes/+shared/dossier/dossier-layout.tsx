import { Link, NavLink, Outlet } from "react-router";
import type { DossierSection } from "#app/db/schema.ts";
import { ChildAvatar } from "#app/ui/child-avatar.tsx";
import { formatDayOf } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";

export type DossierTab = {
	to: string;
	label: string;
	section?: DossierSection;
	end?: boolean;
	/** What the tab misses when it is not a section of the dossier (required documents). */
	missing?: number;
};

/**
 * The frame of a child's dossier, for guardians and staff alike: who the child is, the state
 * of the dossier, and its sections — each with the number of missing mandatory data.
 */
export function DossierLayout({
	child,
	tabs,
	missingCounts,
	back,
	tabsAbove = false,
}: {
	child: {
		id: string;
		firstName: string;
		lastName: string;
		fileNumber: number;
		status: string;
		groupName: string;
		submittedAt: string;
	};
	tabs: DossierTab[];
	missingCounts: Partial<Record<DossierSection, number>>;
	back: { to: string; label: string };
	/** Tabs in a row above the page (inside the staff area, whose own menu is on the side). */
	tabsAbove?: boolean;
}) {
	const { t, language } = useT();
	const name = `${child.firstName} ${child.lastName.toUpperCase()}`.trim();
	return (
		<div>
			<p className="mb-3 text-sm">
				<Link to={back.to} className="text-brand-800 underline">
					← {back.label}
				</Link>
			</p>
			<header className="mb-6 flex flex-wrap items-center gap-4">
				<ChildAvatar
					id={child.id}
					firstName={child.firstName}
					lastName={child.lastName}
					label={t("families.children.avatar", { name })}
				/>
				<div>
					<h1 className="text-2xl font-bold tracking-tight text-stone-900 sm:text-3xl">{name}</h1>
					<p className="text-sm text-stone-700">
						{[
							t("families.children.fileNumber", { number: child.fileNumber }),
							child.groupName,
							child.status === "submitted"
								? t("families.children.submittedOn", { date: formatDayOf(child.submittedAt, language) })
								: t(`families.dossier.status.${child.status as "validated"}`),
						].join(" · ")}
					</p>
				</div>
			</header>
			<div className={tabsAbove ? "space-y-6" : "grid gap-6 lg:grid-cols-[15rem_1fr]"}>
				<nav aria-label={t("nav.child.label")}>
					<ul className={`flex flex-wrap gap-1 ${tabsAbove ? "border-b border-stone-200 pb-2" : "lg:flex-col"}`}>
						{tabs.map((tab) => {
							const missing = tab.section ? (missingCounts[tab.section] ?? 0) : (tab.missing ?? 0);
							return (
								<li key={tab.to}>
									<NavLink to={tab.to} end={tab.end} className="side-link gap-2">
										{tab.label}
										{missing > 0 ? (
											<span className="count-badge">
												{missing}
												<span className="sr-only">{` — ${t("families.children.incomplete", { count: missing })}`}</span>
											</span>
										) : null}
									</NavLink>
								</li>
							);
						})}
					</ul>
				</nav>
				<div className="min-w-0">
					<Outlet />
				</div>
			</div>
		</div>
	);
}
