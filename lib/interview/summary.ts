import type { Grade } from "@/lib/srs";
import { FULL_ROUND_PHASES, type PhaseId } from "./round-kinds";
import type { InterviewAnswer, InterviewQuestion } from "./schemas";
import { scoreAnswer } from "./scoring";

export interface QuestionResult {
  index: number;
  noteId: string;
  noteTitle: string;
  topic: string;
  answered: boolean;
  covered: number;
  total: number;
  fraction: number;
  rating: Grade;
  capped: boolean;
  /** This answer rates a card of the library (probes and phase prompts do not). */
  rated: boolean;
  timeUsedMs: number;
  timeAllowedMs: number;
}

export interface TopicResult {
  topic: string;
  score: number;
  questions: number;
}

export interface NoteToReread {
  noteId: string;
  noteTitle: string;
  score: number;
}

export interface PhaseResult {
  phase: PhaseId;
  label: string;
  budgetMs: number;
  usedMs: number;
}

export interface RoundSummary {
  results: QuestionResult[];
  /** Mean share of key points covered over the answered questions, 0–1. */
  score: number;
  answered: number;
  timeUsedMs: number;
  timeAllowedMs: number;
  /** Lowest-scoring topics first (at most three). */
  weakestTopics: TopicResult[];
  /** Notes scoring under 70 %, weakest first. */
  notesToReread: NoteToReread[];
  /** Budget against time used per phase (full rounds only). */
  phases: PhaseResult[];
}

/** Below this share a note is worth rereading (the boundary between Hard and Good). */
const REREAD_BELOW = 0.7;
const WEAKEST = 3;

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

function groupScores<K>(results: readonly QuestionResult[], key: (r: QuestionResult) => K): Map<K, QuestionResult[]> {
  const groups = new Map<K, QuestionResult[]>();
  for (const r of results) {
    if (!r.answered) continue;
    const list = groups.get(key(r)) ?? [];
    list.push(r);
    groups.set(key(r), list);
  }
  return groups;
}

/** Score per question, time used against allowed, weakest topics and notes to reread. */
export function summarizeRound(questions: readonly InterviewQuestion[], answers: readonly (InterviewAnswer | null)[]): RoundSummary {
  const results: QuestionResult[] = questions.map((question, index) => {
    const answer = answers[index] ?? null;
    const score = answer ? scoreAnswer(question, answer) : null;
    return {
      index,
      noteId: question.noteId,
      noteTitle: question.noteTitle,
      topic: question.topic,
      answered: answer !== null,
      covered: score?.covered ?? 0,
      total: question.keyPoints.length,
      fraction: score?.fraction ?? 0,
      rating: score?.rating ?? 1,
      capped: score?.capped ?? false,
      rated: question.cardId !== null && answer?.graded === true,
      timeUsedMs: answer?.timeUsedMs ?? 0,
      timeAllowedMs: question.seconds * 1000,
    };
  });
  const answered = results.filter((r) => r.answered);
  const byTopic = [...groupScores(results, (r) => r.topic)].map(([topic, list]) => ({
    topic,
    score: mean(list.map((r) => r.fraction)),
    questions: list.length,
  }));
  const byNote = [...groupScores(results, (r) => r.noteId)].map(([noteId, list]) => ({
    noteId,
    noteTitle: list[0]?.noteTitle ?? noteId,
    score: mean(list.map((r) => r.fraction)),
  }));
  const phases: PhaseResult[] = FULL_ROUND_PHASES.flatMap((p) => {
    const inPhase = questions.map((q, i) => ({ q, r: results[i] })).filter((x) => x.q.phase === p.id);
    if (inPhase.length === 0) return [];
    return [
      {
        phase: p.id,
        label: p.label,
        budgetMs: inPhase.reduce((sum, x) => sum + x.q.seconds * 1000, 0),
        usedMs: inPhase.reduce((sum, x) => sum + (x.r?.timeUsedMs ?? 0), 0),
      },
    ];
  });
  const ascending = <T extends { score: number }>(a: T, b: T) => a.score - b.score;
  return {
    results,
    score: mean(answered.map((r) => r.fraction)),
    answered: answered.length,
    timeUsedMs: results.reduce((sum, r) => sum + r.timeUsedMs, 0),
    timeAllowedMs: results.reduce((sum, r) => sum + r.timeAllowedMs, 0),
    weakestTopics: byTopic.sort((a, b) => ascending(a, b) || a.topic.localeCompare(b.topic)).slice(0, WEAKEST),
    notesToReread: byNote.filter((n) => n.score < REREAD_BELOW).sort((a, b) => ascending(a, b) || a.noteId.localeCompare(b.noteId)),
    phases,
  };
}
