import type { TFunction } from "i18next";
import { formatDate, formatMoney } from "#app/ui/format.ts";
import { type AuditAction, isAuditAction } from "./audit-actions.ts";
import { type AuditNames, type AuditRowRefs, detailsOf } from "./audit-names.repository.server.ts";

/** An audit row as listed, with the actor's name from the join. */
export type AuditRow = AuditRowRefs & {
	action: string;
	actor_user_id: string | null;
	actor_first_name: string | null;
	actor_last_name: string | null;
	actor_email: string | null;
};

const text = (value: unknown) => (typeof value === "string" && value.length > 0 ? value : undefined);
const isoDate = (value: unknown) =>
	typeof value === "string" && /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : undefined;

/**
 * The row as a sentence in the language of `t`, e.g. « Marie Dupont a refusé l'inscription
 * d'Alain Martin à « Multisports » ». Names come from `names` (resolved for the whole page);
 * something deleted since is named from the row's details when they kept it (an offer's
 * title), else described (« un enfant dont le dossier a été supprimé »). A code unknown to
 * this version (an old row) shows as is, with its details.
 */
export function auditSentence(row: AuditRow, names: AuditNames, t: TFunction, language: string): string {
	const details = detailsOf(row);
	const unknown = (kind: string) => t(`audit.unknown.${kind}` as never);
	const quoted = (title: string) => t("audit.quoted", { title });
	const offerNamed = (id: string | undefined) => {
		const offer = id ? names.offers.get(id) : undefined;
		if (offer) return quoted(offer.title);
		return undefined;
	};
	const registration =
		row.target_type === "registration" && row.target_id ? names.registrations.get(row.target_id) : undefined;
	const target = (kind: string) => (row.target_type === kind ? (row.target_id ?? undefined) : undefined);

	const actor =
		[row.actor_first_name, row.actor_last_name].filter(Boolean).join(" ") ||
		row.actor_email ||
		(row.actor_user_id ? unknown("person") : t("audit.anonymous"));
	const childId = target("child") ?? text(details.childId);
	const child = (childId ? names.children.get(childId) : undefined) ?? registration?.child ?? unknown("child");
	const offerId = target("offer") ?? text(details.offerId);
	const offer =
		offerNamed(offerId) ??
		(registration?.offer ? quoted(registration.offer.title) : undefined) ??
		(text(details.title) ? quoted(details.title as string) : undefined) ??
		unknown("offer");
	const fromId = text(details.from);
	const personId = target("user") ?? text(details.guardianId);
	const invitationId = target("invitation");
	const role = (value: unknown) => (text(value) ? t(`staff.roles.${value as string}` as never) : "");
	const houseId = target("house") ?? text(details.houseId);
	const periodId = target("period");
	const status = text(details.status);

	const values = {
		actor,
		child,
		offer,
		sourceOffer: (fromId && !fromId.includes("@") ? offerNamed(fromId) : undefined) ?? unknown("offer"),
		intoChild: (text(details.into) ? names.children.get(details.into as string) : undefined) ?? unknown("child"),
		// A failed sign-in with a name nobody has names no account at all.
		person: (personId ? names.users.get(personId) : undefined) ?? unknown(personId ? "person" : "account"),
		email: text(details.email) ?? (invitationId ? names.invitations.get(invitationId) : undefined) ?? unknown("email"),
		oldEmail: text(details.from) ?? unknown("email"),
		newEmail: text(details.to) ?? unknown("email"),
		role: role(details.role),
		fromRole: role(details.from),
		toRole: role(details.to),
		house: (houseId ? names.houses.get(houseId) : undefined) ?? text(details.name) ?? unknown("house"),
		period: (periodId ? names.periods.get(periodId) : undefined) ?? text(details.name) ?? unknown("period"),
		group: text(details.name) ?? unknown("group"),
		status: status ? t(`offers.registration.status.${status}` as never) : "",
		count: Number(
			details.rows ?? details.children ?? details.mailed ?? details.meals ?? details.invoices ?? details.count ?? 0,
		),
		amount: typeof details.amountCents === "number" ? formatMoney(details.amountCents, language) : "",
		invoiceNumber: text(details.number) ?? "",
		statement: text(details.statement) ?? "",
		document: text(details.title) ? quoted(details.title as string) : "",
		// « (reason) » after a staff decision that needed one; the reason is the member's own words.
		reasonNote: text(details.reason) ? ` (${details.reason as string})` : "",
		// « (maternelle) » after a meal whose price is for one school class.
		labelNote: text(details.label) ? ` (${details.label as string})` : "",
		format: (text(details.format) ?? "").toUpperCase(),
		date: isoDate(details.endsOn ?? details.day) ? formatDate((details.endsOn ?? details.day) as string, language) : "",
		startsOn: isoDate(details.startsOn) ? formatDate(details.startsOn as string, language) : "",
	};
	if (!isAuditAction(row.action)) return `${row.action} ${row.details}`;
	return t(sentenceKey(row.action), values);
}

export function sentenceKey(action: AuditAction) {
	return `audit.sentences.${action}` as never;
}
