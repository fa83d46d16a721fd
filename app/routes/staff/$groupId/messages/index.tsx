import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FormAlert, replyFor, SelectField, SubmitButton, TextAreaField, useAppForm } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { Section } from "#app/ui/section.tsx";
import { messageIntents } from "../../../messages/+shared/message-choices.ts";
import { ThreadList } from "../../../messages/+shared/thread-list.tsx";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["messages.inbox", "messages.list", "messages.validation", "pager"],
};

export { action, loader } from "./index.server.ts";

const filterNames = ["all", "unread", "mine", "done"] as const;

/** « Messages » of the staff area: one house's inbox, its filters and its ready answers. */
export default function StaffInbox({ loaderData, actionData, params }: Route.ComponentProps) {
	const { t } = useT();
	const { houses, houseId, archivedHouse, filter, threads, page, hasNext, templates, permissions } = loaderData;
	const base = `/staff/${params.groupId}/messages`;
	const title = t("messages.inbox.title");
	const [form, fields] = useAppForm({
		id: "message-template",
		constraint: loaderData.constraints.template,
		schema: () => import("../../../messages/+shared/message-forms.ts").then((m) => m.templateSchema),
		lastResult: replyFor(actionData?.result, messageIntents.createTemplate, {
			defaultIntent: messageIntents.createTemplate,
		}),
		defaultValue: { houseId: houseId ?? "" },
	});
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<PageHeader
				title={title}
				lead={t("messages.inbox.lead")}
				actions={
					permissions.readOnly ? null : (
						<Link
							to={`${base}/broadcast`}
							className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold uppercase tracking-wide text-white hover:bg-brand-800"
						>
							{t("messages.inbox.broadcast")}
						</Link>
					)
				}
			/>
			{!houseId ? (
				<p className="text-stone-700">{t("messages.inbox.noHouse")}</p>
			) : (
				<>
					<nav aria-label={t("messages.inbox.house")} className="mb-3 flex flex-wrap gap-2">
						{houses.map((house) => (
							<Link
								key={house.id}
								to={pageHref(base, { house: house.id, filter: filter === "all" ? null : filter }, 1)}
								aria-current={house.id === houseId ? "page" : undefined}
								className="inline-flex min-h-11 items-center gap-2 rounded-md border border-stone-300 bg-white px-3 text-sm font-semibold text-stone-900 aria-[current=page]:border-brand-700 aria-[current=page]:bg-brand-50"
							>
								{house.name}
								{house.unread > 0 ? (
									<span className="rounded-full bg-amber-300 px-2 text-xs font-bold text-brand-900">
										{house.unread}
									</span>
								) : null}
							</Link>
						))}
					</nav>
					{archivedHouse ? (
						<p className="mb-3 rounded-md border border-stone-300 bg-stone-100 p-3 text-stone-800">
							{t("messages.inbox.archivedHouse", { name: archivedHouse })}
						</p>
					) : null}
					<nav aria-label={t("messages.inbox.filters.label")} className="mb-4 flex flex-wrap gap-x-4 gap-y-1">
						{filterNames.map((name) => (
							<Link
								key={name}
								to={pageHref(base, { house: houseId, filter: name === "all" ? null : name }, 1)}
								aria-current={filter === name ? "page" : undefined}
								className="inline-flex min-h-11 items-center text-brand-800 underline aria-[current=page]:font-bold aria-[current=page]:no-underline"
							>
								{t(`messages.inbox.filters.${name}`)}
							</Link>
						))}
					</nav>
					{threads.length === 0 ? (
						<p className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-stone-700">
							{t("messages.inbox.empty")}
						</p>
					) : (
						<ThreadList threads={threads} base={base} />
					)}
					<Pager
						label={title}
						page={page > 1 || hasNext ? page : undefined}
						previous={
							page > 1 ? pageHref(base, { house: houseId, filter: filter === "all" ? null : filter }, page - 1) : null
						}
						next={
							hasNext ? pageHref(base, { house: houseId, filter: filter === "all" ? null : filter }, page + 1) : null
						}
					/>
					<Section title={t("messages.inbox.templates.title")} className="mt-8 max-w-2xl">
						{templates.length === 0 ? (
							<p className="text-stone-700">{t("messages.inbox.templates.empty")}</p>
						) : (
							<ul className="mb-4 space-y-2">
								{templates.map((template) => (
									<li key={template.id} className="rounded-md border border-stone-200 bg-white p-3">
										<p className="font-semibold text-stone-900">{template.title}</p>
										<p className="whitespace-pre-line text-sm text-stone-700">{template.body}</p>
										{permissions.readOnly ? null : (
											<Form method="post" className="mt-2">
												<input type="hidden" name="intent" value={messageIntents.deleteTemplate} />
												<input type="hidden" name="templateId" value={template.id} />
												<SubmitButton variant="secondary" intent={messageIntents.deleteTemplate}>
													{t("messages.inbox.templates.delete")}
												</SubmitButton>
											</Form>
										)}
									</li>
								))}
							</ul>
						)}
						{permissions.readOnly ? null : (
							<Form method="post" {...getFormProps(form)} className="space-y-4">
								<input type="hidden" name="intent" value={messageIntents.createTemplate} />
								<FormAlert errors={form.errors} />
								<SelectField
									meta={fields.houseId}
									label={t("messages.inbox.templates.scope")}
									options={[
										...houses
											.filter((house) => house.id === houseId)
											.map((house) => ({ value: house.id, label: house.name })),
										...(permissions.manageStaff
											? [{ value: "", label: t("messages.inbox.templates.wholeGroup") }]
											: []),
									]}
								/>
								<Field meta={fields.title} label={t("messages.inbox.templates.titleLabel")} required />
								<TextAreaField meta={fields.body} label={t("messages.inbox.templates.bodyLabel")} rows={4} required />
								<SubmitButton intent={messageIntents.createTemplate}>{t("messages.inbox.templates.save")}</SubmitButton>
							</Form>
						)}
					</Section>
				</>
			)}
		</>
	);
}
