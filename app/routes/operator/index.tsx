import { getFormProps } from "@conform-to/react";
import { Form } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["groups", "operator", "staff.dashboard", "staff.houses.required", "staff.invite"],
};

export { action, loader } from "./index.server.ts";

function InviteAdminForm({ groupId }: { groupId: string }) {
	const { t } = useT();
	return (
		<Form method="post" className="flex flex-wrap items-end gap-2">
			<input type="hidden" name="groupId" value={groupId} />
			<div className="min-w-56 flex-1">
				<label htmlFor={`invite-${groupId}`} className="block text-sm font-semibold">
					{t("operator.inviteAdmin")}
				</label>
				<input
					id={`invite-${groupId}`}
					name="email"
					type="email"
					required
					autoComplete="off"
					className="mt-1 block w-full rounded-md border border-stone-400 px-3 py-2"
				/>
			</div>
			<SubmitButton name="intent" value="invite-admin" variant="secondary">
				{t("operator.sendInvitation")}
			</SubmitButton>
		</Form>
	);
}

export default function Operator({ loaderData, actionData }: Route.ComponentProps) {
	const { t } = useT();
	const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
	const creating = (lastResult?.initialValue as { intent?: unknown } | undefined)?.intent !== "invite-admin";
	const [form, fields] = useAppForm({
		id: "create-group",
		constraint: loaderData.constraints.group,
		schema: () => import("#app/domain/groups/group-input.ts").then((m) => m.groupInputSchema),
		lastResult: creating ? lastResult : undefined,
	});
	const inviteErrors = !creating ? Object.values(lastResult?.error ?? {}).flat() : [];
	return (
		<>
			<title>{`${t("operator.title")} · Ribambelle`}</title>
			<PageHeader title={t("operator.title")} lead={t("operator.lead")} />
			<FormAlert errors={inviteErrors as string[]} />
			<Section title={t("operator.groups", { count: loaderData.groups.length })}>
				<ul className="divide-y divide-stone-200">
					{loaderData.groups.map((group) => (
						<li key={group.id} className="space-y-2 py-4">
							<div className="flex flex-wrap items-baseline justify-between gap-2">
								<p className="text-lg font-semibold text-brand-800">{group.name}</p>
								<p className="text-sm text-stone-600">
									{t("operator.code", { code: group.code })} · {t("staff.dashboard.staff", { count: group.staffCount })}
								</p>
							</div>
							<InviteAdminForm groupId={group.id} />
						</li>
					))}
				</ul>
			</Section>
			<Section title={t("operator.create.title")} className="mt-6">
				<Form method="post" {...getFormProps(form)} className="space-y-4">
					<input type="hidden" name="intent" value="create-group" />
					<FormAlert errors={form.errors} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={fields.name} label={t("operator.fields.name")} required />
						<Field meta={fields.code} label={t("operator.fields.code")} hint={t("operator.fields.codeHint")} required />
						<Field meta={fields.contactPhone} label={t("operator.fields.contactPhone")} type="tel" />
						<Field meta={fields.contactEmail} label={t("operator.fields.contactEmail")} type="email" />
					</div>
					<SubmitButton intent="create-group">{t("operator.create.submit")}</SubmitButton>
				</Form>
			</Section>
		</>
	);
}
