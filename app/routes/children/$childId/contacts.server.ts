import { guardianDossier } from "../../+shared/dossier/dossier-context.server.ts";
import { sectionAction, sectionLoader } from "../../+shared/dossier/dossier-sections.server.ts";

export const loader = sectionLoader("contacts", guardianDossier);
export const action = sectionAction("contacts", guardianDossier);
