import { requireUser } from "@/lib/auth/session";
import { getLibrary } from "@/lib/data/library";
import { getSettingsPage } from "@/lib/data/study-settings";
import { timeZoneChoices } from "@/lib/srs";
import { IMPORT_MAX_BYTES } from "@/lib/study/history-import";
import { settingsValues } from "@/lib/study/settings-form";
import { buttonClass } from "@/components/ui/button";
import { HistoryImport } from "@/components/settings/history-import";
import { OptimizeSchedule } from "@/components/settings/optimize-schedule";
import { StudySettingsForm } from "@/components/settings/study-settings-form";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const page = await getSettingsPage(user.id, await getLibrary(), new Date());
  return (
    <div className="mx-auto max-w-3xl space-y-10">
      <h1 className="text-2xl font-bold tracking-tight">Settings</h1>

      <section aria-labelledby="study-heading" className="space-y-4">
        <h2 id="study-heading" className="text-lg font-semibold">
          Study
        </h2>
        <StudySettingsForm
          values={settingsValues(page.settings)}
          saved={page.saved}
          timeZones={timeZoneChoices([page.settings.timeZone])}
          areas={page.areas}
          tags={page.tags}
        />
      </section>

      <section aria-labelledby="history-heading" className="space-y-4">
        <h2 id="history-heading" className="text-lg font-semibold">
          Review history
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Export every review as CSV (the format of Anki and FSRS tools: review_time, card_id, review_rating, review_duration,
          review_state), or import one. Imported reviews count towards optimizing your schedule.
        </p>
        <a href="/api/history/export" download className={buttonClass("secondary")} data-testid="export-history">
          Export review history (CSV)
        </a>
        <HistoryImport maxBytes={IMPORT_MAX_BYTES} />
      </section>

      <section aria-labelledby="optimize-heading" className="space-y-4">
        <h2 id="optimize-heading" className="text-lg font-semibold">
          Optimize my schedule
        </h2>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Fits the FSRS parameters to your own history, so intervals follow how you actually remember.
        </p>
        <OptimizeSchedule reviews={page.reviews} minReviews={page.minReviews} optimized={page.optimized} initial={page.optimization} />
      </section>
    </div>
  );
}
