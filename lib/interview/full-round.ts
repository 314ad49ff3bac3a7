import type { Note } from "@/lib/content";
import type { Rng } from "@/lib/sim/core/prng";
import { InterviewError } from "./errors";
import { phaseRubric, readFramework, stepsForPhase, type InterviewFramework } from "./framework";
import type { QuestionPool } from "./pool";
import { matchesTopics, noteTerms, noteTips, questionFromCard, topicOf } from "./questions";
import { phaseDefinition, type PhaseId } from "./round-kinds";
import type { InterviewQuestion } from "./schemas";
import { weightedDraw } from "./selection";

/** Time for each interviewer probe and for the trade-off card inside their phases. */
const PROBE_SECONDS = 4 * 60;
const PROBES = 2;

function section(note: Note, key: string): string {
  return note.sections.find((s) => s.key === key)?.markdown.trim() ?? "";
}

/** The design scenario a note's "How I would use it" section sets up, e.g. "A like counter on posts…". */
export function designScenario(note: Note): string | null {
  const match = /\*\*Context:\*\*\s*(.+)/.exec(section(note, "how-i-would-use-it"));
  const text = match?.[1]?.trim().replace(/^["“](.*)["”]\.?$/, "$1");
  return text ? text : null;
}

const PROMPTS: Record<PhaseId, (scenario: string) => string> = {
  requirements: (s) => `**Scenario:** ${s}\n\nBefore drawing anything: clarify the requirements. What must be strongly consistent and what may be stale, how much traffic, which latency target, and which data must never be wrong?`,
  "high-level-design": (s) => `Sketch the high-level design for: ${s}\n\nWhich replication strategy, and how is the data partitioned? Justify each component by a requirement.`,
  "failure-handling": () => "Deep dive: a node holding part of your data dies, then the network partitions between two groups of nodes. What do users see, and how does the system recover?",
  "trade-offs": () => "What did your design trade away? Put it in CAP terms during a partition and PACELC terms otherwise, tied to this product.",
};

/** The note section each phase's model answer quotes from the anchor note. */
const MODEL_SECTION: Record<PhaseId, string> = {
  requirements: "how-i-would-use-it",
  "high-level-design": "how-i-would-use-it",
  "failure-handling": "pitfalls",
  "trade-offs": "trade-offs-alternatives",
};

function phaseQuestion(framework: InterviewFramework, anchor: Note, scenario: string, phase: PhaseId, seconds: number): InterviewQuestion {
  const steps = stepsForPhase(framework, phase);
  const guide = steps.map((s) => `- **${s.name}:** ${s.ask}${s.concrete ? ` — e.g. ${s.concrete}` : ""}`).join("\n");
  const fromNote = section(anchor, MODEL_SECTION[phase]);
  return {
    cardId: null,
    noteId: anchor.id,
    noteTitle: anchor.title,
    topic: topicOf(anchor),
    kind: "phase",
    lead: phaseDefinition(phase).label,
    prompt: PROMPTS[phase](scenario),
    answer: [`**What the framework asks for**\n\n${guide}`, fromNote ? `**From ${anchor.title}**\n\n${fromNote}` : ""].filter(Boolean).join("\n\n"),
    keyPoints: phaseRubric(framework, phase),
    terms: noteTerms(anchor),
    tips: [...framework.pitfalls.slice(0, 3), ...noteTips(anchor).slice(0, 2)],
    seconds,
    phase,
  };
}

/**
 * A 37-minute design round on a scenario from one note (weighted toward weak notes), graded
 * phase by phase against the interview framework's rubric, with interviewer probes (trap
 * questions of that note and its neighbours) in the failure deep dive and the note's decision
 * card in the trade-offs. Phase prompts are not cards and are never rated.
 */
export function fullRound(pool: QuestionPool, topics: readonly string[], rng: Rng): InterviewQuestion[] {
  const framework = readFramework(pool.source.notes);
  const anchors = pool.source.notes.filter((n) => matchesTopics(n, topics) && designScenario(n) !== null);
  const [anchor] = weightedDraw(anchors, (n) => pool.noteWeight(n.id), 1, rng);
  const scenario = anchor ? designScenario(anchor) : null;
  if (!anchor || !scenario) throw new InterviewError("No note with a design scenario matches these topics: choose other topics or none.");

  const { prerequisites, related } = pool.neighbours(anchor);
  const nearby = [anchor, ...prerequisites, ...related];
  const trapCards = nearby.flatMap((n) => pool.cardsOf(n.id, "trap"));
  const probes = weightedDraw(trapCards, (c) => pool.weight(c), PROBES, rng, { maxPerGroup: 1, group: (c) => c.noteId });
  const decision = pool.cardsOf(anchor.id, "decision")[0];

  const budget = (phase: PhaseId) => phaseDefinition(phase).budgetSeconds;
  const questions: InterviewQuestion[] = [
    phaseQuestion(framework, anchor, scenario, "requirements", budget("requirements")),
    phaseQuestion(framework, anchor, scenario, "high-level-design", budget("high-level-design")),
    phaseQuestion(framework, anchor, scenario, "failure-handling", budget("failure-handling") - probes.length * PROBE_SECONDS),
    ...probes.map((card) =>
      questionFromCard(card, pool.note(card), PROBE_SECONDS, { lead: "Interviewer probe", phase: "failure-handling" }),
    ),
    phaseQuestion(framework, anchor, scenario, "trade-offs", budget("trade-offs") - (decision ? PROBE_SECONDS : 0)),
  ];
  if (decision) questions.push(questionFromCard(decision, anchor, PROBE_SECONDS, { lead: "Interviewer probe", phase: "trade-offs" }));
  return questions;
}
