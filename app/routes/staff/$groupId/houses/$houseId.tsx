import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { SubmitButton } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { HouseForm } from "./+shared/house-form.tsx";
import type { Route } from "./+types/$houseId";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"groups",
		"houses.archive",
		"houses.details",
		"houses.edit",
		"houses.fields",
		"houses.kinds",
		"houses.updated",
	],
};

export { action, loader } from "./$houseId.server.ts";

export default function House({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const { group, house, canEdit, canArchive, deletable } = loaderData;
	const archived = house.archived_at !== null;
	return (
		<>
			<title>{`${house.name} · ${group.name} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${group.id}/houses`} className="text-brand-800 underline">
					← {t("staff.nav.houses")}
				</Link>
			</p>
			<PageHeader
				title={house.name}
				lead={`${t(`houses.kinds.${house.kind}`)}${archived ? ` · ${t("houses.archive.badge")}` : ""}`}
			/>
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
			{canArchive ? (
				<Section title={t("houses.archive.title")} className="mt-8">
					<p className="mb-4 text-stone-700">
						{t(
							deletable ? "houses.archive.deleteLead" : archived ? "houses.archive.restoreLead" : "houses.archive.lead",
						)}
					</p>
					<Form method="post">
						{deletable ? (
							<SubmitButton name="intent" value="delete-house" variant="danger">
								{t("houses.archive.delete")}
							</SubmitButton>
						) : archived ? (
							<SubmitButton name="intent" value="restore-house" variant="secondary">
								{t("houses.archive.restore")}
							</SubmitButton>
						) : (
							<SubmitButton name="intent" value="archive-house" variant="secondary">
								{t("houses.archive.submit")}
							</SubmitButton>
						)}
					</Form>
				</Section>
			) : null}
		</>
	);
}
