import { data } from "react-router";
import { getDb } from "#app/db/db.server.ts";
import type { OfferKind } from "#app/db/schema.ts";
import { isDossierComplete } from "#app/domain/families/dossier-fields.ts";
import { cancelRegistration } from "#app/domain/offers/cancel-registration.server.ts";
import {
	type CatalogueFilters,
	type ChildCatalogue,
	loadChildCatalogue,
	loadChildRegistrations,
} from "#app/domain/offers/child-catalogue.server.ts";
import { listRegistrationsOfChild } from "#app/domain/offers/offers.repository.server.ts";
import { registerChild } from "#app/domain/offers/register-child.server.ts";
import { listHousesOfGroup } from "#app/domain/offers/registration-documents.repository.server.ts";
import { now } from "#app/infra/clock.ts";
import { getLanguage } from "#app/infra/i18n.server.ts";
import { isId } from "#app/infra/ids.ts";
import { documentUrl } from "#app/server/document-url.ts";
import { redirectWithFlash } from "#app/server/flash.server.ts";
import { handleForm } from "#app/server/form-action.server.ts";
import { readForm } from "#app/server/form-body.server.ts";
import {
	type DossierArgs,
	guardianDossier,
	missingDataForLoaders,
	missingDocumentsForLoaders,
} from "../../../+shared/dossier/dossier-context.server.ts";
import { cancelRegistrationSchema, catalogueIntents, registerSchema } from "./catalogue-forms.ts";

/** The filters of the URL (`?period=…&postalCode=…&house=…`); anything malformed is ignored. */
function filtersOf(request: Request): CatalogueFilters {
	const search = documentUrl(request).searchParams;
	const periodId = search.get("period") ?? undefined;
	const postalCode = search.get("postalCode") ?? undefined;
	const houseId = search.get("house") ?? undefined;
	return {
		periodId: isId(periodId) ? periodId : undefined,
		postalCode: postalCode && /^\d{4}$/.test(postalCode) ? postalCode : undefined,
		houseId: isId(houseId) ? houseId : undefined,
	};
}

/** Only what a card shows goes to the browser. */
function cardOf(offer: ChildCatalogue["offers"][number]) {
	return {
		id: offer.id,
		kind: offer.kind,
		title: offer.title,
		description: offer.description,
		houseName: offer.house_name,
		periodName: offer.period_name,
		firstDay: offer.first_day,
		lastDay: offer.last_day,
		dates: offer.dates,
		startTime: offer.start_time,
		endTime: offer.end_time,
		priceCents: offer.price_cents,
		carePriceCents: offer.care_price_cents,
		careOptional: offer.care_optional,
		minAgeMonths: offer.min_age_months,
		maxAgeMonths: offer.max_age_months,
		maxAgeWholeYears: offer.max_age_whole_years,
		capacity: offer.capacity,
		waitingListSize: offer.waiting_list_size,
		status: offer.status,
		window: offer.window,
		opensAt: offer.opens_at,
		closesAt: offer.closes_at,
		staffDecision: offer.confirmation_mode === "staff",
		residentPostalCodes: offer.residentPostalCodes,
		places: offer.places,
		days: offer.days,
		action: offer.action,
	};
}
export type OfferCardData = ReturnType<typeof cardOf>;

/**
 * The loader of « Stages » (`camp`) and « Activités » (`activity`): the child's catalogue, its
 * filters, what the dossier misses and the child's registrations. Activities come by house:
 * without `?house=` the page lists the houses instead of the offers.
 */
export function catalogueLoader(kind: OfferKind) {
	return async (args: DossierArgs) => {
		const { child } = await guardianDossier(args);
		const db = getDb();
		const at = now();
		const [missing, missingDocuments] = await Promise.all([
			missingDataForLoaders(args, child),
			missingDocumentsForLoaders(args, child),
		]);
		const filters = filtersOf(args.request);
		const houses = kind === "activity" ? await listHousesOfGroup(db, child.group_id) : [];
		const house = houses.find((candidate) => candidate.id === filters.houseId) ?? null;
		const language = getLanguage(args.context);
		const childRegistrations = await listRegistrationsOfChild(db, child.id, language);
		const [catalogue, registrations] = await Promise.all([
			loadChildCatalogue(db, {
				child,
				kind,
				at,
				dossierComplete: isDossierComplete(missing),
				language,
				filters: kind === "activity" ? { ...filters, houseId: house?.id ?? "" } : { ...filters, houseId: undefined },
				registrations: childRegistrations,
			}),
			loadChildRegistrations(db, { registrations: childRegistrations, at }),
		]);
		return {
			kind,
			child: { id: child.id, firstName: child.first_name || child.last_name, groupName: child.group_name },
			filters: { periodId: filters.periodId ?? "", postalCode: filters.postalCode ?? "" },
			periods: catalogue.periods,
			postalCodes: catalogue.postalCodes,
			hiddenByAge: catalogue.hiddenByAge,
			offers: kind === "activity" && !house ? [] : catalogue.offers.map(cardOf),
			// An archived house is no longer a choice, unless it still has activities on offer (decision 024).
			houses: houses
				.filter((candidate) => candidate.archived_at === null || (catalogue.countsByHouse[candidate.id] ?? 0) > 0)
				.map((candidate) => ({
					id: candidate.id,
					name: candidate.name,
					kind: candidate.kind,
					locality: candidate.locality,
					postalCode: candidate.postal_code,
					offerCount: catalogue.countsByHouse[candidate.id] ?? 0,
				})),
			house: house ? { id: house.id, name: house.name } : null,
			missing: Object.fromEntries(Object.entries(missing).filter(([, fields]) => fields.length > 0)),
			// Required documents warn but never block « S'inscrire » (decision 037).
			missingDocuments,
			registrations: registrations.map((registration) => ({
				id: registration.id,
				kind: registration.kind,
				title: registration.title,
				houseName: registration.house_name,
				status: registration.status,
				position: registration.position,
				withCare: registration.with_care,
				queuedAt: registration.queued_at,
				refusalReason: registration.refusal_reason,
				cancelledAt: registration.cancelled_at,
				offerCancelled: registration.cancellation_reason === "offer_cancelled",
				dateRemoved: registration.cancellation_reason === "date_removed",
				firstDay: registration.first_day,
				lastDay: registration.last_day,
				dates: registration.dates,
				startTime: registration.start_time,
				endTime: registration.end_time,
				cancelDeadline: registration.cancelDeadline,
				canCancel: registration.canCancel,
			})),
		};
	};
}
export type CatalogueData = Awaited<ReturnType<ReturnType<typeof catalogueLoader>>>;

/** The page's address with the filters it knows (nothing else of the query is carried over). */
function pageAddress(childId: string, kind: OfferKind, request: Request): string {
	const search = documentUrl(request).searchParams;
	const kept = new URLSearchParams();
	for (const name of ["house", "period", "postalCode"]) {
		const value = search.get(name);
		if (value) kept.set(name, value);
	}
	const query = kept.toString();
	return `/children/${childId}/${kind === "camp" ? "camps" : "activities"}${query ? `?${query}` : ""}`;
}

/** « S'inscrire » and « Annuler l'inscription », told apart by `intent`; back to the same list. */
export function catalogueAction(kind: OfferKind) {
	return async (args: DossierArgs) => {
		const { actor, child } = await guardianDossier(args);
		const db = getDb();
		const here = pageAddress(child.id, kind, args.request);
		const childName = child.first_name || child.last_name;
		const titleOf = async (registrationId: string) =>
			(await listRegistrationsOfChild(db, child.id, getLanguage(args.context))).find(
				(registration) => registration.id === registrationId,
			)?.title ?? "";
		const formData = await readForm(args.request);
		switch (formData.get("intent")) {
			case catalogueIntents.register:
				return handleForm({
					request: args.request,
					formData,
					schema: registerSchema,
					run: async (values) => {
						const result = await registerChild({
							db,
							actor,
							childId: child.id,
							child,
							offerId: values.offerId,
							withCare: values.withCare === "on",
							days: values.days,
						});
						if (result.units.some((unit) => unit.day !== null)) {
							return redirectWithFlash(here, {
								message: "camps.register.doneDays",
								values: {
									childName,
									title: await titleOf(result.registrationId),
									// « 18/12, 18/01 »: day and month read the same in the four languages.
									dates: result.units
										.map((unit) => (unit.day ?? "").split("-").reverse().slice(0, 2).join("/"))
										.join(", "),
								},
							});
						}
						return redirectWithFlash(here, {
							message: `camps.register.done.${result.status}`,
							values: {
								childName,
								title: await titleOf(result.registrationId),
								position: String(result.position ?? ""),
							},
						});
					},
				});
			case catalogueIntents.cancel:
				return handleForm({
					request: args.request,
					formData,
					schema: cancelRegistrationSchema,
					run: async (values) => {
						// Cancelled from this child's page: a registration of another child is not found here.
						const title = await titleOf(values.registrationId);
						if (!title) throw data(null, { status: 404 });
						await cancelRegistration({ db, actor, registrationId: values.registrationId });
						return redirectWithFlash(here, { message: "camps.registrations.cancelled", values: { childName, title } });
					},
				});
			default:
				throw data(null, { status: 400 });
		}
	};
}
