import type { Migration } from "kysely";
import * as createGroupsAndHouses from "./202611261200_create_groups_and_houses.ts";
import * as createAccounts from "./202611270100_create_accounts.ts";
import * as createDevMailbox from "./202611270200_create_dev_mailbox.ts";
import * as createStaff from "./202611270300_create_staff.ts";
import * as createFamilies from "./202611270500_create_families.ts";
import * as createOffers from "./202611271000_create_offers.ts";
import * as createEnrolments from "./202611301000_create_enrolments.ts";
import * as addOfferLife from "./202611301200_add_offer_life.ts";
import * as addTakesMedication from "./202612010100_add_takes_medication.ts";
import * as addOfferDayRegistrations from "./202612010200_add_offer_day_registrations.ts";
import * as addTranslationsAndArchives from "./202612010300_add_translations_and_archives.ts";
import * as addListIndexes from "./202612011000_add_list_indexes.ts";
import * as createMeals from "./202612011100_create_meals.ts";
import * as createBilling from "./202612011200_create_billing.ts";
import * as createMessaging from "./202612011300_create_messaging.ts";
import * as createCertificates from "./202612011400_create_certificates.ts";
import * as addCertificateSignature from "./202612011500_add_certificate_signature.ts";
import * as createDocumentUploads from "./202612011600_create_document_uploads.ts";
import * as createPublishedDocuments from "./202612011700_create_published_documents.ts";
import * as addParentNationalNumber from "./202612011800_add_parent_national_number.ts";
import * as addMessageDigest from "./202612011900_add_message_digest.ts";
import * as addMealOfferAudience from "./202612012000_add_meal_offer_audience.ts";
import * as createMessageUnreadThreads from "./202612012100_create_message_unread_threads.ts";

/**
 * Every migration, by name, in the order they apply. Listed explicitly (not read from the
 * folder) so that the same list works from source, from the server bundle and in tests.
 */
export const migrations: Record<string, Migration> = {
	"202611261200_create_groups_and_houses": createGroupsAndHouses,
	"202611270100_create_accounts": createAccounts,
	"202611270200_create_dev_mailbox": createDevMailbox,
	"202611270300_create_staff": createStaff,
	"202611270500_create_families": createFamilies,
	"202611271000_create_offers": createOffers,
	"202611301000_create_enrolments": createEnrolments,
	"202611301200_add_offer_life": addOfferLife,
	"202612010100_add_takes_medication": addTakesMedication,
	"202612010200_add_offer_day_registrations": addOfferDayRegistrations,
	"202612010300_add_translations_and_archives": addTranslationsAndArchives,
	"202612011000_add_list_indexes": addListIndexes,
	"202612011100_create_meals": createMeals,
	"202612011200_create_billing": createBilling,
	"202612011300_create_messaging": createMessaging,
	"202612011400_create_certificates": createCertificates,
	"202612011500_add_certificate_signature": addCertificateSignature,
	"202612011600_create_document_uploads": createDocumentUploads,
	"202612011700_create_published_documents": createPublishedDocuments,
	"202612011800_add_parent_national_number": addParentNationalNumber,
	"202612011900_add_message_digest": addMessageDigest,
	"202612012000_add_meal_offer_audience": addMealOfferAudience,
	"202612012100_create_message_unread_threads": createMessageUnreadThreads,
};
