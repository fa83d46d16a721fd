import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { i18nFor } from "#app/infra/i18n.server.ts";
import { languages, resources } from "#app/locales/index.ts";
import { auditActions } from "./audit-actions.ts";
import type { AuditNames } from "./audit-names.repository.server.ts";
import { type AuditRow, auditSentence } from "./audit-sentences.ts";

function lookup(tree: unknown, path: string[]): unknown {
	return path.reduce<unknown>(
		(node, key) => (typeof node === "object" && node !== null ? (node as Record<string, unknown>)[key] : undefined),
		tree,
	);
}

function sourceFiles(folder: string): string[] {
	return readdirSync(folder).flatMap((name) => {
		const path = join(folder, name);
		if (statSync(path).isDirectory()) return sourceFiles(path);
		return /\.tsx?$/.test(name) && !name.endsWith(".test.ts") ? [path] : [];
	});
}

const names: AuditNames = {
	users: new Map([
		["u-marie", "Marie Dupont"],
		["u-eric", "Éric Lambert"],
	]),
	children: new Map([["c-alain", "Alain Martin"]]),
	offers: new Map([["o-multi", { title: "Multisports", kind: "camp" }]]),
	houses: new Map([["h-1", "Arc-en-ciel"]]),
	periods: new Map([["p-1", "Été 2027"]]),
	invitations: new Map([["i-1", "anne@example.org"]]),
	registrations: new Map([["r-1", { child: "Alain Martin", offer: { title: "Multisports", kind: "camp" } }]]),
};

const row = (action: string, fields: Partial<AuditRow> = {}): AuditRow => ({
	action,
	actor_user_id: "u-marie",
	actor_first_name: "Marie",
	actor_last_name: "Dupont",
	actor_email: "marie@example.org",
	target_type: null,
	target_id: null,
	details: "{}",
	...fields,
});

const say = (language: (typeof languages)[number], audit: AuditRow) => {
	const i18n = i18nFor(language);
	return auditSentence(audit, names, i18n.t, language);
};

describe("audit sentences", () => {
	it("has a sentence for every action code, in every language", () => {
		for (const language of languages) {
			const sentences = lookup(resources[language].translation, ["audit", "sentences"]);
			for (const action of auditActions) {
				const path = action.split(".");
				const leaf = path.pop() as string;
				const parent = lookup(sentences, path) as Record<string, unknown> | undefined;
				const sentence = parent?.[leaf] ?? parent?.[`${leaf}_other`];
				expect(typeof sentence, `${language}: ${action}`).toBe("string");
			}
		}
	});

	it("knows every action code written by the code base", () => {
		const codes = new Set<string>();
		const literal = /"((?:auth|operator|group|house|staff|family|child|period|offer|registration)\.[a-z_.]+)"/g;
		for (const file of sourceFiles("app")) {
			const source = readFileSync(file, "utf8");
			if (!source.includes("recordAuditEvent(")) continue;
			// Codes are written on the `action:` line, or in a typed map of codes just above it.
			const map = /const auditActionOf = \{([^}]*)\}/.exec(source)?.[1] ?? "";
			for (const line of [...source.split("\n").filter((line) => /\baction: /.test(line)), map]) {
				for (const match of line.matchAll(literal)) codes.add(match[1] as string);
			}
		}
		expect(codes.size).toBeGreaterThan(40);
		for (const code of codes) expect(auditActions, code).toContain(code);
	});

	it("names the person, the child and the offer, with French elision", () => {
		const refused = row("registration.refused", {
			target_type: "registration",
			target_id: "r-1",
			details: JSON.stringify({ offerId: "o-multi", was: "pending" }),
		});
		expect(say("fr", refused)).toBe("Marie Dupont a refusé l'inscription d'Alain Martin à «\u00a0Multisports\u00a0».");
		expect(say("nl", refused)).toBe(
			"Marie Dupont heeft de inschrijving van Alain Martin voor “Multisports” geweigerd.",
		);
		expect(say("de", refused)).toBe("Marie Dupont hat die Anmeldung von Alain Martin für „Multisports“ abgelehnt.");
		expect(say("en", refused)).toBe("Marie Dupont refused the registration of Alain Martin for “Multisports”.");
		expect(
			say(
				"fr",
				row("child.guardian.unlinked", {
					target_type: "child",
					target_id: "c-alain",
					details: JSON.stringify({ guardianId: "u-eric" }),
				}),
			),
		).toBe("Marie Dupont a retiré l'accès d'Éric Lambert au dossier d'Alain Martin.");
	});

	it("falls back when what the row names was deleted", () => {
		expect(
			say("fr", row("offer.deleted", { target_type: "offer", target_id: "gone", details: '{"title":"Escalade"}' })),
		).toBe("Marie Dupont a supprimé «\u00a0Escalade\u00a0».");
		expect(
			say("fr", row("registration.cancelled", { target_type: "registration", target_id: "gone", details: "{}" })),
		).toBe(
			"Marie Dupont a annulé l'inscription d'un enfant dont le dossier a été supprimé à un stage ou une activité supprimés.",
		);
		expect(say("fr", row("auth.sign_in.failed", { actor_user_id: null, actor_first_name: null }))).toBe(
			"Connexion refusée pour un identifiant inconnu.",
		);
		expect(
			say(
				"en",
				row("group.created", {
					actor_user_id: null,
					actor_first_name: null,
					actor_last_name: null,
					actor_email: null,
					details: '{"name":"Commune"}',
				}),
			),
		).toBe("The system created the group Commune.");
		expect(say("fr", row("something.old", { details: '{"a":1}' }))).toBe('something.old {"a":1}');
	});

	it("writes every action as a finished sentence in every language", () => {
		const details = JSON.stringify({
			offerId: "o-multi",
			from: "o-multi",
			into: "c-alain",
			houseId: "h-1",
			guardianId: "u-eric",
			role: "admin",
			to: "reader",
			status: "waiting",
			rows: 3,
			format: "csv",
			startsOn: "2027-07-05",
			endsOn: "2027-08-31",
			name: "Été 2027",
		});
		for (const language of languages) {
			for (const action of auditActions) {
				const sentence = say(language, row(action, { target_type: "child", target_id: "c-alain", details }));
				expect(sentence, `${language} ${action}`).not.toMatch(/\{\{|\}\}|undefined|null|audit\.|^\w+\.\w/);
				expect(sentence, `${language} ${action}`).toMatch(/[.!]$/);
			}
		}
	});
});
