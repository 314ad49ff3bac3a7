// The scheduling core: pure (no database, no React, no clock: `now` is passed in).
// Scheduler evaluation and parameter fitting live in "@/lib/srs/eval" (server only).
export { SrsError } from "./errors";
export { isLeech, LEECH_LAPSES, leechAlert } from "./leech";
export {
  CARD_PHASES,
  cardStateSchema,
  cardStatesEqual,
  cloneCardState,
  fromFsrsCard,
  newCardState,
  phaseFromFsrs,
  phaseToFsrs,
  toFsrsCard,
  type CardPhase,
  type CardState,
} from "./card-state";
export {
  createScheduler,
  DEFAULT_SCHEDULER_PARAMS,
  DEFAULT_WEIGHTS,
  effectiveWeights,
  fsrsWeightsSchema,
  learningStepSchema,
  schedulerParamsFor,
  schedulerParamsSchema,
  type LearningStep,
  type SchedulerParams,
} from "./params";
export {
  GRADES,
  isLatestReview,
  previewIntervals,
  retrievability,
  retrievabilityFor,
  scheduleReview,
  undoReview,
  GRADE_LABELS,
  gradeSchema,
  type Grade,
  type IntervalPreview,
  type MemoryFields,
  type ReviewLogEntry,
  type ScheduleReviewInput,
  type ScheduleReviewResult,
} from "./schedule";
export { formatInterval } from "./format-interval";
export {
  addDays,
  dayWindow,
  isValidTimeZone,
  studyDay,
  studyDayNumber,
  type DayKey,
  type DayWindow,
} from "./study-day";
export { timeZoneChoices } from "./time-zones";
export {
  buildQueue,
  type BuildQueueInput,
  type QueueCard,
  type QueueCounts,
  type QueueItem,
  type QueueKind,
  type StudyQueue,
} from "./queue";
export { orderNewCards, type OrderableCard, type OrderableNote } from "./new-card-order";
export {
  DEFAULT_STUDY_SETTINGS,
  studySettingsSchema,
  type StudySettings,
  type StudySettingsInput,
} from "./settings";
export {
  parseRevlogCsv,
  REVLOG_COLUMNS,
  REVLOG_HEADER,
  REVLOG_STATE_NAMES,
  RevlogCsvReader,
  revlogCsvLine,
  revlogStateFromName,
  revlogStateName,
  revlogStateOf,
  serializeRevlogCsv,
  toRevlogRow,
  type RevlogParseResult,
  type RevlogRow,
  type RevlogRowError,
  type RevlogState,
  type RevlogStateName,
} from "./revlog-csv";
