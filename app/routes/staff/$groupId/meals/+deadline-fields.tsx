import type { SentValues } from "#app/ui/form.tsx";
import { useT } from "#app/ui/i18n.tsx";

/** The look of the meal pages' fields (menus, a new meal, its settings). */
export const input = "mt-1 block w-full rounded-md border border-stone-400 bg-white px-3 py-2 text-base";
const weekdays = [1, 2, 3, 4, 5] as const;

type Defaults = { kind: string; weekday: number; days: number; time: string };

/**
 * The booking and cancellation deadlines of a version of a meal offer's rules (decision 030):
 * a weekday of the week before, or working days before, at a time. Fields are named
 * `bookingKind`, `bookingWeekday`… as `ruleFormFields` reads them; after a refusal they show
 * what was `sent`, else `defaults`.
 */
export function DeadlineFields({
	sent,
	booking = { kind: "weekday-before", weekday: 4, days: 2, time: "12:00" },
	cancel = { kind: "working-days-before", weekday: 4, days: 2, time: "10:00" },
}: {
	sent?: SentValues;
	booking?: Defaults;
	cancel?: Defaults;
}) {
	const { t } = useT();
	const typed = (name: string, fallback: string | number) => (sent ? sent.text(name) : String(fallback));
	const deadline = (prefix: "booking" | "cancel", defaults: Defaults) => (
		<fieldset className="rounded-md border border-stone-200 p-3">
			<legend className="px-1 text-sm font-semibold text-stone-800">{t(`meals.menus.${prefix}Deadline`)}</legend>
			<div className="grid gap-3 sm:grid-cols-2">
				<label className="block text-sm text-stone-800">
					{t("meals.menus.deadlineKind")}
					<select name={`${prefix}Kind`} defaultValue={typed(`${prefix}Kind`, defaults.kind)} className={input}>
						<option value="weekday-before">{t("meals.menus.kinds.weekday-before")}</option>
						<option value="working-days-before">{t("meals.menus.kinds.working-days-before")}</option>
					</select>
				</label>
				<label className="block text-sm text-stone-800">
					{t("meals.menus.weekday")}
					<select
						name={`${prefix}Weekday`}
						defaultValue={typed(`${prefix}Weekday`, defaults.weekday)}
						className={input}
					>
						{weekdays.map((weekday) => (
							<option key={weekday} value={weekday}>
								{t(`meals.pattern.weekdays${weekday}`)}
							</option>
						))}
					</select>
				</label>
				<label className="block text-sm text-stone-800">
					{t("meals.menus.workingDays")}
					<input
						type="number"
						name={`${prefix}Days`}
						min={0}
						max={20}
						defaultValue={typed(`${prefix}Days`, defaults.days)}
						className={input}
					/>
				</label>
				<label className="block text-sm text-stone-800">
					{t("meals.menus.time")}
					<input
						type="time"
						name={`${prefix}Time`}
						defaultValue={typed(`${prefix}Time`, defaults.time)}
						required
						className={input}
					/>
				</label>
			</div>
		</fieldset>
	);
	return (
		<>
			{deadline("booking", booking)}
			{deadline("cancel", cancel)}
		</>
	);
}

/**
 * « À partir du »: the first day (`YYYY-MM-DD`, Brussels) of a new meal offer or of a new
 * version of its prices or rules; after a refusal it shows what was `sent`. `min` is today on
 * the versions' forms: a new version starts today or later, the past stays as it was.
 */
export function ValidFromField({ sent, defaultValue, min }: { sent?: SentValues; defaultValue: string; min?: string }) {
	const { t } = useT();
	return (
		<label className="block text-sm font-semibold text-stone-800">
			{t("meals.menus.validFrom")}
			<input
				type="date"
				name="validFrom"
				required
				min={min}
				defaultValue={sent ? sent.text("validFrom") : defaultValue}
				className={input}
			/>
		</label>
	);
}
