import { catalogueAction, catalogueLoader } from "./+shared/catalogue.server.ts";

export const loader = catalogueLoader("activity");
export const action = catalogueAction("activity");
