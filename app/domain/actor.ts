/** Who is acting, for authorisation and the audit log. */
export type Actor = {
	userId: string;
	/** The client's address, recorded in the audit log. */
	ipAddress: string;
};
