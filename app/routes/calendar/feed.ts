import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { findCalendarFeedOwner } from "#app/domain/offers/calendar-feed.server.ts";
import { listCalendarRegistrationsForGuardian } from "#app/domain/offers/registration-documents.repository.server.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { defaultLanguage, isLanguage } from "#app/locales/languages.ts";
import { calendarResponse, registrationsCalendar } from "../+shared/calendar/registration-calendar.server.ts";
import type { Route } from "./+types/feed";

/**
 * The family's private feed (`/calendar/<token>.ics`): every accepted (or since cancelled)
 * registration of every child of the token's owner, in the owner's language. The token is the only key: calendar
 * apps send no cookie. An unknown or replaced token is a plain 404.
 */
export async function loader({ params }: Route.LoaderArgs) {
	const match = /^([A-Za-z0-9_-]{43})\.ics$/.exec(params.feed ?? "");
	if (!match?.[1]) throw data(null, { status: 404 });
	const db = getDb();
	const owner = await findCalendarFeedOwner(db, match[1]);
	if (!owner) throw data(null, { status: 404 });
	const language = isLanguage(owner.language) ? owner.language : defaultLanguage;
	const registrations = await listCalendarRegistrationsForGuardian(db, owner.user_id, language);
	const body = registrationsCalendar(registrations, {
		language,
		name: translatorFor(language)("camps.feed.calendarName"),
	});
	return calendarResponse(body, { cache: "private, max-age=300" });
}
