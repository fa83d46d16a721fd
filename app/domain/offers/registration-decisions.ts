import type { RegistrationStatus } from "#app/db/schema.ts";

export const registrationDecisions = ["accept", "wait", "refuse", "cancel"] as const;
export type RegistrationDecisionKind = (typeof registrationDecisions)[number];

/** Which staff decisions apply to which states (the use case enforces it; screens offer only these). */
export const allowedFrom: Record<RegistrationDecisionKind, RegistrationStatus[]> = {
	accept: ["pending", "waiting"],
	wait: ["pending", "accepted"],
	refuse: ["pending", "waiting", "accepted"],
	cancel: ["pending", "waiting", "accepted"],
};

/**
 * The decisions worth offering on a registration, given its state and how full the offer is:
 * no « Accepter » from the waiting list without a free place, no « liste d'attente » when the
 * list is full. The use case checks the same under lock; this only spares a useless click.
 */
export function decisionsFor(
	status: RegistrationStatus,
	load: { capacity: number; placesTaken: number; waitingListSize: number; waitingCount: number },
): RegistrationDecisionKind[] {
	return registrationDecisions.filter((decision) => {
		if (!allowedFrom[decision].includes(status)) return false;
		if (decision === "accept" && status === "waiting") return load.placesTaken < load.capacity;
		if (decision === "wait") return load.waitingCount < load.waitingListSize;
		return true;
	});
}
