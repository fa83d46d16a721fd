import { Form, Link, useSubmit } from "react-router";
import { FilterSelect } from "#app/ui/filter-select.tsx";
import { useT } from "#app/ui/i18n.tsx";

/**
 * « Choisissez une période », « Choisissez un code postal »: a GET form, so a filtered list has
 * its own address; with scripts on, choosing is enough.
 */
export function CatalogueFilters({
	periods,
	postalCodes,
	selected,
	houseId,
	clearTo,
}: {
	periods: { id: string; name: string }[];
	/** Empty: no postal-code filter (activities are chosen by house). */
	postalCodes: string[];
	selected: { periodId: string; postalCode: string };
	/** Kept in the address when filtering a house's activities. */
	houseId?: string;
	/** Where « Effacer les filtres » leads. */
	clearTo: string;
}) {
	const { t } = useT();
	const submit = useSubmit();
	const filtered = selected.periodId !== "" || selected.postalCode !== "";
	return (
		<Form
			method="get"
			aria-label={t("camps.filters.title")}
			onChange={(event) => {
				// Only the chosen filters go in the address.
				const chosen = new FormData(event.currentTarget);
				for (const [name, value] of [...chosen]) if (value === "") chosen.delete(name);
				void submit(chosen, { method: "get" });
			}}
			className="mb-6 grid gap-3 panel p-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end"
		>
			{houseId ? <input type="hidden" name="house" value={houseId} /> : null}
			<FilterSelect
				id="filter-period"
				name="period"
				label={t("camps.filters.period")}
				allLabel={t("camps.filters.allPeriods")}
				value={selected.periodId}
				options={periods.map((period) => ({ value: period.id, label: period.name }))}
			/>
			{postalCodes.length > 0 ? (
				<FilterSelect
					id="filter-postal-code"
					name="postalCode"
					label={t("camps.filters.postalCode")}
					allLabel={t("camps.filters.allPostalCodes")}
					value={selected.postalCode}
					options={postalCodes.map((code) => ({ value: code, label: code }))}
				/>
			) : null}
			<div className="flex flex-wrap items-center gap-3">
				<button
					type="submit"
					className="min-h-11 rounded-md border border-stone-400 bg-white px-4 font-semibold text-stone-900 hover:bg-stone-100"
				>
					{t("camps.filters.apply")}
				</button>
				{filtered ? (
					<Link to={clearTo} className="text-sm text-brand-800 underline">
						{t("camps.filters.reset")}
					</Link>
				) : null}
			</div>
		</Form>
	);
}
