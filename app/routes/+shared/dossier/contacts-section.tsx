import { getFormProps, type SubmissionResult } from "@conform-to/react";
import { Form, useLocation } from "react-router";
import { contactRoles } from "#app/db/schema.ts";
import type { DossierField } from "#app/domain/families/dossier-fields.ts";
import {
	Field,
	FormAlert,
	type FormConstraint,
	SelectField,
	SubmitButton,
	TextAreaField,
	useAppForm,
} from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";
import { Section } from "#app/ui/section.tsx";
import { RemoveEntryButton } from "./entry-list.tsx";
import { resultFor, SectionPage } from "./section-page.tsx";

type Contact = {
	id: string;
	name: string;
	relation: string;
	phone: string;
	phone_alt: string | null;
	/** The phones as shown (`0470 12 34 56`), formatted by the loader. */
	phone_shown: string;
	phone_alt_shown: string | null;
	role: string;
	notes: string;
};

type ContactsData = {
	/** The constraints of the section's forms, from the loader (decision 042). */
	constraints: { contact: FormConstraint };
	canEdit: boolean;
	missing: DossierField[];
	history: React.ComponentProps<typeof SectionPage>["history"];
	contacts: Contact[];
};

const roleStyles: Record<string, string> = {
	pickup: "border-brand-100 bg-brand-50 text-brand-900",
	emergency: "border-sky-200 bg-sky-50 text-sky-900",
	not_allowed: "border-red-400 bg-red-50 text-red-900",
};

function ContactForm({
	id,
	intent,
	contact,
	constraint,
	lastResult,
	submitLabel,
}: {
	id: string;
	intent: "add" | "update";
	contact?: Contact;
	constraint: FormConstraint;
	lastResult?: SubmissionResult<string[]>;
	submitLabel: string;
}) {
	const { t } = useT();
	const location = useLocation();
	const submittedFor = (lastResult?.initialValue as { contactId?: unknown } | undefined)?.contactId;
	const [form, fields] = useAppForm({
		id,
		constraint,
		schema: () => import("#app/domain/families/dossier-input.ts").then((m) => m.contactSchema),
		lastResult:
			resultFor(lastResult, intent) && (intent === "add" || submittedFor === contact?.id) ? lastResult : undefined,
		defaultValue: contact
			? {
					name: contact.name,
					relation: contact.relation,
					phone: contact.phone_shown,
					phoneAlt: contact.phone_alt_shown ?? "",
					role: contact.role,
					notes: contact.notes,
				}
			: undefined,
		guardUnsaved: true,
	});
	return (
		<Form key={location.key} method="post" {...getFormProps(form)} className="space-y-3">
			<input type="hidden" name="intent" value={intent} />
			{contact ? <input type="hidden" name="contactId" value={contact.id} /> : null}
			<FormAlert errors={form.errors} />
			<div className="grid gap-3 sm:grid-cols-2">
				<Field meta={fields.name} label={t("families.contacts.name")} required />
				<Field
					meta={fields.relation}
					label={t("families.contacts.relation")}
					hint={t("families.contacts.relationHint")}
					required
				/>
				<Field meta={fields.phone} label={t("families.contacts.phone")} type="tel" required />
				<Field meta={fields.phoneAlt} label={t("families.contacts.phoneAlt")} type="tel" />
				<SelectField
					meta={fields.role}
					label={t("families.contacts.role")}
					placeholder={t("families.choose")}
					options={contactRoles.map((value) => ({ value, label: t(`families.contacts.roles.${value}`) }))}
					required
				/>
				<TextAreaField meta={fields.notes} label={t("families.contacts.notes")} rows={2} />
			</div>
			<SubmitButton intent={intent} variant={intent === "add" ? "primary" : "secondary"}>
				{submitLabel}
			</SubmitButton>
		</Form>
	);
}

/** « Contacts »: who may pick the child up, whom to call, and who may NOT pick the child up. */
export function ContactsSection({ data, lastResult }: { data: ContactsData; lastResult?: SubmissionResult<string[]> }) {
	const { t } = useT();
	const ordered = [...data.contacts].sort(
		(a, b) => Number(b.role === "not_allowed") - Number(a.role === "not_allowed"),
	);
	return (
		<SectionPage
			title={t("families.contacts.title")}
			lead={t("families.contacts.lead")}
			missing={data.missing}
			history={data.history}
			canEdit={data.canEdit}
		>
			<Section title={t("families.contacts.title")}>
				{ordered.length === 0 ? (
					<p className="text-stone-600">{t("families.contacts.empty")}</p>
				) : (
					<ul className="space-y-3">
						{ordered.map((contact) => (
							<li key={contact.id} className={`rounded-md border p-3 ${roleStyles[contact.role] ?? ""}`}>
								<div className="flex flex-wrap items-start justify-between gap-3">
									<div>
										<p className="font-semibold">
											{contact.role === "not_allowed" ? "⚠ " : ""}
											{contact.name} <span className="font-normal">({contact.relation})</span>
										</p>
										<p className="text-sm font-semibold uppercase tracking-wide">
											{t(`families.contacts.roles.${contact.role as "pickup"}`)}
										</p>
										<p className="text-sm">
											<a href={`tel:${contact.phone}`} className="underline">
												{contact.phone_shown}
											</a>
											{contact.phone_alt ? (
												<>
													{" · "}
													<a href={`tel:${contact.phone_alt}`} className="underline">
														{contact.phone_alt_shown}
													</a>
												</>
											) : null}
										</p>
										{contact.notes ? <p className="text-sm">{contact.notes}</p> : null}
									</div>
									{data.canEdit ? (
										<RemoveEntryButton
											intent="remove"
											entryId={contact.id}
											label={t("families.contacts.remove", { name: contact.name })}
										/>
									) : null}
								</div>
								{data.canEdit ? (
									<details className="mt-2">
										<summary className="cursor-pointer text-sm font-semibold text-brand-800 underline">
											{t("families.contacts.edit")}
											<span className="sr-only"> — {contact.name}</span>
										</summary>
										<div className="mt-3 rounded-md bg-white p-3">
											<ContactForm
												id={`contact-${contact.id}`}
												intent="update"
												contact={contact}
												constraint={data.constraints.contact}
												lastResult={lastResult}
												submitLabel={t("families.contacts.update")}
											/>
										</div>
									</details>
								) : null}
							</li>
						))}
					</ul>
				)}
			</Section>
			{data.canEdit ? (
				<Section title={t("families.contacts.add")} className="mt-6">
					<ContactForm
						id="add-contact"
						intent="add"
						constraint={data.constraints.contact}
						lastResult={lastResult}
						submitLabel={t("families.contacts.addSubmit")}
					/>
				</Section>
			) : null}
		</SectionPage>
	);
}
