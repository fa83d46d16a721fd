import { getFormProps, getSelectProps } from "@conform-to/react";
import { Form, useLocation } from "react-router";
import { staffRoles } from "#app/db/schema.ts";
import { inviteStaffSchema } from "#app/domain/groups/staff-input.ts";
import { Field, FieldErrors, FieldLabel, FormAlert, SubmitButton, useAppForm } from "#app/ui/form.tsx";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/staff";

export { action, loader } from "./staff.server.ts";

type House = { id: string; name: string };

function HouseChoices({
	houses,
	name,
	selected,
	legend,
}: {
	houses: House[];
	name: string;
	selected: string[];
	legend: string;
}) {
	return (
		<fieldset>
			<legend className="text-sm font-semibold text-stone-800">{legend}</legend>
			<div className="mt-1 flex flex-wrap gap-x-4 gap-y-1">
				{houses.map((house) => (
					<label key={house.id} className="flex items-center gap-2 text-sm">
						<input
							type="checkbox"
							name={name}
							value={house.id}
							defaultChecked={selected.includes(house.id)}
							className="size-4"
						/>
						{house.name}
					</label>
				))}
			</div>
		</fieldset>
	);
}

function RoleSelect({
	id,
	name,
	defaultValue,
	label,
}: {
	id: string;
	name: string;
	defaultValue?: string;
	label: string;
}) {
	const { t } = useT();
	return (
		<div>
			<label htmlFor={id} className="block text-sm font-semibold text-stone-800">
				{label}
			</label>
			<select
				id={id}
				name={name}
				defaultValue={defaultValue}
				className="mt-1 block rounded-md border border-stone-400 bg-white px-3 py-2"
			>
				{staffRoles.map((role) => (
					<option key={role} value={role}>
						{t(`staff.roles.${role}`)}
					</option>
				))}
			</select>
		</div>
	);
}

export default function StaffMembers({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	// A new page (after a successful submission) starts with an empty form.
	const location = useLocation();
	const { group, members, invitations, houses, viewerUserId } = loaderData;
	const lastResult = actionData && "result" in actionData ? actionData.result : undefined;
	const [inviteForm, inviteFields] = useAppForm({ id: "invite-staff", schema: inviteStaffSchema, lastResult });
	return (
		<>
			<title>{`${t("staff.nav.staff")} · ${group.name} · Ribambelle`}</title>
			<PageHeader title={t("staff.nav.staff")} lead={t("staff.members.lead")} />
			{actionData && "problem" in actionData ? (
				<p
					role="alert"
					className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900"
				>
					{t(actionData.problem)}
				</p>
			) : null}
			<Section title={t("staff.members.title", { count: members.length })}>
				<ul className="divide-y divide-stone-200">
					{members.map((member) => (
						<li key={member.id} className="py-3">
							<div className="flex flex-wrap items-baseline justify-between gap-2">
								<p className="font-semibold">
									{member.first_name} {member.last_name}
									{member.user_id === viewerUserId ? (
										<span className="ml-2 text-sm font-normal text-stone-600">({t("staff.members.you")})</span>
									) : null}
								</p>
								<p className="text-sm text-stone-600 break-all">{member.email}</p>
							</div>
							<p className="text-sm text-stone-700">
								{t(`staff.roles.${member.role}`)}
								{member.houses.length > 0
									? ` — ${member.houses.map((house) => house.name).join(", ")}`
									: member.role !== "admin"
										? ` — ${t("staff.members.noHouse")}`
										: ""}
							</p>
							<details className="mt-2">
								<summary className="cursor-pointer text-sm font-medium text-brand-800">
									{t("staff.members.change")}
								</summary>
								<Form method="post" className="mt-2 space-y-3 rounded-md bg-stone-50 p-3">
									<input type="hidden" name="membershipId" value={member.id} />
									<RoleSelect
										id={`role-${member.id}`}
										name="role"
										defaultValue={member.role}
										label={t("staff.fields.role")}
									/>
									<HouseChoices
										houses={houses}
										name="houseIds"
										selected={member.houses.map((house) => house.id)}
										legend={t("staff.fields.houses")}
									/>
									<div className="flex flex-wrap gap-2">
										<SubmitButton name="intent" value="change-role" variant="secondary">
											{t("staff.members.save")}
										</SubmitButton>
										<SubmitButton name="intent" value="remove" variant="danger">
											{t("staff.members.remove")}
										</SubmitButton>
									</div>
								</Form>
							</details>
						</li>
					))}
				</ul>
			</Section>

			<Section title={t("staff.invite.title")} className="mt-6">
				<Form key={location.key} method="post" {...getFormProps(inviteForm)} className="space-y-4">
					<input type="hidden" name="intent" value="invite" />
					<FormAlert errors={inviteForm.errors} />
					<div className="grid gap-4 sm:grid-cols-2">
						<Field meta={inviteFields.email} label={t("auth.fields.email")} type="email" required />
						<div>
							<FieldLabel htmlFor={inviteFields.role.id} label={t("staff.fields.role")} required />
							<select
								{...getSelectProps(inviteFields.role)}
								className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2"
							>
								{staffRoles.map((role) => (
									<option key={role} value={role}>
										{t(`staff.roles.${role}`)}
									</option>
								))}
							</select>
							<FieldErrors id={inviteFields.role.errorId} errors={inviteFields.role.errors} />
						</div>
					</div>
					<HouseChoices houses={houses} name="houseIds" selected={[]} legend={t("staff.fields.housesForMember")} />
					<FieldErrors id={inviteFields.houseIds.errorId} errors={inviteFields.houseIds.errors} />
					<p className="text-sm text-stone-600">{t("staff.invite.hint")}</p>
					<SubmitButton name="intent" value="invite">
						{t("staff.invite.submit")}
					</SubmitButton>
				</Form>
			</Section>

			<Section title={t("staff.invite.pending", { count: invitations.length })} className="mt-6">
				{invitations.length === 0 ? (
					<p className="text-stone-700">{t("staff.invite.none")}</p>
				) : (
					<ul className="divide-y divide-stone-200">
						{invitations.map((invitation) => (
							<li key={invitation.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
								<div>
									<p className="font-medium break-all">{invitation.email}</p>
									<p className="text-sm text-stone-600">
										{t(`staff.roles.${invitation.role}`)} ·{" "}
										{t("staff.invite.expires", { date: formatDateTime(invitation.expires_at, language) })}
									</p>
								</div>
								<Form method="post">
									<input type="hidden" name="invitationId" value={invitation.id} />
									<SubmitButton name="intent" value="revoke-invitation" variant="secondary">
										{t("staff.invite.revoke")}
									</SubmitButton>
								</Form>
							</li>
						))}
					</ul>
				)}
			</Section>
		</>
	);
}
