import { Form, Link } from "react-router";
import { registrationStatuses } from "#app/db/schema.ts";
import type { RegistrationDecisionKind } from "#app/domain/offers/registration-decisions.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { FormAlert } from "#app/ui/form.tsx";
import { formatDate, formatDateTime } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { EmptyNote } from "../../+shared/empty-note.tsx";
import { OfferHeader } from "../../+shared/offer-header.tsx";
import { ageLabel, badgeClass, registrationStatusClass } from "../../+shared/offer-labels.ts";
import type { Route } from "./+types/index";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"offerAdmin.age",
		"offerAdmin.back",
		"offerAdmin.list",
		"offerAdmin.no",
		"offerAdmin.registrations",
		"offerAdmin.tabs",
		"offerAdmin.yes",
		"offers.decide",
		"offers.kinds",
		"offers.register",
		"offers.registration",
		"offers.status",
	],
};

export { action, loader } from "./index.server.ts";

type Registration = Route.ComponentProps["loaderData"]["registrations"][number];

const smallButton = "inline-flex min-h-9 items-center whitespace-nowrap rounded-md px-3 text-sm font-semibold";
const styles: Record<RegistrationDecisionKind, string> = {
	accept: `${smallButton} bg-brand-700 text-white hover:bg-brand-800`,
	wait: `${smallButton} border border-stone-400 bg-white text-stone-900 hover:bg-stone-100`,
	refuse: `${smallButton} bg-red-700 text-white hover:bg-red-800`,
	cancel: `${smallButton} bg-red-700 text-white hover:bg-red-800`,
};
const cell = "flex gap-2 py-0.5 md:table-cell md:px-3 md:py-2";

/** A label shown before a cell's value where the table has no header (phones). */
function CellLabel({ children }: { children: React.ReactNode }) {
	return <span className="w-36 shrink-0 font-semibold text-stone-700 md:hidden">{children}</span>;
}

/**
 * The decisions on one registration. Accept and « liste d'attente » act at once; refusing
 * asks for the reason sent to the parents, and cancelling asks to confirm, both in a
 * disclosure that works without JavaScript.
 */
/** `sentReason`: the refusal reason the server sent back with its errors, typed again for the user. */
function Decisions({
	registration,
	errors,
	sentReason,
}: {
	registration: Registration;
	errors: string[];
	sentReason?: string;
}) {
	const { t } = useT();
	const hidden = (decision: RegistrationDecisionKind) => (
		<>
			<input type="hidden" name="registrationId" value={registration.id} />
			<input type="hidden" name="decision" value={decision} />
		</>
	);
	const reasonId = `reason-${registration.id}`;
	return (
		<div className="flex flex-wrap items-center gap-x-3 gap-y-2">
			{registration.decisions
				.filter((decision) => decision === "accept" || decision === "wait")
				.map((decision) => (
					<Form key={decision} method="post">
						{hidden(decision)}
						<button type="submit" className={styles[decision]}>
							{t(`offerAdmin.registrations.actions.${decision}`)}
						</button>
					</Form>
				))}
			{registration.decisions
				.filter((decision) => decision === "refuse" || decision === "cancel")
				.map((decision) => (
					<details key={decision} open={decision === "refuse" && errors.length > 0} className="open:basis-full">
						<summary className="cursor-pointer text-sm font-semibold text-red-800 underline">
							{t(`offerAdmin.registrations.actions.${decision}`)}…
						</summary>
						<Form method="post" className="mt-2 space-y-2 rounded-md border border-red-200 bg-red-50 p-3">
							{hidden(decision)}
							{decision === "refuse" ? (
								<div>
									<label htmlFor={reasonId} className="text-sm font-semibold text-stone-800">
										{t("offerAdmin.registrations.actions.reason")}
									</label>
									<textarea
										id={reasonId}
										name="reason"
										required
										maxLength={500}
										rows={2}
										defaultValue={sentReason}
										className="mt-1 block w-full rounded-md border border-stone-400 bg-white px-2 py-1"
									/>
								</div>
							) : (
								<p className="text-sm text-stone-800">{t("offerAdmin.registrations.actions.cancelWarning")}</p>
							)}
							<button type="submit" className={styles[decision]}>
								{t(`offerAdmin.registrations.actions.${decision}Confirm`)}
							</button>
						</Form>
					</details>
				))}
		</div>
	);
}

/** The registrations of a camp or an activity, by state, with the staff's decisions and the exports. */
export default function OfferRegistrations({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, offer, canEdit, status, day, days, page, hasMore, counts, total, registrations, byDay } = loaderData;
	const base = `/staff/${group.id}/offers/${offer.id}/registrations`;
	const result = actionData?.result;
	const sent = result?.initialValue as { registrationId?: string; reason?: string } | undefined;
	const failedId = sent?.registrationId;
	const errors = Object.values(result?.error ?? {})
		.flat()
		.filter((error): error is string => typeof error === "string");
	const query = status ? `?status=${status}` : "";
	const listHref = (filters: { status?: string | null; day?: string | null }, target = 1) =>
		pageHref(base, { status, day, ...filters }, target);
	const filterClass = (active: boolean) =>
		`inline-flex min-h-9 items-center rounded-full border px-3 text-sm font-medium ${
			active
				? "border-brand-700 bg-brand-700 text-white"
				: "border-stone-300 bg-white text-stone-800 hover:bg-stone-100"
		}`;
	return (
		<>
			<title>{`${t("offerAdmin.tabs.registrations")} · ${offer.title} · Ribambelle`}</title>
			<OfferHeader groupId={group.id} offer={offer} />
			<div className="mb-4 flex flex-wrap items-center justify-between gap-3">
				<nav aria-label={t("offerAdmin.registrations.filterLabel")}>
					<ul className="flex flex-wrap gap-2">
						<li>
							<Link
								to={listHref({ status: null })}
								className={filterClass(status === null)}
								aria-current={status === null ? "page" : undefined}
							>
								{t("offerAdmin.registrations.all", { total })}
							</Link>
						</li>
						{registrationStatuses.map((state) => (
							<li key={state}>
								<Link
									to={listHref({ status: state })}
									className={filterClass(status === state)}
									aria-current={status === state ? "page" : undefined}
								>
									<span className="first-letter:uppercase inline-block">
										{t(`offers.registration.status.${state}`)}
									</span>
									&nbsp;({counts[state]})
								</Link>
							</li>
						))}
					</ul>
				</nav>
				<p className="flex flex-wrap gap-2">
					<a href={`${base}/export.csv${query}`} download className={styles.wait}>
						{t("offerAdmin.registrations.exportCsv")}
					</a>
					<a href={`${base}/export.xlsx${query}`} download className={styles.wait}>
						{t("offerAdmin.registrations.exportXlsx")}
					</a>
				</p>
			</div>
			{days.length > 0 ? (
				<nav aria-label={t("offerAdmin.registrations.dayFilterLabel")} className="mb-4">
					<ul className="flex flex-wrap gap-2">
						<li>
							<Link
								to={listHref({ day: null })}
								className={filterClass(day === null)}
								aria-current={day === null ? "page" : undefined}
							>
								{t("offerAdmin.registrations.allDays")}
							</Link>
						</li>
						{days.map((choice) => (
							<li key={choice}>
								<Link
									to={listHref({ day: choice })}
									className={filterClass(day === choice)}
									aria-current={day === choice ? "page" : undefined}
								>
									{formatDate(choice, language)}
								</Link>
							</li>
						))}
					</ul>
				</nav>
			) : null}
			{errors.length > 0 && !failedId ? <FormAlert errors={errors} /> : null}
			{registrations.length === 0 ? (
				<EmptyNote>{t("offerAdmin.registrations.empty")}</EmptyNote>
			) : (
				<div className="panel">
					<table className="w-full text-left text-sm">
						<caption className="sr-only">{t("offerAdmin.tabs.registrations")}</caption>
						<thead className="hidden bg-stone-100 text-stone-800 md:table-header-group">
							<tr>
								{(byDay
									? (["child", "day", "age", "care", "registeredAt", "status"] as const)
									: (["child", "age", "care", "registeredAt", "status"] as const)
								).map((column) => (
									<th key={column} scope="col" className="px-3 py-2">
										{t(`offerAdmin.registrations.columns.${column}`)}
									</th>
								))}
								{canEdit ? (
									<th scope="col" className="px-3 py-2">
										{t("offerAdmin.registrations.columns.actions")}
									</th>
								) : null}
							</tr>
						</thead>
						<tbody className="divide-y divide-stone-200">
							{registrations.map((registration) => (
								<tr key={registration.id} className="block p-3 align-top md:table-row md:p-0">
									<td className={cell}>
										<span className="max-md:text-base">
											<Link
												to={`/staff/${group.id}/children/${registration.childId}`}
												className="whitespace-nowrap font-medium text-brand-800 underline"
											>
												{registration.name}
											</Link>
											<span className="block text-stone-600">
												{t("offerAdmin.registrations.fileNumber", { number: registration.fileNumber })}
											</span>
										</span>
									</td>
									{byDay ? (
										<td className={cell}>
											<CellLabel>{t("offerAdmin.registrations.columns.day")}</CellLabel>
											<span className="whitespace-nowrap font-semibold">
												{registration.day ? formatDate(registration.day, language) : "—"}
											</span>
										</td>
									) : null}
									<td className={cell}>
										<CellLabel>{t("offerAdmin.registrations.columns.age")}</CellLabel>
										{registration.ageMonths === null ? "—" : ageLabel(t, registration.ageMonths)}
									</td>
									<td className={cell}>
										<CellLabel>{t("offerAdmin.registrations.columns.care")}</CellLabel>
										{t(registration.withCare ? "offerAdmin.yes" : "offerAdmin.no")}
									</td>
									<td className={cell}>
										<CellLabel>{t("offerAdmin.registrations.columns.registeredAt")}</CellLabel>
										<span className="whitespace-nowrap">{formatDateTime(registration.queuedAt, language)}</span>
									</td>
									<td className={cell}>
										<CellLabel>{t("offerAdmin.registrations.columns.status")}</CellLabel>
										<span>
											<span
												className={`${badgeClass} whitespace-nowrap ${registrationStatusClass[registration.status]}`}
											>
												{t(`offers.registration.status.${registration.status}`)}
											</span>
											{registration.position ? (
												<span className="mt-1 block font-semibold text-sky-950">
													{t("offerAdmin.registrations.position", { position: registration.position })}
												</span>
											) : null}
											{registration.refusalReason ? (
												<span className="mt-1 block text-stone-700">
													{t("offerAdmin.registrations.reason", { reason: registration.refusalReason })}
												</span>
											) : null}
										</span>
									</td>
									{canEdit ? (
										<td className="block pt-2 md:table-cell md:px-3 md:py-2">
											{failedId === registration.id ? <FormAlert errors={errors} /> : null}
											<Decisions
												registration={registration}
												errors={failedId === registration.id ? errors : []}
												sentReason={failedId === registration.id ? sent?.reason : undefined}
											/>
										</td>
									) : null}
								</tr>
							))}
						</tbody>
					</table>
				</div>
			)}
			<Pager
				label={t("offerAdmin.tabs.registrations")}
				page={page}
				previous={page > 1 ? listHref({}, page - 1) : null}
				next={hasMore ? listHref({}, page + 1) : null}
			/>
		</>
	);
}
