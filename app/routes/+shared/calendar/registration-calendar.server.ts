import type { RegistrationDocument } from "#app/domain/offers/registration-documents.repository.server.ts";
import { registrationEvents } from "#app/domain/offers/registration-events.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { buildCalendar } from "#app/infra/ics.ts";

/** Fixed, unlike the public address: a calendar must recognise its events after a move. */
const UID_DOMAIN = "ribambelle";

/**
 * Registrations as an iCalendar file in a language: « Ajouter à mon agenda » for one, the
 * family feed for all. Accepted ones are confirmed events; cancelled ones keep their UID with
 * STATUS:CANCELLED so calendar apps remove them. Each event links back to the child's page.
 */
export function registrationsCalendar(
	registrations: RegistrationDocument[],
	options: { language: string; name?: string },
): string {
	const t = translatorFor(options.language);
	const appUrl = getConfig().appUrl;
	const events = registrations.flatMap((registration) => {
		const childName = `${registration.child_first_name} ${registration.child_last_name}`.trim();
		const page = registration.kind === "camp" ? "camps" : "activities";
		return registrationEvents(
			registration,
			{
				summary: t(registration.status === "cancelled" ? "camps.ics.cancelledSummary" : "camps.ics.summary", {
					title: registration.title,
					childName: registration.child_first_name || childName,
				}),
				description: [
					t("camps.ics.description", { childName, houseName: registration.house_name }),
					registration.with_care ? t("camps.ics.withCare") : "",
				]
					.filter(Boolean)
					.join("\n"),
				location: `${registration.house_name}, ${registration.house_address}, ${registration.house_postal_code} ${registration.house_locality}`,
				url: new URL(`/children/${registration.child_id}/${page}`, appUrl).toString(),
			},
			UID_DOMAIN,
		);
	});
	return buildCalendar({ productId: "-//Ribambelle//Inscriptions//FR", name: options.name, events });
}

/** An iCalendar response: a download for one registration, a subscription for the feed. */
export function calendarResponse(body: string, options: { fileName?: string; cache: string }): Response {
	const headers: Record<string, string> = {
		"Content-Type": "text/calendar; charset=utf-8",
		"Cache-Control": options.cache,
		"X-Robots-Tag": "noindex",
	};
	if (options.fileName) headers["Content-Disposition"] = `attachment; filename="${options.fileName}"`;
	return new Response(body, { headers });
}
