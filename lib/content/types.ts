import type { FrontMatter } from "./frontmatter-schema";

/** A problem that fails `content:check`: where it is, which field, and what was expected. */
export interface ContentProblem {
  file: string;
  line: number;
  field: string;
  message: string;
}

/** Something an author should look at that does not fail the check. */
export interface ContentWarning {
  file: string;
  line: number;
  message: string;
}

/** One item of a Markdown list (TL;DR bullet, pitfall, step…), as Markdown and as plain text. */
export interface ListEntry {
  markdown: string;
  text: string;
  line: number;
  /** Card key pinned by the author with `<!-- card: key -->`. */
  pin?: string;
}

export interface NoteSection {
  /** Normalised name, e.g. `tldr`, `trap-questions`, `why-it-matters`. */
  key: string;
  /** The heading as written (plain text). */
  heading: string;
  depth: number;
  line: number;
  /** The section's Markdown below its heading, up to the next heading of the same or higher level. */
  markdown: string;
}

export interface NoteDefinition {
  /** Markdown of the "What it is" part (or the first paragraph when unlabelled). */
  whatItIs: string;
  keyTerms: string[];
  /** The whole section as Markdown. */
  markdown: string;
  line: number;
}

export interface TrapQuestion {
  /** Markdown of the question, without the `Q:` label. */
  question: string;
  /** Plain text of the question (matching, ids). */
  questionText: string;
  /** Markdown of the answer, without the `A:` label; multi-line content preserved. */
  answer: string;
  line: number;
  pin?: string;
}

export interface AntiPattern {
  name: string;
  /** Markdown of the rest of the item (why it is bad, better approach). */
  explanation: string;
  line: number;
  pin?: string;
}

export interface DecisionRules {
  useWhen: ListEntry[];
  avoidWhen: ListEntry[];
  markdown: string;
  line: number;
}

export interface ExplainAnswer {
  markdown: string;
  text: string;
  line: number;
}

export type LinkKind = "prerequisite" | "related" | "compare" | "body";

export interface NoteLink {
  kind: LinkKind;
  /** Link text (plain). */
  text: string;
  href: string;
  /** Target file relative to the content directory, e.g. `operations/networking-basics.md`. */
  path: string;
  /** Note id of the target: the file's basename until the library resolves it. */
  targetId: string;
  line: number;
}

export interface NoteTable {
  line: number;
  /** Key of the section holding the table. */
  section: string;
  header: string[];
  rows: string[][];
}

export interface SimBlock {
  scenario: string;
  seed: number;
  settings: Record<string, unknown>;
  line: number;
}

export interface Note {
  id: string;
  /** File path relative to the content directory, with `/` separators. */
  file: string;
  /** First directory of `file` (`distributed`, `operations`), or "" at the top level. */
  area: string;
  title: string;
  frontMatter: FrontMatter;
  /** File line of each front-matter key. */
  fieldLines: Record<string, number>;
  sections: NoteSection[];
  tldr: ListEntry[];
  definition: NoteDefinition | null;
  pitfalls: ListEntry[];
  antiPatterns: AntiPattern[];
  decisionRules: DecisionRules | null;
  explain: ExplainAnswer | null;
  trapQuestions: TrapQuestion[];
  selfCheck: ListEntry[];
  links: NoteLink[];
  /** Walkthrough steps ("End-to-end flow" list). */
  steps: ListEntry[];
  tables: NoteTable[];
  sims: SimBlock[];
  /** Markdown after the front matter and the `# Title` heading. */
  body: string;
  /** File line where `body` starts. */
  bodyLine: number;
}

export interface NoteParseResult {
  /** Null when the front matter is unusable; the other problems are still reported. */
  note: Note | null;
  /** The raw `id` value when it could be read, even if the note failed. */
  rawId?: string;
  errors: ContentProblem[];
  warnings: ContentWarning[];
}

/** Card kinds. `sim` ("predict, then run") cards come from the simulation scenarios, not from note text. */
export const CARD_KINDS = ["concept", "trap", "drill", "self-check", "anti-pattern", "decision", "sim"] as const;

export type CardKind = (typeof CARD_KINDS)[number];

export interface Card {
  /** `{noteId}:{kind}:{key}`, stable across answer edits, reordering and small rewordings. */
  id: string;
  noteId: string;
  kind: CardKind;
  /** Markdown. */
  prompt: string;
  /** Markdown. */
  answer: string;
  /** Checklist a good answer covers (drill cards). */
  keyPoints?: string[];
  /** Markdown shown after answering (pitfalls, for trap cards). */
  context?: string;
  /** For `sim` cards: the run that answers the prediction. */
  sim?: SimRunSpec;
  line: number;
}

/** A simulation run pinned down for replay: scenario, seed, starting settings, timed user actions. */
export interface SimRunSpec {
  scenario: string;
  seed: number;
  settings: Record<string, unknown>;
  actions: readonly unknown[];
  untilMs: number;
}

export interface ManifestEntry {
  noteId: string;
  kind: CardKind;
  /** Plain text of the prompt the id was last seen with. */
  prompt: string;
}

/** `content/.cards.json`: every card id handed out, so later edits keep them. */
export interface CardManifest {
  version: 1;
  cards: Record<string, ManifestEntry>;
}

export interface OrphanedCard extends ManifestEntry {
  id: string;
}

export interface NoteProblems {
  file: string;
  noteId?: string;
  errors: ContentProblem[];
  warnings: ContentWarning[];
  cardCount: number;
}

export interface Library {
  /** Notes that loaded, sorted by id. */
  notes: Note[];
  /** Cards of those notes, by note id, then concept, traps, drill, self-checks, anti-patterns, decision. */
  cards: Card[];
  errors: ContentProblem[];
  warnings: ContentWarning[];
  /** One entry per file, in file order. */
  problems: NoteProblems[];
  /** Ids in the previous manifest that no current card carries. */
  orphans: OrphanedCard[];
  /** Manifest describing the current cards (what `--write-manifest` writes). */
  manifest: CardManifest;
}

export interface SourceFile {
  /** Path relative to the content directory, `/`-separated. */
  file: string;
  text: string;
}
