import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import { sectionAction, sectionLoader } from "../../+shared/dossier/dossier-sections.server.ts";

export const loader = sectionLoader("supplementary", guardianDossier);
export const action = sectionAction("supplementary", guardianDossier);
