import { Form } from "react-router";
import { offerDatesLabel } from "#app/domain/offers/offer-dates.ts";
import { useT } from "#app/ui/i18n.tsx";
import type { CatalogueData } from "./catalogue.server.ts";
import { catalogueIntents } from "./catalogue-intents.ts";
import { dayAndTime, registrationStatusLabel, registrationStatusStyles } from "./offer-format.ts";

type Registration = CatalogueData["registrations"][number];

const linkClass =
	"inline-flex min-h-11 items-center rounded-md border border-stone-400 bg-white px-4 text-sm font-semibold text-stone-900 hover:bg-stone-100";

/** « Annuler l'inscription », asked twice: the first click opens the question, no script needed. */
function CancelRegistration({ registration, childName }: { registration: Registration; childName: string }) {
	const { t } = useT();
	return (
		<details className="group">
			<summary className={`${linkClass} cursor-pointer list-none text-red-800`}>
				{t("camps.registrations.cancel")}
			</summary>
			<Form method="post" className="mt-2 space-y-2 rounded-md border border-red-300 bg-red-50 p-3">
				<input type="hidden" name="intent" value={catalogueIntents.cancel} />
				<input type="hidden" name="registrationId" value={registration.id} />
				<p className="text-sm text-red-950">
					{t("camps.registrations.cancelQuestion", { childName, title: registration.title })}
				</p>
				<button
					type="submit"
					className="inline-flex min-h-11 items-center rounded-md bg-red-700 px-4 font-semibold text-white hover:bg-red-800"
				>
					{t("camps.registrations.cancelConfirm")}
				</button>
			</Form>
		</details>
	);
}

function RegistrationItem({
	registration,
	childId,
	childName,
	errors,
}: {
	registration: Registration;
	childId: string;
	childName: string;
	errors?: string[];
}) {
	const { t, language } = useT();
	const documents = `/children/${childId}/registrations/${registration.id}`;
	const active = registration.cancelDeadline !== null;
	return (
		<li className="rounded-md border border-stone-200 p-4">
			<div className="flex flex-wrap items-start justify-between gap-2">
				<div className="min-w-0">
					<p className="text-xs font-semibold uppercase tracking-wide text-stone-600">
						{t(`offers.kinds.${registration.kind}`)} · {registration.houseName}
					</p>
					<h3 className="font-semibold text-stone-900">{registration.title}</h3>
					<p className="text-sm text-stone-800">
						{offerDatesLabel(
							{
								kind: registration.kind,
								first_day: registration.firstDay,
								last_day: registration.lastDay,
								dates: registration.dates,
							},
							language,
						)}{" "}
						· {registration.startTime} → {registration.endTime}
						{registration.withCare ? ` · ${t("camps.registrations.withCare")}` : ""}
					</p>
				</div>
				<span
					className={`rounded-full border px-3 py-0.5 text-sm font-semibold ${registrationStatusStyles[registration.status] ?? ""}`}
				>
					{registrationStatusLabel(t, registration)}
				</span>
			</div>
			<p className="mt-1 text-sm text-stone-600">
				{t("camps.registrations.requestedOn", { date: dayAndTime(registration.queuedAt, language) })}
			</p>
			{registration.status === "refused" && registration.refusalReason ? (
				<p className="mt-1 text-sm text-red-900">
					{t("camps.registrations.refusedReason", { reason: registration.refusalReason })}
				</p>
			) : null}
			{registration.status === "cancelled" && registration.cancelledAt ? (
				<p className="mt-1 text-sm text-stone-700">
					{t(
						registration.offerCancelled
							? "camps.registrations.offerCancelledOn"
							: registration.dateRemoved
								? "camps.registrations.dateRemovedOn"
								: "camps.registrations.cancelledOn",
						{
							date: dayAndTime(registration.cancelledAt, language),
						},
					)}
				</p>
			) : null}
			{errors && errors.length > 0 ? (
				<div
					role="alert"
					className="mt-2 rounded-md border border-red-300 bg-red-50 p-3 text-sm font-medium text-red-900"
				>
					{errors.map((error) => (
						<p key={error}>{t(error as never, { childName })}</p>
					))}
				</div>
			) : null}
			{registration.status === "accepted" || registration.canCancel ? (
				<div className="mt-3 flex flex-wrap items-start gap-2">
					{registration.status === "accepted" ? (
						<>
							<a href={`${documents}/confirmation.pdf`} className={linkClass}>
								{t("camps.registrations.confirmationPdf")}
							</a>
							<a href={`${documents}/calendar.ics`} className={linkClass} download>
								{t("camps.registrations.addToCalendar")}
							</a>
						</>
					) : null}
					{registration.canCancel ? <CancelRegistration registration={registration} childName={childName} /> : null}
				</div>
			) : null}
			{active ? (
				<p className="mt-2 text-sm text-stone-600">
					{registration.canCancel && registration.cancelDeadline
						? t("camps.registrations.cancelUntil", { date: dayAndTime(registration.cancelDeadline, language) })
						: t("camps.registrations.tooLate")}
				</p>
			) : null}
		</li>
	);
}

/** « Inscriptions de l'enfant »: every registration with its state and what may still be done. */
export function RegistrationsSection({
	registrations,
	childId,
	childName,
	cancelResult,
	live,
}: {
	registrations: Registration[];
	childId: string;
	childName: string;
	/** A refused « Annuler l'inscription »: its registration id and messages. */
	cancelResult?: { registrationId: string; errors: string[] };
	/** The list refreshes itself (a registration is waiting or pending). */
	live: boolean;
}) {
	const { t } = useT();
	return (
		<section id="registrations" aria-labelledby="registrations-title" className="mt-8 scroll-mt-4 panel p-5 shadow-sm">
			<h2 id="registrations-title" className="panel-title">
				{t("camps.registrations.title")}
			</h2>
			{live ? <p className="mt-1 text-sm text-stone-600">{t("camps.registrations.live")}</p> : null}
			{registrations.length === 0 ? (
				<p className="mt-3 text-stone-700">{t("camps.registrations.empty", { childName })}</p>
			) : (
				<ul className="mt-4 space-y-3" aria-live="polite">
					{registrations.map((registration) => (
						<RegistrationItem
							key={registration.id}
							registration={registration}
							childId={childId}
							childName={childName}
							errors={cancelResult?.registrationId === registration.id ? cancelResult.errors : undefined}
						/>
					))}
				</ul>
			)}
		</section>
	);
}
