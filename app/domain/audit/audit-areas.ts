/** The areas of the audit log a group admin can filter on (prefixes of `action`). */
export const auditAreas = [
	"auth",
	"group",
	"house",
	"staff",
	"child",
	"family",
	"period",
	"offer",
	"registration",
	"meal",
	"billing",
	"message",
	"document",
] as const;
export type AuditArea = (typeof auditAreas)[number];
