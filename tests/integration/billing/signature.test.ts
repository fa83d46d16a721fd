/**
 * The signature image of the mutuality certificates (issue 14 §11), on SQLite and PostgreSQL:
 * a group admin's PNG or JPEG is checked by content, stored, and replaces the previous one
 * (deleted); anything else is refused with a message; other roles may not; removing it deletes
 * the file.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import sharp from "sharp";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "#app/db/db.server.ts";
import {
	certificateSignature,
	removeCertificateSignature,
	saveCertificateSignature,
} from "#app/domain/billing/certificate-signature.server.ts";
import { createLocalStorage } from "#app/infra/storage/local-storage.server.ts";
import { setUpBilling } from "#tests/billing-factories.ts";
import { createTestTenant, staffActor } from "#tests/factories.ts";

type Tenant = Awaited<ReturnType<typeof createTestTenant>>;
let tenant: Tenant;
const storage = createLocalStorage(fs.mkdtempSync(path.join(os.tmpdir(), "signatures-")));

beforeAll(async () => {
	tenant = await createTestTenant();
	await setUpBilling(tenant.admin);
});

const image = (format: "png" | "jpeg") =>
	sharp({ create: { width: 600, height: 200, channels: 3, background: { r: 255, g: 255, b: 255 } } })
		.toFormat(format)
		.toBuffer();

async function keyOf(groupId: string) {
	const row = await getDb()
		.selectFrom("billing_settings")
		.select("signature_key")
		.where("group_id", "=", groupId)
		.executeTakeFirstOrThrow();
	return row.signature_key;
}

async function failure(promise: Promise<unknown>): Promise<string> {
	try {
		await promise;
	} catch (error) {
		const { code, fieldErrors } = error as { code: string; fieldErrors?: Record<string, string[]> };
		return `${code}:${Object.entries(fieldErrors ?? {})
			.map(([field, messages]) => `${field}=${messages.join(",")}`)
			.join(";")}`;
	}
	throw new Error("expected a failure");
}

describe("the certificates' signature image", () => {
	it("stores a PNG, replaces it with a JPEG (turned into PNG) and deletes the first, then removes it", async () => {
		const save = (content: Buffer, name: string) =>
			saveCertificateSignature({ db: getDb(), actor: staffActor(tenant.admin), storage, content, originalName: name });
		await save(await image("png"), "signature.png");
		const first = await keyOf(tenant.group.id);
		expect(first).toMatch(new RegExp(`^signatures/${tenant.group.id}/[0-9a-f-]+\\.png$`));
		await save(await image("jpeg"), "tampon.jpg");
		const second = await keyOf(tenant.group.id);
		expect(second).not.toBe(first);
		expect(await storage.exists(first ?? "")).toBe(false);
		const stored = await certificateSignature(storage, second);
		expect((await sharp(stored ?? Buffer.alloc(0)).metadata()).format).toBe("png");

		await removeCertificateSignature({ db: getDb(), actor: staffActor(tenant.admin), storage });
		expect(await keyOf(tenant.group.id)).toBeNull();
		expect(await storage.exists(second ?? "")).toBe(false);
	});

	it("refuses what is not a PNG or JPEG, and anyone but the group's admins", async () => {
		const save = (actor: Tenant["admin"], content: Buffer) =>
			saveCertificateSignature({ db: getDb(), actor: staffActor(actor), storage, content, originalName: "x.png" });
		expect(await failure(save(tenant.admin, Buffer.from("%PDF-1.4 not an image")))).toBe(
			"VALIDATION:signature=certificates.staff.signature.invalid",
		);
		expect(await failure(save(tenant.admin, Buffer.alloc(0)))).toBe(
			"VALIDATION:signature=certificates.staff.signature.invalid",
		);
		expect(
			await failure(
				save(
					tenant.admin,
					await sharp({ create: { width: 10, height: 10, channels: 3, background: "red" } })
						.webp()
						.toBuffer(),
				),
			),
		).toBe("VALIDATION:signature=certificates.staff.signature.invalid");
		for (const member of [tenant.manager, tenant.reader])
			expect(await failure(save(member, await image("png")))).toBe("FORBIDDEN:");
		expect(await keyOf(tenant.group.id)).toBeNull();
	});
});
