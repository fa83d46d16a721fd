import { data } from "react-router";

/** A child's dossier. Children arrive with the families issue; until then no id exists. */
export function loader() {
	throw data(null, { status: 404 });
}

export default function ChildLayout() {
	return null;
}
