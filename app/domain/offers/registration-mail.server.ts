import type { Database } from "#app/db/db.server.ts";
import type { RegistrationCancellationReason, RegistrationStatus } from "#app/db/schema.ts";
import { translatorFor } from "#app/infra/i18n.server.ts";
import { appLink } from "../accounts/links.server.ts";
import { childDisplayName, mailGuardians } from "../families/guardian-mail.server.ts";
import { describeChanges, type OfferChangeKind, type OfferSchedule } from "./offer-changes.ts";
import { offerRunDaysLabel } from "./offer-days.server.ts";
import { localizedText } from "./staff-translations.ts";

/** An offer's title with the translations staff gave (absent: the French title for everyone). */
type OfferTitle = { title: string; title_nl?: string | null; title_de?: string | null; title_en?: string | null };

function registrationsLink(childId: string, kind: string): string {
	return appLink(`/children/${childId}/${kind === "camp" ? "camps" : "activities"}`);
}

/**
 * Tells every guardian of the child, in their language, what the registration's state is now.
 * Called inside the transaction that changed it: the mail exists if and only if it committed.
 */
export async function mailRegistrationState(
	trx: Database,
	options: {
		registration: {
			child_id: string;
			status: RegistrationStatus;
			refusal_reason?: string | null;
			/** A cancellation that was neither the family's nor the staff's choice. */
			cancellation_reason?: RegistrationCancellationReason | null;
		};
		/** The offer row; the title goes out in each guardian's language (decision 024). */
		offer: OfferTitle & { house_id: string; first_day: string; last_day: string; dates: string; kind: string };
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
			const title = localizedText(offer, "title", language);
			return {
				firstName,
				childName,
				offerTitle: title,
				houseName: house.name,
				dates: offerRunDaysLabel(offer, language),
				statusLabel:
					registration.status === "waiting" && position
						? t("offers.registration.waitingPosition", { position })
						: t(`offers.registration.status.${registration.status}`),
				statusSentence:
					registration.status === "cancelled" && registration.cancellation_reason
						? t(
								registration.cancellation_reason === "date_removed"
									? "offers.mail.dateRemoved"
									: "offers.mail.offerCancelled",
								{
									childName: child.first_name || childName,
									title,
									date: offerRunDaysLabel(offer, language),
								},
							)
						: t(`offers.mail.${registration.status}`, {
								childName: child.first_name || childName,
								position: position ?? "",
								reason: registration.refusal_reason ?? "",
							}),
				url: registrationsLink(registration.child_id, offer.kind),
			};
		},
	});
}

/**
 * Tells every guardian of a registered child, in their language, what changed in the offer
 * (dates, times, place, prices), new value beside the old. In the transaction of the change.
 */
export async function mailOfferChanged(
	trx: Database,
	options: {
		childId: string;
		changes: OfferChangeKind[];
		before: OfferSchedule & OfferTitle & { house_name: string };
		after: OfferSchedule & OfferTitle & { house_name: string };
	},
): Promise<void> {
	const { childId, changes, before, after } = options;
	const child = await trx
		.selectFrom("children")
		.select(["first_name", "last_name"])
		.where("id", "=", childId)
		.executeTakeFirstOrThrow();
	await mailGuardians(trx, {
		childId,
		template: "registration.offer-changed",
		data: ({ firstName, language }) => ({
			firstName,
			childName: childDisplayName(child),
			offerTitle: localizedText(after, "title", language),
			houseName: after.house_name,
			changes: describeChanges(changes, { before, after }, translatorFor(language), language),
			url: registrationsLink(childId, after.kind),
		}),
	});
}
