import { Link, NavLink, Outlet } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import type { Route } from "./+types/layout";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"listFilters",
		"pager",
		"staff.area",
		"staff.nav",
		"staff.navLabel",
		"staff.roles",
		"staff.switchGroup",
	],
};

export { loader } from "./layout.server.ts";

/** The staff area of one group: which group (and a switch to the others), and its sections. */
export default function StaffLayout({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, permissions, groups, role, unreadMessages } = loaderData;
	const base = `/staff/${group.id}`;
	return (
		<div className="grid gap-6 md:grid-cols-[14rem_1fr] print:block">
			<aside className="space-y-4 print:hidden">
				<div className="panel p-3">
					<p className="text-xs font-semibold uppercase tracking-wide text-stone-600">{t("staff.area")}</p>
					<p className="mt-1 font-semibold text-brand-800">{group.name}</p>
					<p className="text-sm text-stone-600">{t(`staff.roles.${role}`)}</p>
					{groups.length > 1 ? (
						<div className="mt-3 border-t border-stone-200 pt-2">
							<p className="text-sm font-medium text-stone-800">{t("staff.switchGroup")}</p>
							<ul className="mt-1 space-y-1 text-sm">
								{groups
									.filter((other) => other.id !== group.id)
									.map((other) => (
										<li key={other.id}>
											<Link to={`/staff/${other.id}`} className="text-brand-800 underline">
												{other.name}
											</Link>
										</li>
									))}
							</ul>
						</div>
					) : null}
				</div>
				<nav aria-label={t("staff.navLabel")}>
					<ul className="flex flex-wrap gap-1 md:flex-col">
						<li>
							<NavLink to={base} end className="side-link">
								{t("staff.nav.dashboard")}
							</NavLink>
						</li>
						<li>
							<NavLink to={`${base}/houses`} className="side-link">
								{t("staff.nav.houses")}
							</NavLink>
						</li>
						<li>
							<NavLink to={`${base}/children`} className="side-link">
								{t("staff.nav.children")}
							</NavLink>
						</li>
						<li>
							<NavLink to={`${base}/offers`} className="side-link">
								{t("staff.nav.offers")}
							</NavLink>
						</li>
						<li>
							<NavLink to={`${base}/meals`} className="side-link">
								{t("staff.nav.meals")}
							</NavLink>
						</li>
						<li>
							<NavLink to={`${base}/messages`} className="side-link">
								{t("staff.nav.messages")}
								{unreadMessages > 0 ? " " : null}
								{unreadMessages > 0 ? (
									<span className="ml-2 rounded-full bg-amber-300 px-2 py-0.5 text-xs font-bold text-brand-900">
										<span aria-hidden="true">{unreadMessages}</span>
										<span className="sr-only">{t("nav.unreadMessages", { count: unreadMessages })}</span>
									</span>
								) : null}
							</NavLink>
						</li>
						<li>
							<NavLink to={`${base}/documents`} className="side-link">
								{t("staff.nav.documents")}
							</NavLink>
						</li>
						{permissions.readOnly ? null : (
							<li>
								<NavLink to={`${base}/uploads`} className="side-link">
									{t("staff.nav.uploads")}
								</NavLink>
							</li>
						)}
						{permissions.manageStaff ? (
							<li>
								<NavLink to={`${base}/billing`} className="side-link">
									{t("staff.nav.billing")}
								</NavLink>
							</li>
						) : null}
						{permissions.manageStaff ? (
							<li>
								<NavLink to={`${base}/staff`} className="side-link">
									{t("staff.nav.staff")}
								</NavLink>
							</li>
						) : null}
						{permissions.viewAudit ? (
							<li>
								<NavLink to={`${base}/audit`} className="side-link">
									{t("staff.nav.audit")}
								</NavLink>
							</li>
						) : null}
						{permissions.manageSettings ? (
							<li>
								<NavLink to={`${base}/settings`} className="side-link">
									{t("staff.nav.settings")}
								</NavLink>
							</li>
						) : null}
					</ul>
				</nav>
			</aside>
			<div className="min-w-0">
				<Outlet />
			</div>
		</div>
	);
}
