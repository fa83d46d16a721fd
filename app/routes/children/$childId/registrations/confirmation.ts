import { offerRunDaysLabel } from "#app/domain/offers/offer-days.server.ts";
import type { RegistrationDocument } from "#app/domain/offers/registration-documents.repository.server.ts";
import { registrationReference } from "#app/domain/offers/registration-reference.ts";
import { dateInBrussels } from "#app/infra/clock.ts";
import { getLanguage, translatorFor } from "#app/infra/i18n.server.ts";
import { renderRegistrationConfirmation } from "#app/infra/pdf/registration-confirmation.server.ts";
import type { Language } from "#app/locales/languages.ts";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { dayAndTime } from "../+shared/offer-format.ts";
import type { Route } from "./+types/confirmation";
import { registrationDocumentOf } from "./registration-document.server.ts";

const languageTags: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", de: "de-BE", en: "en" };

function confirmationOf(registration: RegistrationDocument, language: Language) {
	const t = translatorFor(language);
	const money = (cents: number) => formatMoney(cents, language);
	// As the family typed it: upper case would change letters (Turkish i, German ß, Greek accents).
	const childName = `${registration.child_first_name} ${registration.child_last_name}`.trim();
	const care =
		registration.care_price_cents === null
			? t("camps.confirmation.careNotOffered")
			: registration.with_care
				? t("camps.confirmation.careChosen", { price: money(registration.care_price_cents) })
				: t("camps.confirmation.careNotChosen");
	const cancelled = registration.status === "cancelled";
	const cancellation = cancelled
		? [
				{
					label: t("camps.confirmation.reason"),
					value: t(
						registration.cancellation_reason === "offer_cancelled"
							? "camps.confirmation.reasons.offerCancelled"
							: registration.cancellation_reason === "date_removed"
								? "camps.confirmation.reasons.dateRemoved"
								: "camps.confirmation.reasons.other",
					),
				},
			]
		: [];
	return {
		languageTag: languageTags[language],
		title: t(cancelled ? "camps.confirmation.cancelledTitle" : "camps.confirmation.title"),
		groupName: registration.group_name,
		intro: t(cancelled ? "camps.confirmation.cancelledIntro" : "camps.confirmation.intro", {
			groupName: registration.group_name,
		}),
		kindLabel: t(`offers.kinds.${registration.kind}`),
		offerTitle: registration.title,
		rows: [
			{
				label: t("camps.confirmation.child"),
				value: `${childName} (${t("camps.confirmation.fileNumber", { number: registration.child_file_number })})`,
			},
			{
				label: t("camps.confirmation.house"),
				value: `${registration.house_name}\n${registration.house_address}, ${registration.house_postal_code} ${registration.house_locality}`,
			},
			{ label: t("camps.confirmation.dates"), value: offerRunDaysLabel(registration, language) },
			{ label: t("camps.confirmation.times"), value: `${registration.start_time} – ${registration.end_time}` },
			{ label: t("camps.confirmation.participation"), value: money(registration.price_cents) },
			{ label: t("camps.confirmation.care"), value: care },
			{ label: t("camps.confirmation.status"), value: t(`offers.registration.status.${registration.status}`) },
			...cancellation,
			{ label: t("camps.confirmation.registeredOn"), value: dayAndTime(registration.queued_at, language) },
			{ label: t("camps.confirmation.reference"), value: registrationReference(registration.id) },
		],
		contactTitle: t("camps.confirmation.contact", { houseName: registration.house_name }),
		contactLines: [registration.house_phone, registration.house_email].filter((line): line is string => Boolean(line)),
		footer: t("camps.confirmation.issuedOn", { date: formatDate(dateInBrussels(), language) }),
	};
}

/**
 * The confirmation (PDF) of an accepted registration, in the viewer's language, any time later;
 * once the registration is cancelled, the same address gives its cancellation and why.
 */
export async function loader(args: Route.LoaderArgs) {
	const registration = await registrationDocumentOf(args);
	const language = getLanguage(args.context);
	const pdf = await renderRegistrationConfirmation(confirmationOf(registration, language));
	const fileName = `${translatorFor(language)("camps.confirmation.fileName")}-${registrationReference(registration.id)}.pdf`;
	return new Response(new Uint8Array(pdf), {
		headers: {
			"Content-Type": "application/pdf",
			"Content-Disposition": `inline; filename="${fileName}"`,
			"Cache-Control": "no-store",
		},
	});
}
