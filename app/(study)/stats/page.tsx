import { requireUser } from "@/lib/auth/session";
import { getLibrary } from "@/lib/data/library";
import { getStats, RETENTION_WEEKS } from "@/lib/data/stats";
import { getStudyProfile } from "@/lib/data/study";
import { MATURE_INTERVAL_DAYS } from "@/lib/stats";
import { ForecastChart } from "@/components/stats/forecast-chart";
import { HeatmapChart, HeatmapLegend } from "@/components/stats/heatmap-chart";
import { LeechList } from "@/components/stats/leech-list";
import { MasteryList } from "@/components/stats/mastery-list";
import { RetentionChart } from "@/components/stats/retention-chart";
import { RetentionSummary } from "@/components/stats/retention-summary";
import { StatTiles } from "@/components/stats/stat-tiles";
import { StatsEmpty } from "@/components/stats/stats-empty";
import { StatsSection } from "@/components/stats/stats-section";

export const metadata = { title: "Stats" };

export default async function StatsPage() {
  const user = await requireUser();
  const [library, profile] = await Promise.all([getLibrary(), getStudyProfile(user.id)]);
  const stats = await getStats(user.id, new Date(), library, profile);
  const dayStart = `${String(stats.dayStartHour).padStart(2, "0")}:00`;

  return (
    <div className="space-y-6">
      <div className="space-y-1">
        <h1 className="text-2xl font-bold tracking-tight">Stats</h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400">
          Days run from {dayStart} to {dayStart} in {stats.timeZone}.
          {stats.totals.imported > 0 &&
            ` Includes ${stats.totals.imported.toLocaleString("en-US")} imported reviews in the history charts (not in mastery or the forecast).`}
        </p>
      </div>
      {stats.totals.reviews === 0 ? (
        <StatsEmpty />
      ) : (
        <>
          <StatTiles stats={stats} />
          <StatsSection
            id="stats-heatmap"
            title="Reviews per day"
            note={`${stats.heatmap.total.toLocaleString("en-US")} in the last year, on ${stats.heatmap.activeDays} day${stats.heatmap.activeDays === 1 ? "" : "s"}`}
          >
            <HeatmapChart heatmap={stats.heatmap} />
            <HeatmapLegend />
          </StatsSection>
          <div className="grid gap-6 lg:grid-cols-2">
            <StatsSection id="stats-retention" title="True retention per week" note={<RetentionSummary retention={stats.retention} desired={stats.desiredRetention} />}>
              {stats.retention.young.total + stats.retention.mature.total === 0 ? (
                <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="retention-empty">
                  Nothing to measure yet: retention counts answers to cards that have graduated from their learning steps.
                </p>
              ) : (
                <RetentionChart retention={stats.retention} desired={stats.desiredRetention} />
              )}
              <p className="text-xs text-zinc-500 dark:text-zinc-400">
                Share of answers to cards in review that were not “Again”, over the last {RETENTION_WEEKS} weeks. Young cards had
                an interval under {MATURE_INTERVAL_DAYS} days before the answer, mature ones {MATURE_INTERVAL_DAYS} days or more.
                Learning steps do not count.
              </p>
            </StatsSection>
            <StatsSection id="stats-forecast" title="Due in the next 30 days" note={`${stats.forecast.total.toLocaleString("en-US")} cards`}>
              <ForecastChart forecast={stats.forecast} />
            </StatsSection>
          </div>
          <StatsSection id="stats-mastery" title="Mastery by topic" note="Mean probability of recalling the cards you have started, right now">
            <MasteryList mastery={stats.mastery} />
          </StatsSection>
          <StatsSection id="stats-leeches" title="Leeches" note={stats.leeches.total > 0 ? `${stats.leeches.total.toLocaleString("en-US")} card${stats.leeches.total === 1 ? "" : "s"}` : undefined}>
            <LeechList leeches={stats.leeches} />
          </StatsSection>
        </>
      )}
    </div>
  );
}
