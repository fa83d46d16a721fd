import { registrationReference } from "#app/domain/offers/registration-reference.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { calendarResponse, registrationsCalendar } from "../../../+shared/calendar/registration-calendar.server.ts";
import type { Route } from "./+types/calendar";
import { registrationDocumentOf } from "./registration-document.server.ts";

/** « Ajouter à mon agenda »: the accepted registration as an .ics file. */
export async function loader(args: Route.LoaderArgs) {
	const registration = await registrationDocumentOf(args);
	const body = registrationsCalendar([registration], { language: getLanguage(args.context) });
	return calendarResponse(body, { fileName: `${registrationReference(registration.id)}.ics`, cache: "no-store" });
}
