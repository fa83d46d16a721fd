import { redirect } from "react-router";
import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import type { Route } from "./+types/index";

/** The dossier opens on « Données générales » (for the child's guardians; 404 for anyone else). */
export async function loader(args: Route.LoaderArgs) {
	const dossier = await guardianDossier(args);
	return redirect(`${dossier.basePath}/general`);
}
