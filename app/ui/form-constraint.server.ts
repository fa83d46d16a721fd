import { getZodConstraint } from "@conform-to/zod/v4";
import type { z } from "zod";
import type { FormConstraint } from "./form.tsx";

const computed = new WeakMap<z.ZodType, FormConstraint>();

/**
 * The object a form schema starts from: cross-field checks and transforms wrap it in pipes,
 * which Conform cannot read constraints from at the root.
 */
function inputSide(schema: z.ZodType): z.ZodType {
	let current = schema;
	while (current._zod.def.type === "pipe") current = (current._zod.def as unknown as { in: z.ZodType }).in;
	return current;
}

/**
 * The constraints of the form checked by `schema` (see `FormConstraint` in form.tsx; decision 042), for a loader to
 * return: `{ constraints: { profile: formConstraint(parentProfileSchema) } }`. Computed once per
 * schema.
 */
export function formConstraint(schema: z.ZodType): FormConstraint {
	let constraint = computed.get(schema);
	if (!constraint) {
		constraint = getZodConstraint(inputSide(schema));
		computed.set(schema, constraint);
	}
	return constraint;
}
