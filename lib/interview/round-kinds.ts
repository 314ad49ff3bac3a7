/** The four round types, their question counts and clocks. */
export const ROUND_KINDS = ["lightning", "drills", "follow-up", "full"] as const;
export type RoundKind = (typeof ROUND_KINDS)[number];

/** The phases of a full round, in order. */
export const PHASE_IDS = ["requirements", "high-level-design", "failure-handling", "trade-offs"] as const;
export type PhaseId = (typeof PHASE_IDS)[number];

export interface RoundDefinition {
  kind: RoundKind;
  label: string;
  description: string;
  /** Seconds per question (the full round gives each question its own share of a phase budget). */
  seconds: number;
}

export const ROUND_DEFINITIONS: Record<RoundKind, RoundDefinition> = {
  lightning: { kind: "lightning", label: "Lightning", description: "10 trap questions, 30 seconds each.", seconds: 30 },
  drills: {
    kind: "drills",
    label: "30-second drills",
    description: "Explain 5 concepts, 30 seconds each, graded against each drill's key points.",
    seconds: 30,
  },
  "follow-up": {
    kind: "follow-up",
    label: "Follow-up chain",
    description: "An opening question on one topic, then 2–3 follow-ups that dig deeper, 90 seconds each.",
    seconds: 90,
  },
  full: {
    kind: "full",
    label: "Full round",
    description: "A 37-minute design round: requirements, high-level design, a failure deep dive and trade-offs, against the interview framework.",
    seconds: 0,
  },
};

export const LIGHTNING_QUESTIONS = 10;
export const DRILL_QUESTIONS = 5;
export const FOLLOW_UPS = { min: 2, max: 3 } as const;

export interface PhaseDefinition {
  id: PhaseId;
  label: string;
  /** The phase's share of the round, in seconds. */
  budgetSeconds: number;
}

/** Phase budgets of a full round: 37 minutes in all (a 30–45 minute interview slot). */
export const FULL_ROUND_PHASES: readonly PhaseDefinition[] = [
  { id: "requirements", label: "Requirements", budgetSeconds: 6 * 60 },
  { id: "high-level-design", label: "High-level design", budgetSeconds: 10 * 60 },
  { id: "failure-handling", label: "Deep dive: failure handling", budgetSeconds: 13 * 60 },
  { id: "trade-offs", label: "Trade-offs", budgetSeconds: 8 * 60 },
];

export function isRoundKind(value: string): value is RoundKind {
  return (ROUND_KINDS as readonly string[]).includes(value);
}

export function phaseDefinition(id: PhaseId): PhaseDefinition {
  const found = FULL_ROUND_PHASES.find((p) => p.id === id);
  if (!found) throw new RangeError(`unknown phase ${id}`);
  return found;
}
