import type { Note } from "@/lib/content";
import type { PhaseId } from "./round-kinds";

/** One step of the interview framework: what to ask or decide, and an example of saying it concretely. */
export interface FrameworkStep {
  name: string;
  ask: string;
  concrete: string;
}

export interface InterviewFramework {
  /** The note it was read from; null when the library has none (the built-in steps are used). */
  noteId: string | null;
  steps: FrameworkStep[];
  /** The note's pitfalls (Markdown): tips for every phase. */
  pitfalls: string[];
}

export const FRAMEWORK_NOTE_ID = "interview-framework";

/** The seed material's five steps, used when the framework note is missing or has no table. */
const BUILT_IN_STEPS: FrameworkStep[] = [
  { name: "1. Requirements", ask: "Strong or eventual consistency? Read/write ratio, scale, latency target, which data must never be wrong", concrete: "Balances need strong consistency; like counts can be seconds stale." },
  { name: "2. High-level design", ask: "Replication strategy: single-leader sync/async, multi-leader, leaderless quorum", concrete: "Single leader, one synchronous follower (semi-sync), rest async." },
  { name: "3. Data model", ask: "Hash vs range partitioning; consistent hashing for elastic scaling", concrete: "Hash by user_id on a ring with virtual nodes." },
  { name: "4. Failure handling", ask: "What happens on node loss and on a network partition", concrete: "Raft via etcd; 5 nodes tolerate 2 failures (2f+1)." },
  { name: "5. Trade-offs", ask: "CAP during partitions, PACELC otherwise, tied to the product", concrete: "PA/EL like DynamoDB for the feed; PC/EC like Spanner for payments." },
];

/** Which framework steps each phase of a full round is graded against. */
const PHASE_STEPS: Record<PhaseId, RegExp> = {
  requirements: /requirement/i,
  "high-level-design": /high-level|data model/i,
  "failure-handling": /failure/i,
  "trade-offs": /trade-?off/i,
};

/** Reads the framework from its note: the table whose header starts "Step | Ask or decide | …". */
export function readFramework(notes: readonly Note[]): InterviewFramework {
  const note = notes.find((n) => n.id === FRAMEWORK_NOTE_ID);
  const table = note?.tables.find((t) => /step/i.test(t.header[0] ?? "") && t.header.length >= 3);
  const steps = table
    ? table.rows.flatMap(([name, ask, concrete]) => (name && ask ? [{ name, ask, concrete: concrete ?? "" }] : []))
    : [];
  return {
    noteId: note && steps.length > 0 ? note.id : null,
    steps: steps.length > 0 ? steps : BUILT_IN_STEPS,
    pitfalls: note?.pitfalls.map((p) => p.markdown) ?? [],
  };
}

export function stepsForPhase(framework: InterviewFramework, phase: PhaseId): FrameworkStep[] {
  const found = framework.steps.filter((s) => PHASE_STEPS[phase].test(s.name));
  return found.length > 0 ? found : BUILT_IN_STEPS.filter((s) => PHASE_STEPS[phase].test(s.name));
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const unquote = (s: string) => s.trim().replace(/^["“](.*)["”]$/s, "$1");

/** A step's "ask or decide" cell as checklist items: split at questions, semicolons and list commas. */
function askItems(ask: string): string[] {
  return ask
    .split(/(?<=\?)\s+|;\s+/)
    .flatMap((part) => (part.includes(":") ? [part] : part.split(/,\s+/)))
    .map((s) => capitalise(s.trim()))
    .filter((s) => s.length > 1);
}

/** The rubric of a phase: what the framework says to ask or decide, and to say something concrete. */
export function phaseRubric(framework: InterviewFramework, phase: PhaseId): string[] {
  return stepsForPhase(framework, phase).flatMap((step) => [
    ...askItems(step.ask),
    ...(step.concrete ? [`Said something concrete, e.g. “${unquote(step.concrete)}”`] : []),
  ]);
}
