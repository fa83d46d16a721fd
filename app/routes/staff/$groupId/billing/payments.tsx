import { getFormProps, getInputProps } from "@conform-to/react";
import { useRef } from "react";
import { Form, useLocation } from "react-router";
import { formatIban } from "#app/domain/billing/bank-account.ts";
import { formatStructuredCommunication } from "#app/domain/billing/structured-communication.ts";
import type { TranslationHandle } from "#app/locales/scopes.ts";
import {
	Field,
	FormAlert,
	type FormConstraint,
	inputClass,
	ReplyErrors,
	replyFor,
	SubmitButton,
	useAppForm,
} from "#app/ui/form.tsx";
import { formatDate, formatDateTime, formatMoney } from "#app/ui/format.ts";
import { useT } from "#app/ui/i18n.tsx";
import { PageHeader } from "#app/ui/page-header.tsx";
import { Section } from "#app/ui/section.tsx";
import { BillingNav } from "./+nav.tsx";
import type { Route } from "./+types/payments";
import { paymentIntents } from "./payments-choices.ts";

/** The translation scopes this page renders (decision 027). */
export const handle: TranslationHandle = { translations: ["billing"] };

export { action, loader } from "./payments.server.ts";

type LoaderData = Route.ComponentProps["loaderData"];
type Movement = LoaderData["movements"][number];
type ActionData = Route.ComponentProps["actionData"];
type Reply = NonNullable<ActionData>["result"] | undefined;

function accountLabel(account: string): string {
	try {
		return formatIban(account);
	} catch {
		return account;
	}
}

function communicationLabel(movement: Movement): string | null {
	if (movement.structured_communication) {
		try {
			return formatStructuredCommunication(movement.structured_communication);
		} catch {
			return movement.structured_communication;
		}
	}
	return movement.communication || null;
}

/** One credit to handle: what it is, and the forms to assign it to an invoice or ignore it. */
function MovementItem({
	movement,
	constraint,
	reply,
}: {
	movement: Movement;
	constraint: FormConstraint;
	reply: Reply;
}) {
	const { t, language } = useT();
	const same = { movementId: movement.id };
	const [form, fields] = useAppForm({
		id: `movement-${movement.id}`,
		constraint,
		schema: () => import("./payments-forms.ts").then((m) => m.matchMovementSchema),
		lastResult: replyFor(reply, paymentIntents.match, { same }),
	});
	const communication = communicationLabel(movement);
	return (
		<li className="py-4">
			<div className="flex flex-wrap items-baseline justify-between gap-2">
				<p className="font-semibold">
					{t("billing.staff.payments.movement", {
						amount: formatMoney(movement.amount_cents, language),
						date: formatDate(movement.value_date, language),
						name: movement.counterparty_name ?? t("billing.staff.payments.unknownCounterparty"),
					})}
				</p>
				<span className="rounded-full bg-amber-100 px-2 py-0.5 text-sm font-medium text-amber-900">
					{t(`billing.staff.payments.movementStatus.${movement.status as "unmatched" | "partly_matched"}`)}
				</span>
			</div>
			<p className="text-sm text-stone-700 break-words">
				{t("billing.staff.payments.communication")} :{" "}
				{communication ?? <em>{t("billing.staff.payments.noCommunication")}</em>}
				{movement.counterparty_account ? ` · ${accountLabel(movement.counterparty_account)}` : ""}
			</p>
			{movement.unallocated_cents !== movement.amount_cents ? (
				<p className="text-sm font-medium text-stone-800">
					{t("billing.staff.payments.left", { amount: formatMoney(movement.unallocated_cents, language) })}
				</p>
			) : null}
			<div className="mt-2 flex flex-wrap items-end gap-3">
				<Form method="post" {...getFormProps(form)} className="flex flex-wrap items-end gap-3">
					<input type="hidden" name="intent" value="match-movement" />
					<input type="hidden" name="movementId" value={movement.id} />
					<FormAlert errors={form.errors} />
					<div className="w-full max-w-xs">
						<Field meta={fields.invoiceNumber} label={t("billing.staff.payments.invoiceNumber")} required />
					</div>
					<SubmitButton intent="match-movement" variant="secondary">
						{t("billing.staff.payments.match")}
					</SubmitButton>
				</Form>
				<Form method="post">
					<input type="hidden" name="intent" value="ignore-movement" />
					<input type="hidden" name="movementId" value={movement.id} />
					<SubmitButton intent="ignore-movement" variant="secondary">
						{t("billing.staff.payments.ignore")}
					</SubmitButton>
				</Form>
			</div>
			<ReplyErrors result={reply} intent={paymentIntents.ignore} same={same} />
		</li>
	);
}

/**
 * A key for the upload form: it changes with the page address only when the page holds no
 * error reply, so the file chosen is cleared after an import and kept after a refusal.
 */
function useKeyAfterSuccess(reply: unknown): string {
	const location = useLocation();
	const key = useRef(location.key);
	if (!reply) key.current = location.key;
	return key.current;
}

export default function Payments({ loaderData, actionData }: Route.ComponentProps) {
	const { t, language } = useT();
	const { group, statements, movements, reminders, reminderDays } = loaderData;
	const reply = actionData?.result;
	// The values of a refused import's message (the reader's reason, the account…).
	const values: Record<string, string> =
		actionData && "values" in actionData ? (actionData.values as Record<string, string>) : {};
	const [importForm, importFields] = useAppForm({
		id: "import-coda",
		constraint: loaderData.constraints.importCoda,
		schema: () => import("./payments-forms.ts").then((m) => m.importCodaSchema),
		lastResult: replyFor(reply, paymentIntents.import),
	});
	const fileErrors = importFields.file.errors;
	const importKey = useKeyAfterSuccess(reply);
	return (
		<>
			<title>{`${t("billing.staff.payments.title")} · ${group.name} · Ribambelle`}</title>
			<BillingNav groupId={group.id} />
			<PageHeader title={t("billing.staff.payments.title")} />

			<Section title={t("billing.staff.payments.importTitle")}>
				<p className="mb-4 text-stone-700">{t("billing.staff.payments.importLead")}</p>
				<Form
					key={importKey}
					method="post"
					encType="multipart/form-data"
					{...getFormProps(importForm)}
					className="space-y-4"
				>
					<input type="hidden" name="intent" value="import-coda" />
					<FormAlert errors={importForm.errors} />
					<div>
						<label htmlFor={importFields.file.id} className="text-sm font-semibold text-stone-800">
							{t("billing.staff.payments.file")}
						</label>
						<input
							{...getInputProps(importFields.file, { type: "file", ariaAttributes: true })}
							accept=".cod,.coda,.txt,.cda,text/plain"
							className={`mt-1 ${inputClass}`}
						/>
						{fileErrors?.length ? (
							<ul id={importFields.file.errorId} className="mt-1 space-y-0.5 text-sm font-medium text-red-800">
								{fileErrors.map((error) => (
									<li key={error}>{t(error as never, values)}</li>
								))}
							</ul>
						) : null}
					</div>
					<SubmitButton intent="import-coda">{t("billing.staff.payments.import")}</SubmitButton>
				</Form>
			</Section>

			<Section title={t("billing.staff.payments.unmatchedTitle")} className="mt-6">
				<p className="text-stone-700">{t("billing.staff.payments.unmatchedLead")}</p>
				{movements.length === 0 ? (
					<p className="mt-3 text-stone-700">{t("billing.staff.payments.noneUnmatched")}</p>
				) : (
					<ul className="divide-y divide-stone-200">
						{movements.map((movement) => (
							<MovementItem
								key={movement.id}
								movement={movement}
								constraint={loaderData.constraints.matchMovement}
								reply={reply}
							/>
						))}
					</ul>
				)}
			</Section>

			<Section title={t("billing.staff.payments.statements")} className="mt-6">
				{statements.length === 0 ? (
					<p className="text-stone-700">{t("billing.staff.payments.noStatements")}</p>
				) : (
					<section
						aria-label={t("billing.staff.payments.statements")}
						// biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll sideways must be reachable by keyboard.
						tabIndex={0}
						className="overflow-x-auto"
					>
						<table className="w-full text-left text-sm">
							<caption className="sr-only">{t("billing.staff.payments.statements")}</caption>
							<thead className="border-b border-stone-300 text-stone-700">
								<tr>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.statementColumns.statement")}
									</th>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.statementColumns.date")}
									</th>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.statementColumns.account")}
									</th>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.statementColumns.file")}
									</th>
									<th scope="col" className="py-2 pr-3 text-right">
										{t("billing.staff.payments.statementColumns.movements")}
									</th>
									<th scope="col" className="py-2">
										{t("billing.staff.payments.statementColumns.importedAt")}
									</th>
								</tr>
							</thead>
							<tbody className="divide-y divide-stone-200">
								{statements.map((statement) => (
									<tr key={statement.id}>
										<td className="py-2 pr-3 font-medium">
											{t("billing.staff.payments.statementLabel", { number: statement.statement_number })}
										</td>
										<td className="py-2 pr-3 whitespace-nowrap">{formatDate(statement.statement_date, language)}</td>
										<td className="py-2 pr-3 whitespace-nowrap">{accountLabel(statement.account)}</td>
										<td className="py-2 pr-3 break-all">{statement.file_name}</td>
										<td className="py-2 pr-3 text-right">{statement.movements}</td>
										<td className="py-2 whitespace-nowrap">{formatDateTime(statement.imported_at, language)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</section>
				)}
			</Section>

			<Section title={t("billing.staff.payments.remindersTitle")} className="mt-6">
				{reminderDays !== null ? (
					<p className="mb-3 text-stone-700">
						{t("billing.staff.payments.remindersLead", { days: String(reminderDays) })}
					</p>
				) : null}
				{reminders.length === 0 ? (
					<p className="text-stone-700">{t("billing.staff.payments.noReminders")}</p>
				) : (
					<section
						aria-label={t("billing.staff.payments.remindersTitle")}
						// biome-ignore lint/a11y/noNoninteractiveTabindex: a region that may scroll sideways must be reachable by keyboard.
						tabIndex={0}
						className="overflow-x-auto"
					>
						<table className="w-full text-left text-sm">
							<caption className="sr-only">{t("billing.staff.payments.remindersTitle")}</caption>
							<thead className="border-b border-stone-300 text-stone-700">
								<tr>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.reminderColumns.invoice")}
									</th>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.reminderColumns.debtor")}
									</th>
									<th scope="col" className="py-2 pr-3">
										{t("billing.staff.payments.reminderColumns.sentAt")}
									</th>
									<th scope="col" className="py-2 text-right">
										{t("billing.staff.payments.reminderColumns.due")}
									</th>
								</tr>
							</thead>
							<tbody className="divide-y divide-stone-200">
								{reminders.map((reminder) => (
									<tr key={reminder.id}>
										<td className="py-2 pr-3 font-medium whitespace-nowrap">{reminder.number}</td>
										<td className="py-2 pr-3">{reminder.debtor_name}</td>
										<td className="py-2 pr-3 whitespace-nowrap">{formatDateTime(reminder.sent_at, language)}</td>
										<td className="py-2 text-right whitespace-nowrap">{formatMoney(reminder.due_cents, language)}</td>
									</tr>
								))}
							</tbody>
						</table>
					</section>
				)}
			</Section>
		</>
	);
}
