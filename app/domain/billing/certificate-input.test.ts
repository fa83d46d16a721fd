import { describe, expect, it } from "vitest";
import { certifyingAuthoritySchema, issueCertificatesSchema, taxCertificateCapSchema } from "./certificate-input.ts";

describe("certificate forms", () => {
	it("reads a daily cap as typed, in exact cents", () => {
		expect(taxCertificateCapSchema.parse({ incomeYear: "2025", dailyCap: "16,9" }).dailyCap).toBe(1690);
		expect(taxCertificateCapSchema.parse({ incomeYear: "2025", dailyCap: "16.90 €" }).dailyCap).toBe(1690);
		for (const dailyCap of ["0", "seize", "16,905", "150"])
			expect(taxCertificateCapSchema.safeParse({ incomeYear: "2025", dailyCap }).success).toBe(false);
	});

	it("takes income years from the 2020 reform on", () => {
		expect(issueCertificatesSchema.parse({ incomeYear: " 2025 " }).incomeYear).toBe(2025);
		expect(issueCertificatesSchema.safeParse({ incomeYear: "2019" }).success).toBe(false);
	});

	it("asks a local authority's name and checks its company number", () => {
		expect(certifyingAuthoritySchema.safeParse({ authority: "local_authority" }).success).toBe(false);
		expect(certifyingAuthoritySchema.safeParse({ authority: "one", authorityNumber: "0403.170.702" }).success).toBe(
			false,
		);
		expect(
			certifyingAuthoritySchema.safeParse({
				authority: "local_authority",
				authorityName: "Commune de Limbourg",
				authorityNumber: "0202.239.951",
			}).success,
		).toBe(true);
	});
});
