import { Link } from "react-router";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import { formatDate } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { Pager, pageHref } from "#app/ui/pager.tsx";
import { EmptyNote } from "../+shared/empty-note.tsx";
import { OfferHeader } from "../+shared/offer-header.tsx";
import { ageLabel, datesLabel } from "../+shared/offer-labels.ts";
import type { Route } from "./+types/attendance";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = {
	translations: [
		"offerAdmin.age",
		"offerAdmin.attendance",
		"offerAdmin.back",
		"offerAdmin.list",
		"offerAdmin.no",
		"offerAdmin.registrations",
		"offerAdmin.tabs",
		"offerAdmin.yes",
		"offers.kinds",
		"offers.register",
		"offers.status",
	],
};

export { loader } from "./attendance.server.ts";

type Attendee = Route.ComponentProps["loaderData"]["attendees"][number];

/** On phones each child is a card; on wide screens and on paper, a table row. */
const row = "block border-t border-stone-300 p-3 md:table-row md:p-0 print:table-row print:p-0";
const cell = "block py-0.5 align-top md:table-cell md:px-2 md:py-2 print:table-cell print:px-1.5 print:py-1";

function CellLabel({ children }: { children: React.ReactNode }) {
	return <span className="font-semibold text-stone-700 md:hidden print:hidden">{children} : </span>;
}

/** The people who must NOT take the children away, above everything else. */
function NotAllowedAlert({ attendees }: { attendees: Attendee[] }) {
	const { t } = useT();
	const concerned = attendees.filter((attendee) => attendee.notAllowed.length > 0);
	return (
		<section
			aria-labelledby="not-allowed-title"
			className="mb-6 break-inside-avoid rounded-lg border-4 border-red-700 bg-red-50 p-4 text-red-950 print:border-2"
		>
			<h3 id="not-allowed-title" className="text-lg font-bold uppercase">
				<span aria-hidden="true">⚠ </span>
				{t("offerAdmin.attendance.notAllowedTitle")}
			</h3>
			{concerned.length === 0 ? (
				<p className="mt-1">{t("offerAdmin.attendance.notAllowedNone")}</p>
			) : (
				<ul className="mt-2 space-y-2">
					{concerned.map((attendee) => (
						<li key={attendee.id}>
							<span className="font-bold">{attendee.name}</span>
							<ul className="ml-4 list-disc">
								{attendee.notAllowed.map((person) => (
									<li key={`${person.name}-${person.phone}`}>
										<span className="font-semibold">{person.name}</span> ({person.relation}) — {person.phone}
										{person.notes ? ` — ${person.notes}` : ""}
									</li>
								))}
							</ul>
						</li>
					))}
				</ul>
			)}
		</section>
	);
}

function MedicalCells({ attendee }: { attendee: Attendee }) {
	const { t } = useT();
	return (
		<>
			<td className={`${cell} md:min-w-44`}>
				<CellLabel>{t("offerAdmin.attendance.columns.allergies")}</CellLabel>
				{attendee.allergies.length === 0 ? (
					"—"
				) : (
					<ul className="inline md:block print:block">
						{attendee.allergies.map((allergy) => (
							<li key={allergy.allergen} className="font-semibold text-red-900">
								{allergy.allergen}
								<span className="block font-normal text-stone-800">
									{[allergy.reactions, allergy.whatToDo].filter(Boolean).join(" — ")}
								</span>
							</li>
						))}
					</ul>
				)}
			</td>
			<td className={`${cell} md:min-w-36`}>
				<CellLabel>{t("offerAdmin.attendance.columns.medications")}</CellLabel>
				{attendee.medications.length === 0 ? (
					"—"
				) : (
					<ul className="inline md:block print:block">
						{attendee.medications.map((medication) => (
							<li key={medication.name}>
								<span className="font-semibold">{medication.name}</span> {medication.dose} — {medication.times}
								{medication.selfAdministered ? ` (${t("offerAdmin.attendance.selfAdministered")})` : ""}
							</li>
						))}
					</ul>
				)}
			</td>
		</>
	);
}

/**
 * The printable attendance list for animators: one line per accepted child with age, medical
 * alerts, guardians' phones and emergency contacts, boxes to tick each day, and the people NOT allowed to pick a
 * child up. Each view is audited (it shows medical data).
 */
export default function Attendance({ loaderData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, offer, days, attendees, day, dayChoices, page, hasMore } = loaderData;
	const base = `/staff/${group.id}/offers/${offer.id}/attendance`;
	return (
		<>
			<title>{`${t("offerAdmin.attendance.title")} · ${offer.title} · Ribambelle`}</title>
			<OfferHeader groupId={group.id} offer={offer} />
			<div className="text-stone-900 print:text-xs">
				<div className="mb-4 flex flex-wrap items-start justify-between gap-3">
					<div>
						<h2 className="text-xl font-bold print:text-base">
							{t("offerAdmin.attendance.title")}
							<span className="hidden print:inline"> — {offer.title}</span>
						</h2>
						<p className="hidden print:block">
							{offer.houseName} · {datesLabel(offer, language)} · {offer.startTime}–{offer.endTime}
						</p>
						<p className="text-stone-700">
							{day
								? t("offerAdmin.attendance.dayCount", { count: attendees.length, date: formatDate(day, language) })
								: t("offerAdmin.attendance.count", { count: attendees.length })}
						</p>
					</div>
					<button
						type="button"
						onClick={() => window.print()}
						className="inline-flex min-h-11 items-center rounded-md bg-brand-700 px-5 font-semibold text-white hover:bg-brand-800 print:hidden"
					>
						{t("offerAdmin.attendance.print")}
					</button>
				</div>
				{day && dayChoices.length > 1 ? (
					<nav aria-label={t("offerAdmin.attendance.dayLabel")} className="mb-4 flex flex-wrap gap-2 print:hidden">
						{dayChoices.map((choice) => (
							<Link
								key={choice}
								to={`?day=${choice}`}
								aria-current={choice === day ? "page" : undefined}
								className="inline-flex min-h-11 items-center rounded-md border border-stone-300 px-4 font-semibold text-brand-800 aria-[current=page]:bg-brand-700 aria-[current=page]:text-white"
							>
								{formatDate(choice, language)}
							</Link>
						))}
					</nav>
				) : null}
				<p className="mb-4 rounded-md border border-amber-300 bg-amber-50 p-2 text-sm text-amber-950">
					{t("offerAdmin.attendance.confidential")}
				</p>
				<NotAllowedAlert attendees={attendees} />
				{attendees.length === 0 ? (
					<EmptyNote>{t("offerAdmin.attendance.empty")}</EmptyNote>
				) : (
					// A wide list scrolls sideways: keyboard users reach it too (it is focusable).
					<section
						aria-label={t("offerAdmin.attendance.title")}
						// biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must take the focus to scroll by keyboard
						tabIndex={0}
						className="relative overflow-x-auto print:overflow-visible"
					>
						<table className="w-full border-collapse rounded-lg border border-stone-300 bg-white text-left text-sm print:text-xs">
							<caption className="sr-only">{t("offerAdmin.attendance.title")}</caption>
							<thead className="hidden bg-stone-100 md:table-header-group print:table-header-group">
								<tr>
									{(["child", "birthDate", "care", "allergies", "medications", "guardians", "emergency"] as const).map(
										(column) => (
											<th key={column} scope="col" className="px-2 py-2 print:px-1.5 print:py-1">
												{t(`offerAdmin.attendance.columns.${column}`)}
											</th>
										),
									)}
									{days.map((day) => (
										<th key={day} scope="col" className="w-12 px-1 py-2 text-center print:py-1">
											{formatDate(day, language).slice(0, 5)}
										</th>
									))}
								</tr>
							</thead>
							<tbody>
								{attendees.map((attendee) => (
									<tr key={attendee.id} className={`${row} break-inside-avoid`}>
										<td className={cell}>
											<span className="font-bold md:whitespace-nowrap">{attendee.name}</span>
											<span className="block text-stone-600">
												{t("offerAdmin.registrations.fileNumber", { number: attendee.fileNumber })}
											</span>
											{attendee.notAllowed.length > 0 ? (
												<span className="mt-1 inline-block rounded bg-red-700 px-1.5 text-xs font-bold uppercase text-white">
													{t("offerAdmin.attendance.notAllowedBadge")}
												</span>
											) : null}
										</td>
										<td className={cell}>
											<CellLabel>{t("offerAdmin.attendance.columns.birthDate")}</CellLabel>
											{attendee.birthDate ? formatDate(attendee.birthDate, language) : "—"}
											{attendee.ageMonths === null ? null : (
												<span className="block text-stone-600 max-md:inline max-md:before:content-['_·_'] print:block">
													{ageLabel(t, attendee.ageMonths)}
												</span>
											)}
										</td>
										<td className={cell}>
											<CellLabel>{t("offerAdmin.attendance.columns.care")}</CellLabel>
											{t(attendee.withCare ? "offerAdmin.yes" : "offerAdmin.no")}
										</td>
										<MedicalCells attendee={attendee} />
										<td className={cell}>
											<CellLabel>{t("offerAdmin.attendance.columns.guardians")}</CellLabel>
											<ul className="inline md:block print:block">
												{attendee.guardians.map((guardian) => (
													<li key={guardian.name} className="max-md:inline max-md:not-last:after:content-[',_']">
														{guardian.name}{" "}
														{guardian.phone ? (
															<span className="whitespace-nowrap font-semibold">{guardian.phone}</span>
														) : null}
													</li>
												))}
											</ul>
										</td>
										<td className={`${cell} md:min-w-40`}>
											<CellLabel>{t("offerAdmin.attendance.columns.emergency")}</CellLabel>
											{attendee.emergencyContacts.length === 0 ? (
												<span className="text-stone-600">{t("offerAdmin.attendance.emergencyNone")}</span>
											) : (
												<ul className="inline md:block print:block">
													{attendee.emergencyContacts.map((contact) => (
														<li
															key={`${contact.name}-${contact.phones[0]}`}
															className="max-md:inline max-md:not-last:after:content-[',_']"
														>
															{contact.name} ({contact.relation}){" "}
															{contact.phones.map((phone) => (
																<span key={phone} className="whitespace-nowrap font-semibold">
																	{phone}{" "}
																</span>
															))}
														</li>
													))}
												</ul>
											)}
										</td>
										{days.map((day) => (
											<td key={day} className="hidden border-l border-stone-300 md:table-cell print:table-cell">
												<span className="sr-only">{formatDate(day, language)}</span>
											</td>
										))}
									</tr>
								))}
							</tbody>
						</table>
					</section>
				)}
			</div>
			<div className="print:hidden">
				<Pager
					label={t("offerAdmin.tabs.attendance")}
					page={page}
					previous={page > 1 ? pageHref(base, { day }, page - 1) : null}
					next={hasMore ? pageHref(base, { day }, page + 1) : null}
				/>
			</div>
		</>
	);
}
