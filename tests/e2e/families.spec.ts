import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoAccounts } from "#app/db/seed.server.ts";
import { demoFamily } from "#app/db/seed-families.server.ts";
import { type AppServer, startAppServer } from "#tests/support/app-server.ts";
import { type SmtpCapture, start as startSmtp } from "#tests/support/smtp-capture.ts";
import { look } from "./support/axe.ts";
import { launchBrowser, newContext, signInAs, watchPage } from "./support/browser.ts";

let app: AppServer;
let browser: Browser;
let smtp: SmtpCapture;

beforeAll(async () => {
	smtp = await startSmtp();
	app = await startAppServer({ env: { SMTP_URL: smtp.url } });
	browser = await launchBrowser();
});

afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await smtp?.close();
});

async function signedInPage(
	account: { username: string; password: string },
	viewport: "desktop" | "phone" = "desktop",
) {
	const context = await newContext(browser, { baseURL: app.url, viewport });
	await signInAs(context, { identifier: account.username, password: account.password });
	return { context, page: await context.newPage() };
}

describe("families", () => {
	it("a parent completes « Mes données », creates a dossier and fills it in; staff validate it", async () => {
		const { context, page } = await signedInPage(demoAccounts.parent);
		const watch = watchPage(page);

		await page.goto("/me");
		await page.getByLabel("Code postal").fill("48");
		await page.getByLabel("Téléphone mobile").fill("0470/98.76.54");
		await page.getByRole("button", { name: "Sauvegarder mes données personnelles" }).click();
		await page.getByText("Un code postal belge compte 4 chiffres").waitFor();
		expect(await page.getByLabel("Téléphone mobile").inputValue()).toBe("0470/98.76.54");
		await page.getByLabel("Code postal").fill("4830");
		await page.getByRole("button", { name: "Sauvegarder mes données personnelles" }).click();
		await page.getByText("Vos données personnelles ont été sauvegardées.").waitFor();
		expect(await page.getByLabel("Téléphone mobile").inputValue()).toBe("0470 98 76 54");
		await look(page, "families-my-data");

		await page.getByRole("link", { name: "Mes enfants" }).first().click();
		await page.getByRole("heading", { name: "Nino FORIUS" }).waitFor();
		await look(page, "families-children");
		await page.getByRole("link", { name: "Ajouter ou créer le dossier de mon enfant" }).click();
		await page.getByRole("link", { name: "Créer un nouveau dossier pour mon enfant" }).click();
		await page.getByLabel("Code groupe").fill("limbourg");
		await page.getByLabel("Nom de l'enfant", { exact: true }).fill("forius");
		await page.getByLabel("Prénom de l'enfant").fill("NINO");
		await page.getByRole("button", { name: "Envoyer" }).click();
		await page.getByText("Un dossier existe peut-être déjà pour cet enfant").waitFor();
		watch.clear(); // the 409 of that answer is expected
		await page.getByLabel("Prénom de l'enfant").fill("Théo");
		await page.getByRole("button", { name: "Envoyer" }).click();
		await page.getByText("Le dossier de votre enfant a été créé.").waitFor();

		await page.getByText("Avant d'inscrire votre enfant, veuillez remplir les données suivantes :").waitFor();
		await page.getByText("Veuillez compléter le numéro national de l'enfant").waitFor();
		await look(page, "families-general-missing");
		await page.getByLabel("RN registre national").fill("20.08.22-246.85");
		await page.getByLabel("Rue").fill("Rue du Bonheur");
		await page.getByLabel("Numéro", { exact: true }).fill("6");
		await page.getByLabel("Code postal").fill("4830");
		await page.getByLabel("Localité").fill("Limbourg");
		await page.getByRole("button", { name: "Sauvegarder les données" }).click();
		await page.getByText("Ce numéro national n'est pas valide").waitFor();
		expect(await page.getByLabel("Localité").inputValue()).toBe("Limbourg");
		await page.getByLabel("RN registre national").fill("20.08.22-246.84");
		await page.getByRole("button", { name: "Sauvegarder les données" }).click();
		await page.getByText("Les données ont été sauvegardées.").waitFor();
		await page.getByText("Toutes les données obligatoires de cette rubrique sont complétées.").waitFor();
		expect(await page.getByLabel("Date de naissance officielle").inputValue()).toBe("2020-08-22");
		expect(await page.getByLabel("Sexe").inputValue()).toBe("F");

		await page.getByRole("link", { name: /^Données médicales/ }).click();
		await page.getByText("Veuillez compléter le nom du médecin traitant").waitFor();
		await page.getByLabel("Allergie à").fill("Lait de vache");
		await page.getByLabel("Réactions").fill("Eczéma, maux de ventre");
		await page.getByLabel("Que faire ?").fill("Aucun produit laitier ; prévenir les parents.");
		await page.getByRole("button", { name: "Ajouter l'allergie" }).click();
		await page.getByText("L'allergie a été ajoutée.").waitFor();
		await page.getByLabel("Médecin traitant").fill("Dr Lambert");
		await page.getByLabel("Téléphone du médecin").fill("087 31 22 44");
		await page.getByLabel("Vaccin contre le tétanos en ordre").selectOption("yes");
		await page.getByLabel("Je confirme que ces données sont exactes et à jour.").check();
		await page.getByRole("button", { name: "Sauvegarder les données" }).click();
		await page.getByText("Les données ont été sauvegardées.").waitFor();
		await page.getByText(/Fiche confirmée par Alain Forius/).waitFor();
		await look(page, "families-medical");

		await page.getByRole("link", { name: /^Contacts/ }).click();
		await page.getByLabel("Nom et prénom").fill("Jean Forius");
		await page.getByLabel("Lien avec l'enfant").fill("Grand-père");
		await page.getByLabel("Téléphone", { exact: true }).fill("0485 11 22 33");
		await page.getByLabel("Rôle").selectOption("emergency");
		await page.getByRole("button", { name: "Ajouter le contact" }).click();
		await page.getByText("Le contact a été ajouté.").waitFor();
		await look(page, "families-contacts");
		watch.assertClean();
		await context.close();

		const staff = await signedInPage(demoAccounts.staff);
		await staff.page.goto("/staff");
		await staff.page.getByRole("link", { name: "Dossiers", exact: true }).click();
		await staff.page.getByRole("link", { name: "nouveaux dossiers à valider" }).click();
		await staff.page.getByRole("link", { name: "FORIUS Théo" }).click();
		await staff.page.getByRole("heading", { name: "Valider le dossier" }).waitFor();
		await look(staff.page, "families-staff-dossier");
		await staff.page.getByRole("button", { name: "Valider le dossier" }).click();
		await staff.page.getByText("Le dossier a été validé et les parents prévenus.").waitFor();
		await smtp.waitFor(
			(mail) => mail.to.includes(demoAccounts.parent.email) && /Théo forius/i.test(mail.subject),
			20_000,
		);
		await staff.page.getByRole("button", { name: "Générer un code" }).click();
		await staff.page.getByText(/Le code [A-Z0-9]{5}-[A-Z0-9]{5} a été généré/).waitFor();
		const letter = await staff.page.request.get(
			(await staff.page.getByRole("link", { name: "Lettre (PDF) en néerlandais" }).first().getAttribute("href")) ?? "",
		);
		expect(letter.headers()["content-type"]).toBe("application/pdf");
		expect((await letter.body()).subarray(0, 5).toString()).toBe("%PDF-");
		await look(staff.page, "families-staff-code-letters");
		await staff.page.getByRole("link", { name: "Données médicales" }).first().click();
		await staff.page.getByText("Lait de vache").waitFor();
		await staff.context.close();
	});

	it("a second parent adds a child with the code from the letter; the first parent is told", async () => {
		const { context, page } = await signedInPage(demoAccounts.houseManager);
		await page.goto("/children/add/code");
		await page.getByLabel("Code groupe").fill("LIMBOURG");
		await page.getByLabel("Code unique de mon enfant").fill("WRONG-CODE2");
		await page.getByRole("button", { name: "Ajouter mon enfant" }).click();
		await page.getByText("ne correspondent à aucun dossier disponible").waitFor();
		expect(await page.getByLabel("Code groupe").inputValue()).toBe("LIMBOURG");
		await look(page, "families-add-by-code");
		await page.getByLabel("Code unique de mon enfant").fill(demoFamily.childCode.toLowerCase());
		await page.getByRole("button", { name: "Ajouter mon enfant" }).click();
		await page.getByText("Le dossier de votre enfant a été ajouté à votre portail.").waitFor();
		await page.getByRole("heading", { name: "Nino FORIUS" }).waitFor();
		await smtp.waitFor(
			(mail) =>
				mail.to.includes(demoAccounts.parent.email) &&
				/Un parent a été ajouté au dossier de Nino Forius/.test(mail.subject),
			20_000,
		);
		await context.close();
	});

	it("the dossier screens work on a phone", async () => {
		const { context, page } = await signedInPage(demoAccounts.parent, "phone");
		await page.goto("/children");
		await page.getByRole("link", { name: /Voir le dossier de l'enfant — Léa FORIUS/ }).click();
		await page.getByText("Veuillez compléter le sexe de l'enfant").waitFor();
		await look(page, "families-general-phone");
		for (const section of ["supplementary", "medical", "contacts"]) {
			await page.goto(`${new URL(page.url()).pathname.replace(/\/[a-z]+$/, "")}/${section}`);
			await page.getByRole("heading", { level: 2 }).first().waitFor();
			await look(page, `families-${section}-phone`);
		}
		await context.close();
	});
});
