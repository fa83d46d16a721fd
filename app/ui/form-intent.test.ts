import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { appDir, sourceFiles } from "#tests/support/source-files.ts";

/** Each `<Form …>…</Form>` of a source file (our forms are never nested). */
function formBlocks(source: string): string[] {
	return [...source.matchAll(/<(?:Form|form|fetcher\.Form)\b[\s\S]*?<\/(?:Form|form|fetcher\.Form)>/g)].map(
		(match) => match[0],
	);
}

/** What in a form names the `intent` field: hidden inputs, and buttons that send it. */
function intentSenders(block: string) {
	const hidden = block.match(/type="hidden"\s+name="intent"/g)?.length ?? 0;
	const buttons = block.match(/<(?:SubmitButton|button)\b[^>]*\bname="intent"/g)?.length ?? 0;
	return { hidden, buttons };
}

/**
 * A form's `intent` tells the server which of the page's forms was sent, and tells the page
 * which form its reply belongs to. Sent twice (a hidden field and a named button), Conform
 * reads it back as a list, no form claims the reply, and a 400/409 shows nothing.
 */
function formsSendingIntentTwice(): string[] {
	return sourceFiles()
		.filter((file) => file.endsWith(".tsx"))
		.flatMap((file) =>
			formBlocks(fs.readFileSync(file, "utf8")).flatMap((block) => {
				const { hidden, buttons } = intentSenders(block);
				return hidden > 1 || (hidden === 1 && buttons > 0)
					? [`${path.relative(appDir, file)}: ${block.slice(0, 80)}`]
					: [];
			}),
		);
}

describe("form intents", () => {
	it("are sent once by every form of app/ (a hidden field, or one named button per choice)", () => {
		expect(formsSendingIntentTwice()).toEqual([]);
	});

	it("would catch a form with both a hidden intent and a named button", () => {
		const faulty = `<Form method="post">
			<input type="hidden" name="intent" value="merge" />
			<SubmitButton name="intent" value="merge" variant="secondary">x</SubmitButton>
		</Form>`;
		expect(intentSenders(formBlocks(faulty)[0] ?? "")).toEqual({ hidden: 1, buttons: 1 });
		const fixed = faulty.replace('name="intent" value="merge" variant', 'intent="merge" variant');
		expect(intentSenders(formBlocks(fixed)[0] ?? "")).toEqual({ hidden: 1, buttons: 0 });
	});
});
