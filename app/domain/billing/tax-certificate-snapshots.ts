/** What a tax certificate 281.86 copies at issue, so that its PDF and its Belcotax fiche never change (decision 035). */
import type { CertifyingAuthority } from "#app/db/schema.ts";

/** Cadre II (the organisation that cared for the child) and cadre I (its certifying authority), copied at issue. */
export type CertificateIssuer = {
	groupName: string;
	legalName: string;
	street: string;
	postalCode: string;
	locality: string;
	/** BCE/KBO number, 10 digits. */
	companyNumber: string;
	authority: CertifyingAuthority;
	/** The authority's own name (local authority, other body); empty for the communities' agencies. */
	authorityName: string;
	authorityNumber: string;
	/** « Agréé par l'ONE sous le n° … », may be empty. */
	recognition: string;
};

/** The child as the certificate names it (cadre III), copied at issue. */
export type CertificateChild = {
	firstName: string;
	lastName: string;
	birthDate: string;
	/** Eleven digits, or null when the dossier has none. */
	nationalNumber: string | null;
	street: string;
	postalCode: string;
	locality: string;
	country: string;
};

/** The debtor of the care (cadre III), copied at issue. */
export type CertificateDebtor = {
	firstName: string;
	lastName: string;
	/**
	 * Eleven digits from the debtor's « Mes données », or null when they gave none; absent on
	 * certificates issued before it was asked (read as null).
	 */
	nationalNumber?: string | null;
	street: string;
	postalCode: string;
	locality: string;
	country: string;
};
