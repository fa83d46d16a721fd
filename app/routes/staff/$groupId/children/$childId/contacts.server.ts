import { staffDossier } from "../../../../+shared/dossier/dossier-context.server.ts";
import { sectionAction, sectionLoader } from "../../../../+shared/dossier/dossier-sections.server.ts";

export const loader = sectionLoader("contacts", staffDossier);
export const action = sectionAction("contacts", staffDossier);
