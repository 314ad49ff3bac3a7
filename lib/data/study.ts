import "server-only";
import { cache } from "react";
import {
  buildQueue,
  dayWindow,
  DEFAULT_SCHEDULER_PARAMS,
  DEFAULT_STUDY_SETTINGS,
  fsrsWeightsSchema,
  studyDay,
  studySettingsSchema,
  type CardState,
  type DayWindow,
  type SchedulerParams,
  type StudyQueue,
  type StudySettings,
} from "@/lib/srs";
import { db, type Db } from "@/lib/db";
import { toCardState } from "@/lib/db/card-state-row";
import type { LibraryIndex } from "./library";

export interface StudyProfile {
  settings: StudySettings;
  params: SchedulerParams;
  /** Fitted FSRS weights are in use. */
  optimized: boolean;
}

function parseJsonArray(text: string | null | undefined): unknown {
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** The user's settings (defaults until they save some) and the scheduler parameters they imply. */
export async function getStudyProfile(userId: string, client: Db = db()): Promise<StudyProfile> {
  const row = await client.userSettings.findUnique({ where: { userId } });
  const parsed = studySettingsSchema.safeParse(
    row
      ? {
          desiredRetention: row.desiredRetention,
          newPerDay: row.newPerDay,
          maxReviewsPerDay: row.maxReviewsPerDay,
          timeZone: row.timeZone,
          dayStartHour: row.dayStartHour,
          studyTags: parseJsonArray(row.studyTags) ?? [],
        }
      : {},
  );
  const settings = parsed.success ? parsed.data : studySettingsSchema.parse(DEFAULT_STUDY_SETTINGS);
  const weights = fsrsWeightsSchema.safeParse(parseJsonArray(row?.fsrsWeights));
  return {
    settings,
    params: {
      ...DEFAULT_SCHEDULER_PARAMS,
      desiredRetention: settings.desiredRetention,
      weights: weights.success ? weights.data : null,
    },
    optimized: weights.success,
  };
}

export const getStudyProfileCached = cache((userId: string) => getStudyProfile(userId));

export interface TodayCard {
  cardId: string;
  kind: "learning" | "review" | "new";
  /** Null for a card never introduced. */
  state: CardState | null;
  version: number;
}

export interface TodayQueue {
  day: string;
  window: DayWindow;
  queue: StudyQueue;
  /** State of every card in `queue.items` and `queue.later`, by card id. */
  cards: TodayCard[];
  doneToday: { total: number; newIntroduced: number; reviews: number; timeMs: number };
  /** Reviews due tomorrow (for the end-of-day screen). */
  dueTomorrow: number;
}

/** Whether a card's note matches the user's chosen areas/tags (none chosen = everything). */
function studyFilter(library: LibraryIndex, tags: readonly string[]): (cardId: string) => boolean {
  if (tags.length === 0) return () => true;
  const wanted = new Set(tags);
  return (cardId) => {
    const card = library.cardById.get(cardId);
    const note = card ? library.noteById.get(card.noteId) : undefined;
    return Boolean(note && (wanted.has(note.area) || note.frontMatter.tags.some((t) => wanted.has(t))));
  };
}

/**
 * Today's queue for a user: due learning cards, then due reviews (lowest retrievability first),
 * then new cards in library order, within the user's limits. Reads only the rows it needs:
 * cards due before the end of today, today's answers, and the ids of introduced cards.
 */
export async function getTodayQueue(
  userId: string,
  now: Date,
  library: LibraryIndex,
  profile: StudyProfile,
  client: Db = db(),
): Promise<TodayQueue> {
  const { settings, params } = profile;
  const day = studyDay(now, settings.timeZone, settings.dayStartHour);
  const window = dayWindow(day, settings.timeZone, settings.dayStartHour);
  const tomorrowEnd = new Date(window.end.getTime() + 86_400_000);

  const [dueRows, todayLogs, introduced, dueTomorrow] = await Promise.all([
    client.cardState.findMany({
      where: {
        userId,
        suspended: false,
        due: { lt: window.end },
        state: { not: "new" },
        OR: [{ buriedUntil: null }, { buriedUntil: { lte: now } }],
      },
      orderBy: { due: "asc" },
      take: settings.maxReviewsPerDay + 500,
    }),
    client.reviewLog.groupBy({
      by: ["state"],
      where: { userId, reviewedAt: { gte: window.start, lt: window.end }, source: { not: "import" } },
      _count: { _all: true },
      _sum: { durationMs: true },
    }),
    client.cardState.findMany({ where: { userId }, select: { cardId: true, state: true, suspended: true, buriedUntil: true, version: true } }),
    client.cardState.count({
      where: { userId, suspended: false, state: { not: "new" }, due: { gte: window.end, lt: tomorrowEnd } },
    }),
  ]);

  const counted = (state: string) => todayLogs.find((l) => l.state === state)?._count._all ?? 0;
  const doneToday = {
    total: todayLogs.reduce((sum, l) => sum + l._count._all, 0),
    newIntroduced: counted("new"),
    reviews: counted("review"),
    timeMs: todayLogs.reduce((sum, l) => sum + (l._sum.durationMs ?? 0), 0),
  };

  const inLibrary = (cardId: string) => library.cardById.has(cardId);
  const wanted = studyFilter(library, settings.studyTags);
  // Cards already answered, suspended or buried are not offered as new; a new card merely
  // buried yesterday is offered again.
  const introducedIds = new Set(
    introduced
      .filter((r) => r.state !== "new" || r.suspended || (r.buriedUntil !== null && r.buriedUntil > now))
      .map((r) => r.cardId),
  );
  const rows = dueRows.filter((r) => inLibrary(r.cardId) && wanted(r.cardId));
  const queue = buildQueue({
    now,
    dayEnd: window.end,
    cards: rows.map((r) => ({ cardId: r.cardId, due: r.due, stability: r.stability, lastReview: r.lastReview, state: toCardState(r).state })),
    newCardIds: library.newCardOrder.filter((id) => !introducedIds.has(id) && wanted(id)),
    doneToday: { newIntroduced: doneToday.newIntroduced, reviews: doneToday.reviews },
    settings,
    params,
    learnAheadMinutes: 20,
  });

  const rowById = new Map(rows.map((r) => [r.cardId, r]));
  const versionById = new Map(introduced.map((r) => [r.cardId, r.version]));
  const cards: TodayCard[] = [...queue.items, ...queue.later].map((item) => {
    const row = rowById.get(item.cardId);
    return { cardId: item.cardId, kind: item.kind, state: row ? toCardState(row) : null, version: row?.version ?? versionById.get(item.cardId) ?? 0 };
  });
  return { day, window, queue, cards, doneToday, dueTomorrow };
}
