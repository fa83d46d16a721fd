import { describe, expect, it } from "vitest";
import { missingRequiredDocuments } from "./document-uploads.ts";

const creche = { houseId: "h1", houseName: "Crèche" };
const school = { houseId: "h2", houseName: "École" };

describe("missingRequiredDocuments", () => {
	it("lists a required type with nothing sent as missing", () => {
		expect(missingRequiredDocuments([{ ...creche, type: "medical_certificate" }], [])).toEqual([
			{ ...creche, type: "medical_certificate", state: "missing" },
		]);
	});

	it("keeps a pending upload missing, shown as pending; a refused one alone is missing", () => {
		const required = [
			{ ...creche, type: "medical_certificate" as const },
			{ ...creche, type: "income_proof" as const },
		];
		const uploads = [
			{ houseId: "h1", type: "medical_certificate" as const, status: "refused" as const },
			{ houseId: "h1", type: "medical_certificate" as const, status: "pending" as const },
			{ houseId: "h1", type: "income_proof" as const, status: "refused" as const },
		];
		expect(missingRequiredDocuments(required, uploads).map((missing) => missing.state)).toEqual(["pending", "missing"]);
	});

	it("is satisfied by an accepted upload to the same house only", () => {
		const required = [
			{ ...creche, type: "medical_certificate" as const },
			{ ...school, type: "medical_certificate" as const },
		];
		const uploads = [
			{ houseId: "h1", type: "medical_certificate" as const, status: "accepted" as const },
			{ houseId: "h1", type: "medical_certificate" as const, status: "refused" as const },
		];
		expect(missingRequiredDocuments(required, uploads)).toEqual([
			{ ...school, type: "medical_certificate", state: "missing" },
		]);
	});
});
