import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import { isLoopbackAddress } from "#app/infra/addresses.ts";
import { TIME_ZONE } from "#app/infra/clock.ts";
import { getConfig } from "#app/infra/config.server.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { listDevMailboxMessages } from "#app/infra/mail/dev-mailbox.server.ts";
import { getRequestContext } from "#app/infra/request-context.server.ts";
import type { Route } from "./+types/mailbox";

const SHOWN = 50;

/**
 * The newest mails the dev mailbox kept. A production installation, or any that sends real
 * mail, answers 404 as for an unknown page: the page would show other people's links. So does
 * a request from another machine: a development server reachable on the network (HOST=0.0.0.0)
 * must not hand out everyone's confirmation and reset links.
 */
export async function loader({ context }: Route.LoaderArgs) {
	const config = getConfig();
	if (config.env === "production" || config.smtpUrl) throw data(null, { status: 404 });
	if (!isLoopbackAddress(getRequestContext(context).clientIp)) throw data(null, { status: 404 });
	// Formatted here, once, so the server's and the browser's time-zone data cannot disagree.
	const format = new Intl.DateTimeFormat(`${getLanguage(context)}-BE`, {
		timeZone: TIME_ZONE,
		dateStyle: "medium",
		timeStyle: "medium",
	});
	const messages = await listDevMailboxMessages(getDb(), { limit: SHOWN });
	return {
		messages: messages.map((message) => ({
			id: message.id,
			to: message.to_address,
			subject: message.subject,
			text: message.text_body,
			receivedAt: message.created_at,
			receivedAtLabel: format.format(new Date(message.created_at)),
		})),
	};
}
