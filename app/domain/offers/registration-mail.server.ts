import type { Database } from "#app/db/db.server.ts";
import type { RegistrationStatus } from "#app/db/schema.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { appLink } from "../accounts/links.server.ts";
import { childDisplayName, mailGuardians } from "../families/guardian-mail.server.ts";
import { offerDatesLabel } from "./offer-dates.ts";

/**
 * Tells every guardian of the child, in their language, what the registration's state is now.
 * Called inside the transaction that changed it: the mail exists if and only if it committed.
 */
export async function mailRegistrationState(
	trx: Database,
	options: {
		registration: { child_id: string; status: RegistrationStatus; refusal_reason?: string | null };
		offer: { title: string; house_id: string; first_day: string; last_day: string; dates: string; kind: string };
		/** 1-based, for a waiting registration. */
		position?: number;
	},
): Promise<void> {
	const { registration, offer, position } = options;
	const [child, house] = await Promise.all([
		trx
			.selectFrom("children")
			.select(["first_name", "last_name"])
			.where("id", "=", registration.child_id)
			.executeTakeFirstOrThrow(),
		trx.selectFrom("houses").select("name").where("id", "=", offer.house_id).executeTakeFirstOrThrow(),
	]);
	const childName = childDisplayName(child);
	await mailGuardians(trx, {
		childId: registration.child_id,
		template: "registration.updated",
		data: ({ firstName, language }) => {
			const t = translatorFor(language);
			return {
				firstName,
				childName,
				offerTitle: offer.title,
				houseName: house.name,
				dates: offerDatesLabel(offer, language),
				statusLabel:
					registration.status === "waiting" && position
						? t("offers.registration.waitingPosition", { position })
						: t(`offers.registration.status.${registration.status}`),
				statusSentence: t(`offers.mail.${registration.status}`, {
					childName: child.first_name || childName,
					position: position ?? "",
					reason: registration.refusal_reason ?? "",
				}),
				url: appLink(`/children/${registration.child_id}/${offer.kind === "camp" ? "camps" : "activities"}`),
			};
		},
	});
}
