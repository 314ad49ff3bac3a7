// Public entry of the mock-interview core: pure functions only (no React, no database, no clock,
// no Math.random). Rounds are drawn from a seed; `now` is passed in where time matters.
export { acceptAnswer, interviewRatingKey, roundRatings, type RoundRating } from "./answers";
export { buildRound, type BuildRoundInput, type RoundPlan } from "./build-round";
export { InterviewError } from "./errors";
export { FRAMEWORK_NOTE_ID, phaseRubric, readFramework, type FrameworkStep, type InterviewFramework } from "./framework";
export { designScenario } from "./full-round";
export { keyPointsFromAnswer, keyPointTerms, MAX_KEY_POINTS, namedKeyPoints, plainLines } from "./key-points";
export { QuestionPool, type RoundSource } from "./pool";
export { cardKeyPoints, matchesTopics, noteTerms, noteTips, pitfallProbe, questionFromCard, topicOf } from "./questions";
export {
  DRILL_QUESTIONS,
  FOLLOW_UPS,
  FULL_ROUND_PHASES,
  isRoundKind,
  LIGHTNING_QUESTIONS,
  PHASE_IDS,
  phaseDefinition,
  ROUND_DEFINITIONS,
  ROUND_KINDS,
  type PhaseDefinition,
  type PhaseId,
  type RoundDefinition,
  type RoundKind,
} from "./round-kinds";
export { parseRoundQuery, roundQueryString, startRoundSchema, type RoundQuery, type StartRoundInput } from "./round-query";
export {
  ANSWER_MODES,
  answerSchema,
  answersSchema,
  MAX_ANSWER_CHARS,
  MAX_SEED,
  MAX_TOPICS,
  QUESTION_KINDS,
  questionSchema,
  questionsSchema,
  ROUND_STATUSES,
  roundIdInputSchema,
  roundKindSchema,
  saveAnswerInputSchema,
  seedSchema,
  topicSchema,
  topicsSchema,
  type AnswerMode,
  type InterviewAnswer,
  type InterviewQuestion,
  type QuestionKind,
  type RoundStatus,
  type SaveAnswerInput,
} from "./schemas";
export { RATING_LABELS, RATING_THRESHOLDS, ratingForFraction, scoreAnswer, validTicks, type AnswerScore } from "./scoring";
export { SELECTION_WEIGHTS, selectionWeight, weightedDraw, type CardStats, type DrawOptions, type LearnerStats } from "./selection";
export { summarizeRound, type NoteToReread, type PhaseResult, type QuestionResult, type RoundSummary, type TopicResult } from "./summary";
export { detectTerms, findTerms, highlightTerms, tokenize, wordForms, type TermMatch, type TextSegment } from "./term-match";
