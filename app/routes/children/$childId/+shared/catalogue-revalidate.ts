import type { ShouldRevalidateFunctionArgs } from "react-router";

/**
 * After « S'inscrire » or « Annuler » the places may have moved even when the answer was a
 * refusal (« Complet »): reload the list then too, not only after a success.
 */
export function shouldRevalidate({ formMethod, defaultShouldRevalidate }: ShouldRevalidateFunctionArgs) {
	return formMethod === "POST" ? true : defaultShouldRevalidate;
}
