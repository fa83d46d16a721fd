import { NavLink } from "react-router";
import { useT } from "#app/ui/i18n.tsx";

const pages = [
	{ path: "", key: "billing.staff.nav.runs", end: true },
	{ path: "/invoices", key: "billing.staff.nav.invoices", end: false },
	{ path: "/payments", key: "billing.staff.nav.payments", end: false },
	{ path: "/certificates", key: "billing.staff.nav.certificates", end: false },
	{ path: "/settings", key: "billing.staff.nav.settings", end: false },
] as const;

/** The pages of « Facturation », as tabs above each of them (group admins only reach them). */
export function BillingNav({ groupId }: { groupId: string }) {
	const { t } = useT();
	const base = `/staff/${groupId}/billing`;
	return (
		<nav aria-label={t("billing.staff.title")} className="mb-6 overflow-x-auto">
			<ul className="flex gap-1 border-b border-stone-300">
				{pages.map((page) => (
					<li key={page.path}>
						<NavLink
							to={`${base}${page.path}`}
							end={page.end}
							className={({ isActive }) =>
								`inline-flex min-h-11 items-center whitespace-nowrap border-b-2 px-3 font-semibold ${
									isActive
										? "border-brand-700 text-brand-800"
										: "border-transparent text-stone-700 hover:border-stone-400 hover:text-stone-900"
								}`
							}
						>
							{t(page.key)}
						</NavLink>
					</li>
				))}
			</ul>
		</nav>
	);
}
