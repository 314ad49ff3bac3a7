import Link from "next/link";
import type { CardKind } from "@/lib/content";
import { libraryQueryString, type Difficulty, type NoteType } from "@/lib/library";

type Tone = "neutral" | "brand" | "green" | "amber" | "red" | "violet";

const tones: Record<Tone, string> = {
  neutral: "border-zinc-300 bg-zinc-50 text-zinc-700 dark:border-zinc-700 dark:bg-zinc-900 dark:text-zinc-300",
  brand: "border-brand-300 bg-brand-50 text-brand-700 dark:border-brand-700 dark:bg-brand-700/20 dark:text-brand-100",
  green: "border-emerald-300 bg-emerald-50 text-emerald-800 dark:border-emerald-800 dark:bg-emerald-950 dark:text-emerald-200",
  amber: "border-amber-300 bg-amber-50 text-amber-800 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-200",
  red: "border-red-300 bg-red-50 text-red-800 dark:border-red-800 dark:bg-red-950 dark:text-red-200",
  violet: "border-violet-300 bg-violet-50 text-violet-800 dark:border-violet-800 dark:bg-violet-950 dark:text-violet-200",
};

export function Pill({ tone = "neutral", children, title }: { tone?: Tone; children: React.ReactNode; title?: string }) {
  return (
    <span title={title} className={`inline-flex items-center rounded-full border px-2 py-0.5 text-xs font-medium whitespace-nowrap ${tones[tone]}`}>
      {children}
    </span>
  );
}

export const CARD_KIND_LABELS: Record<CardKind, string> = {
  concept: "Concept",
  trap: "Trap",
  drill: "30-second drill",
  "self-check": "Self-check",
  "anti-pattern": "Anti-pattern",
  decision: "Decision rule",
  sim: "Predict, then run",
};

const kindTone: Record<CardKind, Tone> = {
  concept: "brand",
  trap: "red",
  drill: "violet",
  "self-check": "green",
  "anti-pattern": "amber",
  decision: "neutral",
  sim: "brand",
};

export function CardKindBadge({ kind }: { kind: CardKind }) {
  return (
    <span data-card-kind={kind}>
      <Pill tone={kindTone[kind]}>{CARD_KIND_LABELS[kind]}</Pill>
    </span>
  );
}

const difficultyTone: Record<Difficulty, Tone> = { easy: "green", medium: "amber", hard: "red" };

export function DifficultyBadge({ difficulty }: { difficulty: Difficulty }) {
  return <Pill tone={difficultyTone[difficulty]}>{difficulty}</Pill>;
}

export function NoteTypeBadge({ type }: { type: NoteType }) {
  return <Pill tone={type === "walkthrough" ? "violet" : "neutral"}>{type}</Pill>;
}

export function BrokenBadge({ errors }: { errors: number }) {
  return (
    <span data-testid="broken-badge">
      <Pill tone="red" title="This note's file has errors">
        Broken · {errors} {errors === 1 ? "error" : "errors"}
      </Pill>
    </span>
  );
}

/** A tag that opens the library filtered by it. */
export function TagLink({ tag }: { tag: string }) {
  return (
    <Link
      href={`/library${libraryQueryString({ tag })}`}
      className="rounded-full bg-zinc-100 px-2 py-0.5 text-xs text-zinc-700 hover:bg-brand-50 hover:text-brand-700 dark:bg-zinc-800 dark:text-zinc-300 dark:hover:bg-brand-700/30 dark:hover:text-brand-100"
    >
      #{tag}
    </Link>
  );
}
