import "server-only";
import { db, type Db } from "@/lib/db";
import {
  answersSchema,
  questionsSchema,
  roundKindSchema,
  topicOf,
  topicsSchema,
  ROUND_STATUSES,
  type CardStats,
  type InterviewAnswer,
  type InterviewQuestion,
  type LearnerStats,
  type RoundKind,
  type RoundStatus,
} from "@/lib/interview";
import { cardStandings } from "./card-standing";
import type { LibraryIndex } from "./library";

/** A stored round, its JSON columns parsed. */
export interface InterviewRoundRecord {
  id: string;
  userId: string;
  kind: RoundKind;
  seed: number;
  weighted: boolean;
  topics: string[];
  status: RoundStatus;
  questions: InterviewQuestion[];
  /** One entry per question; null until answered. */
  answers: (InterviewAnswer | null)[];
  currentIndex: number;
  score: number | null;
  version: number;
  startedAt: Date;
  completedAt: Date | null;
}

export class InterviewDataError extends Error {
  override name = "InterviewDataError";
}

interface RoundRow {
  id: string;
  userId: string;
  kind: string;
  seed: number;
  weighted: boolean;
  topics: string;
  status: string;
  questions: string;
  answers: string;
  currentIndex: number;
  score: number | null;
  version: number;
  startedAt: Date;
  completedAt: Date | null;
}

function json(text: string, what: string, id: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new InterviewDataError(`Interview round ${id} has unreadable ${what}.`);
  }
}

/** Parses a row; a row that does not match the schemas is a data error, not something to guess at. */
export function toRoundRecord(row: RoundRow): InterviewRoundRecord {
  const kind = roundKindSchema.safeParse(row.kind);
  const status = ROUND_STATUSES.find((s) => s === row.status);
  const topics = topicsSchema.safeParse(json(row.topics, "topics", row.id));
  const questions = questionsSchema.safeParse(json(row.questions, "questions", row.id));
  const answers = answersSchema.safeParse(json(row.answers, "answers", row.id));
  if (!kind.success || !status || !topics.success || !questions.success || !answers.success) {
    throw new InterviewDataError(`Interview round ${row.id} does not match the round schema.`);
  }
  const padded = questions.data.map((_, i) => answers.data[i] ?? null);
  return {
    id: row.id,
    userId: row.userId,
    kind: kind.data,
    seed: row.seed,
    weighted: row.weighted,
    topics: topics.data,
    status,
    questions: questions.data,
    answers: padded,
    currentIndex: row.currentIndex,
    score: row.score,
    version: row.version,
    startedAt: row.startedAt,
    completedAt: row.completedAt,
  };
}

/** One of the user's rounds, or null (also for another user's round). */
export async function getRound(userId: string, roundId: string, client: Db = db()): Promise<InterviewRoundRecord | null> {
  const row = await client.interviewRound.findUnique({ where: { userId_id: { userId, id: roundId } } });
  return row ? toRoundRecord(row) : null;
}

export interface RoundListItem {
  id: string;
  kind: RoundKind;
  seed: number;
  weighted: boolean;
  status: RoundStatus;
  score: number | null;
  startedAt: Date;
  completedAt: Date | null;
  questionCount: number;
  answeredCount: number;
  /** The topic filter chosen and the topics of the questions drawn. */
  topics: string[];
}

function listItem(record: InterviewRoundRecord): RoundListItem {
  return {
    id: record.id,
    kind: record.kind,
    seed: record.seed,
    weighted: record.weighted,
    status: record.status,
    score: record.score,
    startedAt: record.startedAt,
    completedAt: record.completedAt,
    questionCount: record.questions.length,
    answeredCount: record.answers.filter((a) => a !== null).length,
    topics: [...new Set([...record.topics, ...record.questions.map((q) => q.topic)])].sort(),
  };
}

/** The user's latest round still in progress, if any. */
export async function getActiveRound(userId: string, client: Db = db()): Promise<RoundListItem | null> {
  const row = await client.interviewRound.findFirst({ where: { userId, status: "active" }, orderBy: { startedAt: "desc" } });
  return row ? listItem(toRoundRecord(row)) : null;
}

export interface RoundFilter {
  kind?: RoundKind | undefined;
  topic?: string | undefined;
  /**
   * The library's notes under `topic` (its area or any of its tags): a round that asked about one
   * of them matches too, though each question is reported under its note's first tag only.
   */
  topicNotes?: ReadonlySet<string> | undefined;
}

const HISTORY_LIMIT = 200;

/** The user's rounds, oldest first (the most recent 200), filtered by kind and by topic. */
export async function listRounds(userId: string, filter: RoundFilter = {}, client: Db = db()): Promise<RoundListItem[]> {
  const rows = await client.interviewRound.findMany({
    where: { userId, ...(filter.kind ? { kind: filter.kind } : {}) },
    orderBy: { startedAt: "desc" },
    take: HISTORY_LIMIT,
  });
  const records = rows.map(toRoundRecord).reverse();
  const { topic, topicNotes } = filter;
  const matching = topic ? records.filter((r) => r.topics.includes(topic) || r.questions.some((q) => q.topic === topic || topicNotes?.has(q.noteId))) : records;
  return matching.map(listItem);
}

/** How many ratings a round has already given the schedule (its idempotency keys are `iv:<round>:<index>`). */
export async function countRoundRatings(userId: string, roundId: string, client: Db = db()): Promise<number> {
  return client.reviewLog.count({ where: { userId, source: "interview", idempotencyKey: { startsWith: `iv:${roundId}:` } } });
}

const RECENT_LAPSE_DAYS = 30;
const PRACTISED_ROUNDS = 50;

/**
 * What the question draw needs to know about the learner: recall, stability and recent lapses of
 * every card answered before, and the topics practised (in reviews or past rounds).
 */
export async function getLearnerStats(
  userId: string,
  library: Pick<LibraryIndex, "cards" | "cardById" | "noteById">,
  now: Date,
  client: Db = db(),
): Promise<LearnerStats> {
  const since = new Date(now.getTime() - RECENT_LAPSE_DAYS * 86_400_000);
  const [standings, lapses, rounds] = await Promise.all([
    cardStandings(userId, library.cards.map((c) => c.id), now, client),
    client.reviewLog.groupBy({
      by: ["cardId"],
      // A lapse is forgetting a card already learnt: Again on a card in review (or relearning).
      where: { userId, rating: 1, state: { in: ["review", "relearning"] }, reviewedAt: { gte: since } },
      _count: { _all: true },
    }),
    client.interviewRound.findMany({
      where: { userId, status: "completed" },
      orderBy: { startedAt: "desc" },
      take: PRACTISED_ROUNDS,
      select: { questions: true },
    }),
  ]);
  const lapsesByCard = new Map(lapses.map((l) => [l.cardId, l._count._all]));
  const cards = new Map<string, CardStats>();
  const practisedTopics = new Set<string>();
  for (const standing of standings.values()) {
    if (standing.reps === 0) continue;
    cards.set(standing.cardId, {
      retrievability: standing.retrievability,
      stability: standing.stability,
      recentLapses: lapsesByCard.get(standing.cardId) ?? 0,
    });
    const card = library.cardById.get(standing.cardId);
    const note = card ? library.noteById.get(card.noteId) : undefined;
    if (note) practisedTopics.add(topicOf(note));
  }
  for (const round of rounds) {
    let questions: unknown;
    try {
      questions = JSON.parse(round.questions);
    } catch {
      continue; // an unreadable old round only loses its say in the draw
    }
    const parsed = questionsSchema.safeParse(questions);
    if (parsed.success) for (const q of parsed.data) practisedTopics.add(q.topic);
  }
  return { cards, practisedTopics };
}
