import { sql } from "kysely";
import { type Database, withTransaction } from "#app/db/db.server.ts";
import { forUpdate } from "#app/db/dialect.server.ts";
import { AppError } from "#app/domain/app-error.ts";
import { recordAuditEvent } from "#app/domain/audit/record-audit-event.server.ts";
import type { StaffActor } from "#app/domain/families/staff-dossier.server.ts";
import { isGroupAdmin } from "#app/domain/groups/permissions.ts";
import { dateInBrussels, nowIso } from "#app/infra/clock.ts";
import { newId } from "#app/infra/ids.ts";
import { isLanguage } from "#app/locales/languages.ts";
import { firstIncomeYear } from "./certificate-input.ts";
import { paidCareDays } from "./paid-care.repository.server.ts";
import { rulesForIncomeYear } from "./tax-certificate-caps.server.ts";
import { isBeforeAgeLimit } from "./tax-certificate-days.ts";
import { cappedAmountCents, type Period, splitIntoPeriods } from "./tax-certificate-rules.ts";
import type { CertificateChild, CertificateDebtor, CertificateIssuer } from "./tax-certificate-snapshots.ts";

export type IssueResult = {
	/** Certificates issued now (new, or replacing corrected ones). */
	issued: number;
	/** Earlier certificates cancelled because what was paid changed. */
	cancelled: number;
	/** Children and debtors whose certificates were already right. */
	unchanged: number;
	/** Children with paid care but no birth date: nothing can be certified for them. */
	withoutBirthDate: number;
	/** Debtors whose valid certificates of the year lack their national number (not in « Mes données »). */
	withoutDebtorNationalNumber: number;
};

/** Whether a certificate's debtor snapshot carries the debtor's national number. */
function hasDebtorNationalNumber(debtorSnapshot: string): boolean {
	return Boolean((JSON.parse(debtorSnapshot) as CertificateDebtor).nationalNumber);
}

/**
 * Takes `count` consecutive order numbers of a group's income year, in the caller's transaction,
 * and returns the first (same mechanism as invoice numbers: the upsert locks the counter row, so
 * two issues at once wait for each other and the numbers have neither gaps nor duplicates).
 */
async function takeCertificateNumbers(trx: Database, groupId: string, incomeYear: number, count: number) {
	const row = await trx
		.insertInto("tax_certificate_numbers")
		.values({ group_id: groupId, income_year: incomeYear, next_number: 1 + count })
		.onConflict((conflict) =>
			conflict
				.columns(["group_id", "income_year"])
				.doUpdateSet({ next_number: sql<number>`tax_certificate_numbers.next_number + ${count}` }),
		)
		.returning("next_number")
		.executeTakeFirstOrThrow();
	return row.next_number - count;
}

/**
 * Issues the tax certificates 281.86 of an income year for the actor's group (group admins),
 * in one transaction: per child and debtor, the care paid in that year (see `paidCareDays`) on
 * days before the age limit (14, or 21 with a severe disability; 12/18 before 2020), written as
 * periods of one daily tariff, at most 4 per certificate (more: another certificate). Each
 * certificate gets the next order number of the group's year, without gaps; the organisation,
 * the certifying authority (billing settings), the child, the debtor, the debtor's language and
 * the year's cap are copied onto it.
 *
 * Issuing again is safe (decision 035): a child and debtor whose periods are unchanged keep their
 * certificates; when they changed (a late payment, a correction), their certificates are
 * cancelled and replaced by new ones with new numbers; when nothing is left, they are cancelled.
 * Certificates issued without the debtor's national number (f2011 of the Belcotax fiche) are
 * replaced the same way once the debtor entered it in « Mes données »; the result counts the
 * debtors still without one, for staff to ask them.
 * Audited (`billing.tax_certificates_issued`).
 *
 * @throws AppError FORBIDDEN (not a group admin); VALIDATION (`incomeYear:
 *   certificates.staff.yearInvalid` for a year that is not a whole number from 2020 on,
 *   `certificates.staff.yearInFuture` after the current one; `form: certificates.staff.noSettings`
 *   before the group's billing settings exist).
 */
export async function issueTaxCertificates(options: {
	db: Database;
	actor: StaffActor;
	/** The year the care was paid (a calendar year, Brussels time). */
	incomeYear: number;
}): Promise<IssueResult> {
	const { db, actor, incomeYear } = options;
	if (!isGroupAdmin(actor.access)) throw new AppError("FORBIDDEN");
	if (!Number.isInteger(incomeYear) || incomeYear < firstIncomeYear)
		throw new AppError("VALIDATION", { fieldErrors: { incomeYear: ["certificates.staff.yearInvalid"] } });
	if (incomeYear > Number(dateInBrussels().slice(0, 4)))
		throw new AppError("VALIDATION", { fieldErrors: { incomeYear: ["certificates.staff.yearInFuture"] } });
	const groupId = actor.access.groupId;
	return withTransaction(db, async (trx) => {
		// The settings row serialises two issues of the group (PostgreSQL; SQLite's BEGIN IMMEDIATE already does).
		const settings = await forUpdate(
			trx,
			trx
				.selectFrom("billing_settings")
				.innerJoin("groups", "groups.id", "billing_settings.group_id")
				.selectAll("billing_settings")
				.select("groups.name as group_name")
				.where("billing_settings.group_id", "=", groupId),
		).executeTakeFirst();
		if (!settings) throw new AppError("VALIDATION", { fieldErrors: { form: ["certificates.staff.noSettings"] } });
		const issuer: CertificateIssuer = {
			groupName: settings.group_name,
			legalName: settings.legal_name,
			street: settings.street,
			postalCode: settings.postal_code,
			locality: settings.locality,
			companyNumber: settings.company_number,
			authority: settings.certifying_authority,
			authorityName: settings.certifying_authority_name,
			authorityNumber: settings.certifying_authority_number,
			recognition: settings.recognition,
		};
		const rules = await rulesForIncomeYear(trx, groupId, incomeYear);
		const care = await paidCareDays(trx, groupId, incomeYear);
		const existing = await trx
			.selectFrom("tax_certificates")
			.select(["id", "child_id", "debtor_user_id", "periods", "debtor_snapshot"])
			.where("group_id", "=", groupId)
			.where("income_year", "=", incomeYear)
			.where("cancelled_at", "is", null)
			.orderBy("number")
			.execute();
		const keys = new Set([...care.keys(), ...existing.map((row) => `${row.child_id}:${row.debtor_user_id}`)]);
		const childIds = [...new Set([...keys].map((key) => key.split(":")[0] ?? ""))];
		const debtorIds = [...new Set([...keys].map((key) => key.split(":")[1] ?? ""))];
		const children = new Map(
			(childIds.length
				? await trx
						.selectFrom("children")
						.select([
							"id",
							"first_name",
							"last_name",
							"birth_date",
							"national_number",
							"severe_disability",
							"street",
							"house_number",
							"postal_code",
							"locality",
							"country",
						])
						.where("id", "in", childIds)
						.where("group_id", "=", groupId)
						.execute()
				: []
			).map((child) => [child.id, child]),
		);
		const debtors = new Map(
			(debtorIds.length
				? await trx
						.selectFrom("users")
						.leftJoin("parent_profiles", "parent_profiles.user_id", "users.id")
						.select([
							"users.id",
							"users.first_name",
							"users.last_name",
							"users.language",
							"parent_profiles.street",
							"parent_profiles.house_number",
							"parent_profiles.postal_code",
							"parent_profiles.locality",
							"parent_profiles.country",
							"parent_profiles.national_number",
						])
						.where("users.id", "in", debtorIds)
						.execute()
				: []
			).map((debtor) => [debtor.id, debtor]),
		);

		const at = nowIso();
		const result: IssueResult = {
			issued: 0,
			cancelled: 0,
			unchanged: 0,
			withoutBirthDate: 0,
			withoutDebtorNationalNumber: 0,
		};
		const debtorsWithoutNationalNumber = new Set<string>();
		const toIssue: { childId: string; debtorUserId: string; periods: Period[]; replaces: string[] }[] = [];
		const toCancel: string[] = [];
		for (const key of [...keys].sort()) {
			const [childId = "", debtorUserId = ""] = key.split(":");
			const child = children.get(childId);
			const current = existing.filter((row) => row.child_id === childId && row.debtor_user_id === debtorUserId);
			const days = care.get(key)?.days ?? [];
			if (child && !child.birth_date && days.length > 0) result.withoutBirthDate += 1;
			const birthDate = child?.birth_date;
			const counted = birthDate
				? days.filter((day) =>
						isBeforeAgeLimit(day.date, { birthDate, severeDisability: child.severe_disability }, rules),
					)
				: [];
			// A debtor is a user (foreign key): absent only if the row vanished meanwhile.
			const debtor = debtors.get(debtorUserId);
			const certificates = debtor ? splitIntoPeriods(counted) : [];
			const currentComplete = current.every((row) => hasDebtorNationalNumber(row.debtor_snapshot));
			// A certificate issued without the debtor's national number is completed (replaced) once
			// the debtor gave it; a number that merely changed leaves issued certificates alone.
			const same =
				certificates.length === current.length &&
				certificates.every((periods, index) => JSON.stringify(periods) === current[index]?.periods) &&
				(currentComplete || !debtor?.national_number);
			if (certificates.length > 0 && !(same ? currentComplete : debtor?.national_number))
				debtorsWithoutNationalNumber.add(debtorUserId);
			if (same) {
				if (current.length > 0) result.unchanged += 1;
				continue;
			}
			toCancel.push(...current.map((row) => row.id));
			for (const [index, periods] of certificates.entries())
				toIssue.push({ childId, debtorUserId, periods, replaces: index === 0 ? current.map((row) => row.id) : [] });
		}

		const firstNumber = toIssue.length ? await takeCertificateNumbers(trx, groupId, incomeYear, toIssue.length) : 0;
		if (toCancel.length)
			await trx.updateTable("tax_certificates").set({ cancelled_at: at }).where("id", "in", toCancel).execute();
		for (const [index, certificate] of toIssue.entries()) {
			const child = children.get(certificate.childId);
			const debtor = debtors.get(certificate.debtorUserId);
			// Checked above: each certificate to issue has its child's birth date and its debtor.
			if (!child?.birth_date || !debtor) throw new Error("A certificate to issue lost its child or debtor");
			const id = newId();
			const totalCents = certificate.periods.reduce((sum, period) => sum + period.amountCents, 0);
			const cappedTotalCents = certificate.periods.reduce(
				(sum, period) => sum + cappedAmountCents(period, rules.dailyCapCents),
				0,
			);
			const childSnapshot: CertificateChild = {
				firstName: child.first_name,
				lastName: child.last_name,
				birthDate: child.birth_date,
				nationalNumber: child.national_number,
				street: `${child.street ?? ""} ${child.house_number ?? ""}`.trim(),
				postalCode: child.postal_code ?? "",
				locality: child.locality ?? "",
				country: child.country,
			};
			const debtorSnapshot: CertificateDebtor = {
				firstName: debtor.first_name,
				lastName: debtor.last_name,
				nationalNumber: debtor.national_number ?? null,
				street: `${debtor.street ?? ""} ${debtor.house_number ?? ""}`.trim(),
				postalCode: debtor.postal_code ?? "",
				locality: debtor.locality ?? "",
				country: debtor.country ?? "BE",
			};
			await trx
				.insertInto("tax_certificates")
				.values({
					id,
					group_id: groupId,
					child_id: certificate.childId,
					debtor_user_id: certificate.debtorUserId,
					income_year: incomeYear,
					number: firstNumber + index,
					periods: JSON.stringify(certificate.periods),
					total_days: certificate.periods.reduce((sum, period) => sum + period.days, 0),
					total_cents: totalCents,
					capped_total_cents: cappedTotalCents,
					capped: cappedTotalCents < totalCents,
					daily_cap_cents: rules.dailyCapCents,
					cap_confirmed: rules.capConfirmed,
					language: isLanguage(debtor.language) ? debtor.language : "fr",
					child_snapshot: JSON.stringify(childSnapshot),
					debtor_snapshot: JSON.stringify(debtorSnapshot),
					issuer: JSON.stringify(issuer),
					issued_at: at,
					issued_by_user_id: actor.userId,
					cancelled_at: null,
					replaced_by_id: null,
				})
				.execute();
			if (certificate.replaces.length)
				await trx
					.updateTable("tax_certificates")
					.set({ replaced_by_id: id })
					.where("id", "in", certificate.replaces)
					.execute();
		}
		result.issued = toIssue.length;
		result.cancelled = toCancel.length;
		result.withoutDebtorNationalNumber = debtorsWithoutNationalNumber.size;
		await recordAuditEvent(trx, {
			actorUserId: actor.userId,
			groupId,
			action: "billing.tax_certificates_issued",
			targetType: "group",
			targetId: groupId,
			ipAddress: actor.ipAddress,
			details: { rows: result.issued, incomeYear, cancelled: result.cancelled },
		});
		return result;
	});
}
