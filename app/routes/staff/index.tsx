import { Link, redirect } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { requireViewer } from "#app/domain/accounts/session.server.ts";
import { listGroupsOfStaffMember } from "#app/domain/groups/staff.repository.server.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["staff.chooseGroup", "staff.notStaff", "staff.roles", "staff.title"],
};

/** The staff area's door: straight to the group when there is one, a choice otherwise. */
export async function loader({ request, context }: Route.LoaderArgs) {
	const viewer = await requireViewer(request, context);
	const groups = await listGroupsOfStaffMember(getDb(), viewer.userId);
	if (groups.length === 1 && groups[0]) throw redirect(`/staff/${groups[0].id}`);
	return { groups };
}

export default function StaffHome({ loaderData }: Route.ComponentProps) {
	const { t } = useT();
	return (
		<>
			<title>{`${t("staff.title")} · Ribambelle`}</title>
			<PageHeader title={t("staff.title")} lead={loaderData.groups.length > 0 ? t("staff.chooseGroup") : undefined} />
			{loaderData.groups.length === 0 ? (
				<p className="panel p-5 text-stone-800">{t("staff.notStaff")}</p>
			) : (
				<ul className="grid gap-4 md:grid-cols-2">
					{loaderData.groups.map((group) => (
						<li key={group.id}>
							<Link to={`/staff/${group.id}`} className="block panel p-5 shadow-sm hover:border-brand-600">
								<span className="block text-lg font-semibold text-brand-800">{group.name}</span>
								<span className="text-sm text-stone-600">{t(`staff.roles.${group.role}`)}</span>
							</Link>
						</li>
					))}
				</ul>
			)}
		</>
	);
}
