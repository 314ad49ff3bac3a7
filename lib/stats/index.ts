// Statistics of a learner's history: pure aggregation (no database, no clock; `today` is passed in).
export { StatsError } from "./errors";
export { dayKey, dayNumber, formatDay, monthLabel, weekday, weekStart } from "./day-math";
export { studyDaysOf, totalsByStudyDay, type DayTotal, type TimedCount } from "./study-days";
export { buildHeatmap, type Heatmap, type HeatmapCell } from "./heatmap";
export { studyStreaks, type Streaks } from "./streak";
export {
  intervalsBefore,
  MATURE_INTERVAL_DAYS,
  weeklyRetention,
  type DatedAnswer,
  type LoggedAnswer,
  type Retention,
  type RetentionCount,
  type RetentionWeek,
} from "./retention";
export { dueForecast, type Forecast, type ForecastDay } from "./forecast";
export { topicMastery, type TopicCard, type TopicMastery } from "./mastery";
export { timeSpent, type TimeSpent } from "./time-spent";
export { leechList, type LapsedCard, type Leeches } from "./leeches";
