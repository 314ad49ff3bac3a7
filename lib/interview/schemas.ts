import { z } from "zod";
import { PHASE_IDS, ROUND_KINDS } from "./round-kinds";

/** Card kinds (as in lib/content; questionFromCard stops compiling if they drift apart), plus the two kinds of question that are not cards of the library. */
export const QUESTION_KINDS = ["concept", "trap", "drill", "self-check", "anti-pattern", "decision", "sim", "probe", "phase"] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];


export const MAX_ANSWER_CHARS = 5000;
export const MAX_TOPICS = 10;
/** Seeds fit a signed 32-bit column on every database. */
export const MAX_SEED = 2_147_483_647;

export const topicSchema = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z0-9][a-z0-9-]{0,59}$/, "a topic is a tag such as replication");

const SEED_MESSAGE = `the seed must be a whole number from 0 to ${MAX_SEED}`;
export const seedSchema = z.coerce.number({ error: SEED_MESSAGE }).int(SEED_MESSAGE).min(0, SEED_MESSAGE).max(MAX_SEED, SEED_MESSAGE);

/** One question of a round, as snapshotted when the round is drawn. */
export const questionSchema = z.object({
  /** The library card this question rates; null for an interviewer probe or a phase prompt (never rated). */
  cardId: z.string().nullable(),
  noteId: z.string(),
  noteTitle: z.string(),
  topic: z.string(),
  kind: z.enum(QUESTION_KINDS),
  /** The interviewer's lead-in, e.g. "Digging deeper into Quorums". */
  lead: z.string().optional(),
  /** Markdown. */
  prompt: z.string(),
  /** Markdown of the model answer. */
  answer: z.string(),
  /** The checklist a good answer covers (for a phase prompt: the framework's rubric). */
  keyPoints: z.array(z.string()).min(1),
  /** Key terms and aliases of the note, detected in a typed answer. */
  terms: z.array(z.string()),
  /** Markdown interviewer tips: the note's pitfalls and anti-patterns. */
  tips: z.array(z.string()),
  seconds: z.number().int().positive(),
  phase: z.enum(PHASE_IDS).optional(),
});
export type InterviewQuestion = z.infer<typeof questionSchema>;

export const ANSWER_MODES = ["typed", "spoken"] as const;
export type AnswerMode = (typeof ANSWER_MODES)[number];

/** A learner's answer to one question. Audio never appears here: a spoken answer stays on the device. */
export const answerSchema = z.object({
  mode: z.enum(ANSWER_MODES),
  text: z.string().max(MAX_ANSWER_CHARS),
  /** Indices of the key points the learner ticked. */
  ticked: z.array(z.number().int().min(0).max(99)).max(100),
  timeUsedMs: z.number().int().min(0),
  /** Key terms found in the typed text (computed by the server). */
  detectedTerms: z.array(z.string()).max(200),
  /** A recording of this answer was kept on the learner's device. */
  recorded: z.boolean(),
  /** The learner has ticked the key points and moved on. */
  graded: z.boolean(),
  /** Epoch ms. */
  answeredAt: z.number().int(),
});
export type InterviewAnswer = z.infer<typeof answerSchema>;

export const questionsSchema = z.array(questionSchema);
export const answersSchema = z.array(answerSchema.nullable());

export const ROUND_STATUSES = ["active", "completed", "abandoned"] as const;
export type RoundStatus = (typeof ROUND_STATUSES)[number];

export const roundKindSchema = z.enum(ROUND_KINDS);
export const topicsSchema = z.array(topicSchema).max(MAX_TOPICS);

/** What the learner sends after each answer (the server fills in detected terms and the time). */
export const saveAnswerInputSchema = z.object({
  roundId: z.string().min(1).max(64),
  index: z.number().int().min(0).max(99),
  answer: answerSchema.omit({ detectedTerms: true, answeredAt: true }),
  /** Move on to the next question (the key points are ticked). */
  advance: z.boolean(),
});
export type SaveAnswerInput = z.infer<typeof saveAnswerInputSchema>;

export const roundIdInputSchema = z.object({ roundId: z.string().min(1).max(64) });
