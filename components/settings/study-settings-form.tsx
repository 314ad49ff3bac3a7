"use client";

import { useActionState, useEffect, useRef, useState } from "react";
import { saveStudySettingsAction } from "@/lib/actions/save-study-settings";
import type { TagOption } from "@/lib/data/study-settings";
import type { SettingsFormState, SettingsValues } from "@/lib/study/settings-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";

interface StudySettingsFormProps {
  values: SettingsValues;
  /** False for a user who never saved: their browser's time zone is offered. */
  saved: boolean;
  timeZones: readonly string[];
  areas: readonly TagOption[];
  tags: readonly TagOption[];
}

const HOURS = Array.from({ length: 24 }, (_, h) => h);

function TagBoxes({ legend, options, chosen }: { legend: string; options: readonly TagOption[]; chosen: ReadonlySet<string> }) {
  return (
    <fieldset className="space-y-2">
      <legend className="text-sm font-medium">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((o) => (
          <label key={o.tag} className="inline-flex items-center gap-2 rounded-md border border-zinc-300 px-2 py-1 text-sm dark:border-zinc-700">
            <input type="checkbox" name="studyTags" value={o.tag} defaultChecked={chosen.has(o.tag)} />
            <span>{o.tag}</span>
            <span className="text-xs text-zinc-500 dark:text-zinc-400">
              {o.notes} note{o.notes === 1 ? "" : "s"}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function StudySettingsForm({ values, saved, timeZones, areas, tags }: StudySettingsFormProps) {
  const [state, action, pending] = useActionState<SettingsFormState, FormData>(saveStudySettingsAction, { status: "idle", values });
  const v = state.values;
  const errors = state.fieldErrors ?? {};
  const zoneRef = useRef<HTMLSelectElement>(null);
  const [guessedZone, setGuessedZone] = useState<string | null>(null);

  // A new user's day follows their browser's clock until they choose otherwise.
  useEffect(() => {
    if (saved || !zoneRef.current) return;
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (zone && timeZones.includes(zone) && zoneRef.current.value !== zone) {
      zoneRef.current.value = zone;
      setGuessedZone(zone);
    }
  }, [saved, timeZones]);

  const chosen = new Set(v.studyTags);
  return (
    <form action={action} noValidate className="space-y-5" aria-describedby="settings-status" data-testid="study-settings-form">
      <div id="settings-status" role="status" aria-live="polite">
        {state.status !== "idle" && state.message ? (
          <p
            className={`rounded-md border px-3 py-2 text-sm ${
              state.status === "error"
                ? "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200"
                : "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200"
            }`}
          >
            {state.message}
          </p>
        ) : null}
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <Field
          name="desiredRetention"
          label="Desired retention"
          inputMode="decimal"
          defaultValue={v.desiredRetention}
          hint="0.70–0.97: the share of cards you want to still recall when they come due."
          error={errors.desiredRetention}
        />
        <Field name="newPerDay" label="New cards per day" inputMode="numeric" defaultValue={v.newPerDay} error={errors.newPerDay} />
        <Field
          name="maxReviewsPerDay"
          label="Maximum reviews per day"
          inputMode="numeric"
          defaultValue={v.maxReviewsPerDay}
          error={errors.maxReviewsPerDay}
        />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="space-y-1">
          <label htmlFor="field-timeZone" className="block text-sm font-medium">
            Time zone
          </label>
          <select
            key={v.timeZone /* a select keeps its first defaultValue: remount to show what was submitted */}
            ref={zoneRef}
            id="field-timeZone"
            name="timeZone"
            defaultValue={v.timeZone}
            aria-invalid={errors.timeZone ? true : undefined}
            aria-describedby={errors.timeZone ? "field-timeZone-error" : "field-timeZone-hint"}
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
          >
            {timeZones.map((zone) => (
              <option key={zone} value={zone}>
                {zone}
              </option>
            ))}
          </select>
          {errors.timeZone ? (
            <p id="field-timeZone-error" className="text-sm text-red-600 dark:text-red-400" data-field-error="timeZone">
              {errors.timeZone}
            </p>
          ) : (
            <p id="field-timeZone-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
              {guessedZone ? `Taken from your browser (${guessedZone}): save to keep it.` : "Decides when your study day begins and ends."}
            </p>
          )}
        </div>
        <div className="space-y-1">
          <label htmlFor="field-dayStartHour" className="block text-sm font-medium">
            Day starts at
          </label>
          <select
            key={v.dayStartHour}
            id="field-dayStartHour"
            name="dayStartHour"
            defaultValue={v.dayStartHour}
            aria-invalid={errors.dayStartHour ? true : undefined}
            aria-describedby={errors.dayStartHour ? "field-dayStartHour-error" : undefined}
            className="block w-full rounded-md border border-zinc-300 bg-white px-3 py-2 text-base dark:border-zinc-700 dark:bg-zinc-900"
          >
            {HOURS.map((h) => (
              <option key={h} value={String(h)}>
                {String(h).padStart(2, "0")}:00
              </option>
            ))}
          </select>
          {errors.dayStartHour ? (
            <p id="field-dayStartHour-error" className="text-sm text-red-600 dark:text-red-400" data-field-error="dayStartHour">
              {errors.dayStartHour}
            </p>
          ) : null}
        </div>
      </div>
      <fieldset className="space-y-3" aria-describedby={errors.studyTags ? "field-studyTags-error" : "field-studyTags-hint"}>
        <legend className="text-sm font-medium">What to study</legend>
        <p id="field-studyTags-hint" className="text-xs text-zinc-500 dark:text-zinc-400">
          Tick areas or tags to study only their notes; leave all unticked to study everything.
        </p>
        <TagBoxes legend="Areas" options={areas} chosen={chosen} />
        <TagBoxes legend="Tags" options={tags} chosen={chosen} />
        {errors.studyTags ? (
          <p id="field-studyTags-error" className="text-sm text-red-600 dark:text-red-400" data-field-error="studyTags">
            {errors.studyTags}
          </p>
        ) : null}
      </fieldset>
      <Button type="submit" disabled={pending}>
        {pending ? "Saving…" : "Save settings"}
      </Button>
    </form>
  );
}
