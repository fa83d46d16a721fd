import { catalogueAction, catalogueLoader } from "./+shared/catalogue.server.ts";

export const loader = catalogueLoader("camp");
export const action = catalogueAction("camp");
