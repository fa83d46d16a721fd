import { Link } from "react-router";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { HouseForm } from "./+shared/house-form.tsx";
import type { Route } from "./+types/$houseId";

export { action, loader } from "./$houseId.server.ts";

export default function House({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, house, canEdit } = loaderData;
	return (
		<>
			<title>{`${house.name} · ${group.name} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${group.id}/houses`} className="text-brand-800 underline">
					← {t("staff.nav.houses")}
				</Link>
			</p>
			<PageHeader title={house.name} lead={t(`houses.kinds.${house.kind}`)} />
			{canEdit ? (
				<Section title={t("houses.edit.title")}>
					<HouseForm
						id="edit-house"
						intent="update"
						lastResult={actionData?.result}
						submitLabel={t("houses.edit.submit")}
						defaultValue={{
							name: house.name,
							kind: house.kind,
							address: house.address,
							postalCode: house.postal_code,
							locality: house.locality,
							phone: house.phone ?? "",
							email: house.email ?? "",
							description: house.description,
						}}
					/>
				</Section>
			) : (
				<Section title={t("houses.details")}>
					<dl className="grid gap-x-6 gap-y-2 sm:grid-cols-[auto_1fr]">
						<dt className="font-semibold">{t("houses.fields.address")}</dt>
						<dd>
							{house.address}, {house.postal_code} {house.locality}
						</dd>
						<dt className="font-semibold">{t("houses.fields.phone")}</dt>
						<dd>{house.phone ?? "—"}</dd>
						<dt className="font-semibold">{t("houses.fields.email")}</dt>
						<dd>{house.email ?? "—"}</dd>
						<dt className="font-semibold">{t("houses.fields.description")}</dt>
						<dd>{house.description || "—"}</dd>
					</dl>
				</Section>
			)}
		</>
	);
}
