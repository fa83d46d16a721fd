/**
 * The letter a group prints or sends to a guardian with a child's link code: one A4 page
 * with the group code and the child's unique code in a box, the steps on the portal, a
 * warning that the code is personal and single-use, and whom to ask for help.
 *
 * The portal's labels are quoted as the portal shows them in the letter's language, so a
 * guardian can find the buttons. French is the reference catalogue.
 */
import { formatPhone } from "#app/domain/families/phone.ts";
import { finishSentence } from "#app/locales/elision.ts";
import type { Language } from "#app/locales/languages.ts";
import { formatDate } from "#app/ui/format.ts";
import {
	drawLetterhead,
	drawText,
	heightOfText,
	pdfColors,
	type RenderPdfOptions,
	renderPdf,
	selectFont,
} from "./pdf.server.ts";

export type ChildCodeLetterInput = {
	language: Language;
	groupName: string;
	groupCode: string;
	/** E.164 or already formatted; printed in the national format when Belgian. */
	groupPhone: string | null;
	groupEmail: string | null;
	childFirstName: string | null;
	childLastName: string;
	/** Formatted, `XXXXX-XXXXX`. */
	childCode: string;
	/** Where to sign up or sign in, printed in full. */
	portalUrl: string;
	/** `YYYY-MM-DD`. */
	issuedOn: string;
};

export type ChildCodeLetterText = {
	/** Also the PDF's title. */
	title: string;
	childLabel: string;
	/** Uses `{{groupName}}`. */
	intro: string;
	groupCodeLabel: string;
	childCodeLabel: string;
	stepsTitle: string;
	/** Step 1 uses `{{portalUrl}}`. */
	steps: [string, string, string, string, string];
	safety: string;
	contactTitle: string;
	/** Uses `{{groupName}}`; followed by the group's phone and e-mail. */
	contactIntro: string;
	/** Uses `{{groupName}}`; when the group has given neither phone nor e-mail. */
	contactWithoutDetails: string;
	phoneLabel: string;
	emailLabel: string;
	/** Uses `{{date}}`. */
	issuedOn: string;
};

// French spacing before ":", "?" and inside « » uses no-break spaces, so no line starts with them.
const catalogue: Record<Language, ChildCodeLetterText> = {
	fr: {
		title: "Ajouter votre enfant sur le portail Ribambelle",
		childLabel: "Enfant\u00A0:",
		intro:
			"Grâce aux codes ci-dessous, vous pouvez ajouter votre enfant à votre compte sur le portail Ribambelle et retrouver son dossier auprès de {{groupName}}.",
		groupCodeLabel: "Code groupe",
		childCodeLabel: "Code unique de l'enfant",
		stepsTitle: "Comment faire\u00A0?",
		steps: [
			"Créez votre compte ou connectez-vous sur {{portalUrl}}.",
			"Ouvrez «\u00A0Mes enfants\u00A0», puis choisissez «\u00A0Ajouter ou créer le dossier de mon enfant\u00A0».",
			"Choisissez «\u00A0Ajouter mon enfant sur base d'un code\u00A0».",
			"Tapez le code groupe (en majuscules ou en minuscules, peu importe) et le code unique de l'enfant.",
			"Complétez les données de votre enfant.",
		],
		safety:
			"Le code unique ne peut être utilisé qu'une seule fois. Il est personnel\u00A0: conservez ce document en lieu sûr et ne communiquez le code à personne.",
		contactTitle: "Une question\u00A0?",
		contactIntro: "Contactez {{groupName}}\u00A0:",
		contactWithoutDetails: "Adressez-vous à {{groupName}}.",
		phoneLabel: "Téléphone\u00A0:",
		emailLabel: "E-mail\u00A0:",
		issuedOn: "Document délivré le {{date}}",
	},
	nl: {
		title: "Uw kind toevoegen op het Ribambelle-portaal",
		childLabel: "Kind:",
		intro:
			"Met de codes hieronder kunt u uw kind toevoegen aan uw account op het Ribambelle-portaal en het dossier van uw kind bij {{groupName}} terugvinden.",
		groupCodeLabel: "Groepscode",
		childCodeLabel: "Unieke code van het kind",
		stepsTitle: "Hoe gaat u te werk?",
		steps: [
			"Maak uw account aan of meld u aan op {{portalUrl}}.",
			"Open “Mijn kinderen” en kies “Mijn kind toevoegen of een dossier aanmaken”.",
			"Kies “Mijn kind toevoegen met een code”.",
			"Typ de groepscode (in hoofdletters of kleine letters, dat maakt niet uit) en de unieke code van het kind.",
			"Vul de gegevens van uw kind aan.",
		],
		safety:
			"De unieke code kan maar één keer gebruikt worden. Hij is persoonlijk: bewaar dit document op een veilige plaats en geef de code aan niemand door.",
		contactTitle: "Vragen?",
		contactIntro: "Neem contact op met {{groupName}}:",
		contactWithoutDetails: "Neem contact op met {{groupName}}.",
		phoneLabel: "Telefoon:",
		emailLabel: "E-mail:",
		issuedOn: "Document uitgereikt op {{date}}",
	},
	de: {
		title: "Ihr Kind im Ribambelle-Portal hinzufügen",
		childLabel: "Kind:",
		intro:
			"Mit den folgenden Codes können Sie Ihr Kind zu Ihrem Konto im Ribambelle-Portal hinzufügen und seine Akte bei {{groupName}} wiederfinden.",
		groupCodeLabel: "Gruppencode",
		childCodeLabel: "Persönlicher Code des Kindes",
		stepsTitle: "So gehen Sie vor",
		steps: [
			"Erstellen Sie Ihr Konto oder melden Sie sich an unter {{portalUrl}}.",
			"Öffnen Sie „Meine Kinder“ und wählen Sie „Mein Kind hinzufügen oder eine Akte anlegen“.",
			"Wählen Sie „Mein Kind mit einem Code hinzufügen“.",
			"Geben Sie den Gruppencode (Groß- oder Kleinschreibung spielt keine Rolle) und den persönlichen Code des Kindes ein.",
			"Vervollständigen Sie die Angaben zu Ihrem Kind.",
		],
		safety:
			"Der persönliche Code kann nur ein einziges Mal verwendet werden. Bewahren Sie dieses Dokument sicher auf und geben Sie den Code an niemanden weiter.",
		contactTitle: "Fragen?",
		contactIntro: "Wenden Sie sich an {{groupName}}:",
		contactWithoutDetails: "Wenden Sie sich an {{groupName}}.",
		phoneLabel: "Telefon:",
		emailLabel: "E-Mail:",
		issuedOn: "Ausgestellt am {{date}}",
	},
	en: {
		title: "Add your child to the Ribambelle portal",
		childLabel: "Child:",
		intro:
			"With the codes below, you can add your child to your account on the Ribambelle portal and find your child's file with {{groupName}}.",
		groupCodeLabel: "Group code",
		childCodeLabel: "Child's unique code",
		stepsTitle: "How to proceed",
		steps: [
			"Create your account or sign in at {{portalUrl}}.",
			"Open “My children” and choose “Add or create my child's file”.",
			"Choose “Add my child with a code”.",
			"Enter the group code (upper or lower case, it does not matter) and your child's unique code.",
			"Complete your child's details.",
		],
		safety:
			"The unique code can only be used once. It is personal: keep this document in a safe place and do not share the code with anyone.",
		contactTitle: "Any questions?",
		contactIntro: "Contact {{groupName}}:",
		contactWithoutDetails: "Please contact {{groupName}}.",
		phoneLabel: "Phone:",
		emailLabel: "E-mail:",
		issuedOn: "Issued on {{date}}",
	},
};

const languageTags: Record<Language, string> = { fr: "fr-BE", nl: "nl-BE", de: "de-BE", en: "en" };

export function childCodeLetterText(language: Language): ChildCodeLetterText {
	return catalogue[language];
}

const colors = pdfColors;

function fill(language: Language, template: string, values: Record<string, string>): string {
	const filled = template.replace(/\{\{(\w+)\}\}/g, (_match, name: string) => {
		const value = values[name];
		if (value === undefined) throw new Error(`letter variable ${name} is missing`);
		return value;
	});
	return finishSentence(language, filled);
}

/** The date as the letter's language writes it: 01/09/2026, in German 01.09.2026. */
function displayDate(isoDate: string, language: Language): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(isoDate)) throw new Error(`issuedOn must be YYYY-MM-DD, got ${isoDate}`);
	return formatDate(isoDate, language);
}

type Layout = { left: number; width: number };

function drawCodeBox(doc: PDFKit.PDFDocument, layout: Layout, rows: { label: string; value: string; size: number }[]) {
	const padding = 14;
	const innerWidth = layout.width - 2 * padding;
	const measured = rows.map((row) => ({
		...row,
		labelHeight: heightOfText(doc.fontSize(10), row.label, "regular", innerWidth),
		valueHeight: heightOfText(doc.fontSize(row.size), row.value, "bold", innerWidth),
	}));
	const rowGap = 10;
	const height =
		2 * padding +
		measured.reduce((sum, row) => sum + row.labelHeight + 4 + row.valueHeight, 0) +
		rowGap * (rows.length - 1);
	const top = doc.y;
	doc
		.roundedRect(layout.left, top, layout.width, height, 6)
		.lineWidth(1.5)
		.fillAndStroke(colors.boxFill, colors.boxBorder);
	let y = top + padding;
	for (const row of measured) {
		doc.fillColor(colors.muted).fontSize(10);
		drawText(doc, row.label, layout.left + padding, y, { width: innerWidth });
		y += row.labelHeight + 4;
		doc.fillColor(colors.text).fontSize(row.size);
		drawText(doc, row.value, layout.left + padding, y, { weight: "bold", width: innerWidth, characterSpacing: 1 });
		y += row.valueHeight + rowGap;
	}
	doc.x = layout.left;
	doc.y = top + height;
}

// Step 1 holds the portal's address: drawn bold and clickable, in the middle of the sentence.
function drawStep(doc: PDFKit.PDFDocument, layout: Layout, number: number, text: string, portalUrl: string) {
	const indent = 20;
	const top = doc.y;
	doc.fillColor(colors.brand).fontSize(11);
	drawText(doc, `${number}.`, layout.left, top, { weight: "bold", width: indent });
	const parts = text.split("{{portalUrl}}");
	parts.forEach((part, index) => {
		const last = index === parts.length - 1;
		const options = { width: layout.width - indent, continued: !last, link: null, lineGap: 2 };
		doc.fillColor(colors.text);
		if (index === 0) drawText(doc, part, layout.left + indent, top, options);
		else drawText(doc, part, undefined, undefined, options);
		if (!last) {
			doc.fillColor(colors.brand);
			selectFont(doc, "bold").text(portalUrl, { continued: true, link: portalUrl });
		}
	});
	doc.x = layout.left;
	doc.moveDown(0.5);
}

function drawLetter(doc: PDFKit.PDFDocument, input: ChildCodeLetterInput, text: ChildCodeLetterText) {
	const layout: Layout = {
		left: doc.page.margins.left,
		width: doc.page.width - doc.page.margins.left - doc.page.margins.right,
	};
	const { language, groupName, portalUrl } = input;
	const childName = [input.childFirstName, input.childLastName].filter(Boolean).join(" ");

	const ruleY = drawLetterhead(doc, layout.left, layout.width, groupName);

	doc.fillColor(colors.brand).fontSize(20);
	drawText(doc, text.title, layout.left, ruleY + 24, { weight: "bold", width: layout.width });
	doc.moveDown(0.6);
	doc.fillColor(colors.text).fontSize(12);
	drawText(doc, `${text.childLabel} `, layout.left, doc.y, { weight: "bold", continued: true });
	drawText(doc, childName);
	doc.moveDown(0.6);
	doc.fontSize(11);
	drawText(doc, fill(language, text.intro, { groupName }), layout.left, doc.y, { width: layout.width, lineGap: 2 });
	doc.moveDown(1);

	drawCodeBox(doc, layout, [
		{ label: text.groupCodeLabel, value: input.groupCode, size: 20 },
		{ label: text.childCodeLabel, value: input.childCode, size: 26 },
	]);
	doc.moveDown(1.2);

	doc.fillColor(colors.brand).fontSize(13);
	drawText(doc, text.stepsTitle, layout.left, doc.y, { weight: "bold" });
	doc.moveDown(0.5);
	text.steps.forEach((step, index) => {
		drawStep(doc, layout, index + 1, step, portalUrl);
	});
	doc.moveDown(0.5);

	doc.fillColor(colors.text).fontSize(11);
	drawText(doc, text.safety, layout.left, doc.y, { weight: "bold", width: layout.width, lineGap: 2 });
	doc.moveDown(1.2);

	doc.fillColor(colors.brand).fontSize(13);
	drawText(doc, text.contactTitle, layout.left, doc.y, { weight: "bold" });
	doc.moveDown(0.4);
	const contact = input.groupPhone || input.groupEmail ? text.contactIntro : text.contactWithoutDetails;
	doc.fillColor(colors.text).fontSize(11);
	drawText(doc, fill(language, contact, { groupName }), layout.left, doc.y, { width: layout.width });
	if (input.groupPhone) drawText(doc, `${text.phoneLabel} ${formatPhone(input.groupPhone)}`, layout.left, doc.y);
	if (input.groupEmail) drawText(doc, `${text.emailLabel} ${input.groupEmail}`, layout.left, doc.y);
	doc.moveDown(1.5);

	doc.fillColor(colors.muted).fontSize(9);
	drawText(
		doc,
		fill(language, text.issuedOn, { date: displayDate(input.issuedOn, input.language) }),
		layout.left,
		doc.y,
	);
}

/** The letter as a PDF file, in the guardian's language. */
export function renderChildCodeLetter(
	input: ChildCodeLetterInput,
	pdfOptions: Pick<RenderPdfOptions, "compress"> = {},
): Promise<Buffer> {
	const text = childCodeLetterText(input.language);
	return renderPdf((doc) => drawLetter(doc, input, text), {
		...pdfOptions,
		title: text.title,
		language: languageTags[input.language],
	});
}
