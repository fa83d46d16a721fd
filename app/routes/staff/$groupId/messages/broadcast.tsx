import { getFormProps } from "@conform-to/react";
import { Form, Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { Field, FieldErrors, FormAlert, inputClass, SubmitButton, TextAreaField, useAppForm } from "#app/ui/form.tsx";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import type { Route } from "./+types/broadcast";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: ["messages.broadcast", "messages.inbox.back", "messages.validation"],
};

export { action, loader } from "./broadcast.server.ts";

/**
 * « Message groupé »: 1. who (an offer's families — all, accepted or waiting —, a house's, the
 * whole group's) and « Compter les familles »; 2. the count, then the subject and the message.
 */
export default function Broadcast({ loaderData, actionData, params }: Route.ComponentProps) {
	const { t, language } = useT();
	const { houses, offers, canReachGroup, audience, count } = loaderData;
	const chosen = audience as { kind: string; offerId?: string; status?: string; houseId?: string };
	const [form, fields] = useAppForm({
		id: "broadcast",
		constraint: loaderData.constraints.broadcast,
		schema: () => import("../../../messages/+shared/message-forms.ts").then((m) => m.broadcastSchema),
		lastResult: actionData?.result,
	});
	const title = t("messages.broadcast.title");
	const radio = (value: string, label: string) => (
		<label className="flex min-h-11 items-center gap-2">
			<input type="radio" name="audience" value={value} defaultChecked={chosen.kind === value} className="size-5" />
			<span>{label}</span>
		</label>
	);
	return (
		<>
			<title>{`${title} · Ribambelle`}</title>
			<p className="mb-2 text-sm">
				<Link to={`/staff/${params.groupId}/messages`} className="text-brand-800 underline">
					← {t("messages.inbox.back")}
				</Link>
			</p>
			<PageHeader title={title} lead={t("messages.broadcast.lead")} />
			<div className="max-w-2xl space-y-6">
				<Section title={`1. ${t("messages.broadcast.audience")}`}>
					<Form method="get" className="space-y-3">
						<fieldset className="space-y-3">
							<legend className="sr-only">{t("messages.broadcast.audience")}</legend>
							{radio("offer", t("messages.broadcast.offer"))}
							<div className="ml-7 grid gap-3 sm:grid-cols-2">
								<div>
									<label htmlFor="offerId" className="text-sm font-semibold text-stone-800">
										{t("messages.broadcast.offerLabel")}
									</label>
									<select
										id="offerId"
										name="offerId"
										defaultValue={chosen.offerId ?? ""}
										className={`mt-1 ${inputClass}`}
									>
										<option value="">{t("messages.broadcast.offerPlaceholder")}</option>
										{offers.map((offer) => (
											<option key={offer.id} value={offer.id}>
												{offer.title} — {offer.house_name} ({formatDate(offer.first_day, language)})
											</option>
										))}
									</select>
								</div>
								<div>
									<label htmlFor="status" className="text-sm font-semibold text-stone-800">
										{t("messages.broadcast.status")}
									</label>
									<select
										id="status"
										name="status"
										defaultValue={chosen.status ?? "all"}
										className={`mt-1 ${inputClass}`}
									>
										{(["all", "accepted", "waiting"] as const).map((status) => (
											<option key={status} value={status}>
												{t(`messages.broadcast.statuses.${status}`)}
											</option>
										))}
									</select>
								</div>
							</div>
							{radio("house", t("messages.broadcast.house"))}
							<div className="ml-7">
								<label htmlFor="houseId" className="text-sm font-semibold text-stone-800">
									{t("messages.broadcast.houseLabel")}
								</label>
								<select
									id="houseId"
									name="houseId"
									defaultValue={chosen.houseId ?? ""}
									className={`mt-1 ${inputClass}`}
								>
									<option value="">{t("messages.broadcast.housePlaceholder")}</option>
									{houses.map((house) => (
										<option key={house.id} value={house.id}>
											{house.name}
										</option>
									))}
								</select>
							</div>
							{canReachGroup ? radio("group", t("messages.broadcast.group")) : null}
						</fieldset>
						<SubmitButton variant="secondary">{t("messages.broadcast.count")}</SubmitButton>
					</Form>
				</Section>
				{count === null ? null : (
					<Section title={`2. ${t("messages.broadcast.body")}`}>
						<p
							role="status"
							className="mb-4 rounded-md border border-brand-200 bg-brand-50 p-3 font-semibold text-brand-900"
						>
							{count === 0 ? t("messages.broadcast.nobody") : t("messages.broadcast.reach", { count })}
						</p>
						{count === 0 ? null : (
							<Form method="post" {...getFormProps(form)} className="space-y-4">
								<FormAlert errors={form.errors} />
								<input type="hidden" name="audience" value={chosen.kind} />
								{chosen.offerId ? <input type="hidden" name="offerId" value={chosen.offerId} /> : null}
								{chosen.status ? <input type="hidden" name="status" value={chosen.status} /> : null}
								{chosen.houseId ? <input type="hidden" name="houseId" value={chosen.houseId} /> : null}
								<FieldErrors errors={[...(fields.offerId.errors ?? []), ...(fields.houseId.errors ?? [])]} />
								<Field meta={fields.subject} label={t("messages.broadcast.subject")} required />
								<TextAreaField meta={fields.body} label={t("messages.broadcast.body")} rows={6} required />
								<SubmitButton>{t("messages.broadcast.send")}</SubmitButton>
							</Form>
						)}
					</Section>
				)}
			</div>
		</>
	);
}
