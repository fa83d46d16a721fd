import { getFormProps, getSelectProps } from "@conform-to/react";
import { useRef } from "react";
import { Form, useLocation } from "react-router";
import { staffRoles } from "#app/db/schema.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	Field,
	FieldErrors,
	FieldLabel,
	FormAlert,
	type FormConstraint,
	replyFor,
	SelectField,
	SubmitButton,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/staff";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"auth.fields",
		"auth.password",
		"auth.reset",
		"auth.username",
		"staff.fields",
		"staff.houses",
		"staff.invitation",
		"staff.invite",
		"staff.lastAdmin",
		"staff.members",
		"staff.removed",
		"staff.roleChanged",
	],
};

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

type Member = {
	id: string;
	role: (typeof staffRoles)[number];
	houses: House[];
};
type Reply = NonNullable<Route.ComponentProps["actionData"]>["result"] | undefined;

/** What a checkbox group holds in Conform's eyes: nothing, one value, or several. */
function checkedValues(value: unknown): string[] | undefined {
	if (value === undefined) return undefined;
	return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
}

/**
 * One member's role and houses, or their removal. The page's reply reaches this form only when
 * it answers this member (`membershipId`), so a refusal shows here, under the member.
 */
function MemberForm({
	member,
	houses,
	constraint,
	reply,
}: {
	member: Member;
	houses: House[];
	constraint: FormConstraint;
	reply: Reply;
}) {
	const { t } = useT();
	const same = { membershipId: member.id };
	const lastResult = replyFor(reply, "change-role", { same }) ?? replyFor(reply, "remove", { same });
	const [form, fields] = useAppForm({
		id: `member-${member.id}`,
		constraint,
		schema: () => import("#app/domain/groups/staff-input.ts").then((m) => m.staffRoleSchema),
		lastResult,
		defaultValue: { role: member.role, houseIds: member.houses.map((house) => house.id) },
		guardUnsaved: true,
	});
	const failed = Boolean(lastResult?.error && Object.keys(lastResult.error).length > 0);
	return (
		<details className="mt-2" open={failed || undefined}>
			<summary className="cursor-pointer text-sm font-medium text-brand-800">{t("staff.members.change")}</summary>
			<Form method="post" {...getFormProps(form)} className="mt-2 space-y-3 rounded-md bg-stone-50 p-3">
				<input type="hidden" name="membershipId" value={member.id} />
				<FormAlert errors={form.errors} />
				<SelectField
					meta={fields.role}
					label={t("staff.fields.role")}
					options={staffRoles.map((role) => ({ value: role, label: t(`staff.roles.${role}`) }))}
				/>
				<HouseChoices
					key={fields.houseIds.key}
					houses={houses}
					name={fields.houseIds.name}
					selected={checkedValues(fields.houseIds.initialValue) ?? []}
					legend={t("staff.fields.houses")}
				/>
				<FieldErrors id={fields.houseIds.errorId} errors={fields.houseIds.errors} />
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
	);
}

/**
 * A key for a form that must start empty after a success but keep what was typed after an
 * error: it changes with the page address only when the page holds no error reply.
 */
function useKeyAfterSuccess(reply: unknown): string {
	const location = useLocation();
	const key = useRef(location.key);
	if (!reply) key.current = location.key;
	return key.current;
}

export default function StaffMembers({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, members, invitations, houses, viewerUserId } = loaderData;
	const reply = actionData?.result;
	const inviteResult = replyFor(reply, "invite");
	// After a sent invitation the form starts empty; after a refusal (of this form or of a
	// member's form on the same page) it keeps what was typed.
	const inviteKey = useKeyAfterSuccess(reply);
	const [inviteForm, inviteFields] = useAppForm({
		id: "invite-staff",
		constraint: loaderData.constraints.invite,
		schema: () => import("#app/domain/groups/staff-input.ts").then((m) => m.inviteStaffSchema),
		lastResult: inviteResult,
		guardUnsaved: true,
	});
	return (
		<>
			<title>{`${t("staff.nav.staff")} · ${group.name} · Ribambelle`}</title>
			<PageHeader title={t("staff.nav.staff")} lead={t("staff.members.lead")} />
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
							<MemberForm member={member} houses={houses} constraint={loaderData.constraints.member} reply={reply} />
						</li>
					))}
				</ul>
			</Section>

			<Section title={t("staff.invite.title")} className="mt-6">
				<Form key={inviteKey} method="post" {...getFormProps(inviteForm)} className="space-y-4">
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
					<HouseChoices
						key={inviteFields.houseIds.key}
						houses={houses}
						name={inviteFields.houseIds.name}
						selected={checkedValues(inviteFields.houseIds.initialValue) ?? []}
						legend={t("staff.fields.housesForMember")}
					/>
					<FieldErrors id={inviteFields.houseIds.errorId} errors={inviteFields.houseIds.errors} />
					<p className="text-sm text-stone-600">{t("staff.invite.hint")}</p>
					<SubmitButton intent="invite">{t("staff.invite.submit")}</SubmitButton>
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
