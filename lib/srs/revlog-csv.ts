import type { CardPhase } from "./card-state";
import type { ReviewLogEntry } from "./schedule";
import { CsvRecords } from "./csv-records";

/** One review in the shared revlog CSV format (times and durations in milliseconds). */
export interface RevlogRow {
  reviewTime: number;
  cardId: string;
  /** 1 Again, 2 Hard, 3 Good, 4 Easy. */
  rating: 1 | 2 | 3 | 4;
  durationMs: number;
  /** State before the review: 0 new, 1 learning, 2 review, 3 relearning, 4 filtered. */
  state: RevlogState;
}

export type RevlogState = 0 | 1 | 2 | 3 | 4;

export interface RevlogRowError {
  /** 1-based record number as a spreadsheet shows it (the header is row 1). */
  row: number;
  message: string;
}

export interface RevlogParseResult {
  rows: RevlogRow[];
  errors: RevlogRowError[];
}

export const REVLOG_COLUMNS = [
  "review_time",
  "card_id",
  "review_rating",
  "review_duration",
  "review_state",
] as const;

type Column = (typeof REVLOG_COLUMNS)[number];

/** Earliest accepted review time (1973): smaller values are almost surely seconds. */
const MIN_TIME_MS = 100_000_000_000;
const MAX_TIME_MS = 8_640_000_000_000_000;

function wholeNumber(raw: string): number | null {
  return /^\d+$/.test(raw.trim()) ? Number(raw.trim()) : null;
}

function parseRecord(field: (column: Column) => string): RevlogRow | string {
  const fields = {
    review_time: field("review_time"),
    card_id: field("card_id"),
    review_rating: field("review_rating"),
    review_duration: field("review_duration"),
    review_state: field("review_state"),
  };
  const reviewTime = wholeNumber(fields.review_time);
  if (reviewTime === null) return `review_time "${fields.review_time}" is not a whole number of milliseconds`;
  if (reviewTime < MIN_TIME_MS || reviewTime > MAX_TIME_MS) {
    return `review_time ${reviewTime} is out of range (epoch milliseconds expected)`;
  }
  const cardId = fields.card_id.trim();
  if (cardId === "") return "card_id is empty";
  const rating = wholeNumber(fields.review_rating);
  if (rating !== 1 && rating !== 2 && rating !== 3 && rating !== 4) {
    return `review_rating "${fields.review_rating}" must be 1, 2, 3 or 4`;
  }
  const durationMs = wholeNumber(fields.review_duration);
  if (durationMs === null) {
    return `review_duration "${fields.review_duration}" is not a whole number of milliseconds`;
  }
  const state = wholeNumber(fields.review_state);
  if (state !== 0 && state !== 1 && state !== 2 && state !== 3 && state !== 4) {
    return `review_state "${fields.review_state}" must be 0–4`;
  }
  return { reviewTime, cardId, rating, durationMs, state };
}

/**
 * Reads a revlog CSV as it arrives, chunk by chunk (an upload can be parsed while it
 * streams in): each `push` returns the rows and row errors completed so far.
 * Columns are found by header name, so their order may differ from the export's.
 */
export class RevlogCsvReader {
  private header: string[] | null = null;
  private positions: number[] = [];
  private failed = false;
  private recordNumber = 0;
  private out: RevlogParseResult = { rows: [], errors: [] };
  private readonly records = new CsvRecords((fields) => this.onRecord(fields));

  /** `check` may refuse a well-formed row (a reason) for limits the format does not set. */
  constructor(private readonly check: (row: RevlogRow) => string | null = () => null) {}

  /** Number of records (header included) read so far. */
  get recordsRead(): number {
    return this.recordNumber;
  }

  push(text: string): RevlogParseResult {
    this.records.push(text);
    return this.take();
  }

  end(): RevlogParseResult {
    this.records.end();
    if (this.header === null) this.onHeader([]);
    return this.take();
  }

  private take(): RevlogParseResult {
    const done = this.out;
    this.out = { rows: [], errors: [] };
    return done;
  }

  private onHeader(fields: string[]): void {
    this.header = fields.map((name) => name.trim().toLowerCase());
    const header = this.header;
    this.positions = REVLOG_COLUMNS.map((column) => header.indexOf(column));
    const missing = REVLOG_COLUMNS.filter((_, k) => this.positions[k] === -1);
    if (missing.length > 0) {
      this.failed = true;
      this.out.errors.push({ row: 1, message: `header lacks column(s): ${missing.join(", ")}` });
    }
  }

  private onRecord(fields: string[]): void {
    this.recordNumber += 1;
    if (this.header === null) return this.onHeader(fields);
    if (this.failed) return;
    const row = this.recordNumber;
    if (fields.length === 1 && (fields[0] ?? "").trim() === "") return; // blank line
    if (fields.length !== this.header.length) {
      this.out.errors.push({ row, message: `expected ${this.header.length} fields, found ${fields.length}` });
      return;
    }
    const parsed = parseRecord((column) => fields[this.positions[REVLOG_COLUMNS.indexOf(column)] ?? 0] ?? "");
    const problem = typeof parsed === "string" ? parsed : this.check(parsed);
    if (problem !== null) this.out.errors.push({ row, message: problem });
    else if (typeof parsed !== "string") this.out.rows.push(parsed);
  }
}

/** Parses a whole revlog CSV row by row: a bad row is reported and skipped, never fatal. */
export function parseRevlogCsv(text: string): RevlogParseResult {
  const reader = new RevlogCsvReader();
  const first = reader.push(text);
  const last = reader.end();
  return { rows: [...first.rows, ...last.rows], errors: [...first.errors, ...last.errors] };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The header line of the export (no line break). */
export const REVLOG_HEADER = REVLOG_COLUMNS.join(",");

/** One row as a CSV line (no line break), for writing an export in pieces. */
export function revlogCsvLine(row: RevlogRow): string {
  return `${row.reviewTime},${quote(row.cardId)},${row.rating},${row.durationMs},${row.state}`;
}

/** The CSV text for `rows`, header first, in the shared file's column order. */
export function serializeRevlogCsv(rows: readonly RevlogRow[]): string {
  return `${[REVLOG_HEADER, ...rows.map(revlogCsvLine)].join("\n")}\n`;
}

const STATE_OF_PHASE: Record<CardPhase, RevlogState> = { new: 0, learning: 1, review: 2, relearning: 3 };

/**
 * review_state by name, as the review log stores it: a card phase, or "filtered" (4) for an
 * imported review done in an Anki filtered deck (srs-benchmark: 0 new, 1 learning, 2 review,
 * 3 relearning, 4 filtered).
 */
export const REVLOG_STATE_NAMES = ["new", "learning", "review", "relearning", "filtered"] as const;
export type RevlogStateName = (typeof REVLOG_STATE_NAMES)[number];
const REVLOG_STATES: readonly RevlogState[] = [0, 1, 2, 3, 4];

export function revlogStateName(state: RevlogState): RevlogStateName {
  return REVLOG_STATE_NAMES[state];
}

/** The review_state of a stored name, or null for a name the log should not hold. */
export function revlogStateFromName(name: string): RevlogState | null {
  return REVLOG_STATES.find((state) => REVLOG_STATE_NAMES[state] === name) ?? null;
}

/** The review_state to export for an answer given in `phase` (ReviewLogEntry.stateBefore). */
export function revlogStateOf(phase: CardPhase): RevlogState {
  return STATE_OF_PHASE[phase];
}

/** The export row for one logged answer (the log keeps no duration: the caller adds it). */
export function toRevlogRow(cardId: string, entry: ReviewLogEntry, durationMs: number): RevlogRow {
  return {
    reviewTime: entry.reviewedAt.getTime(),
    cardId,
    rating: entry.rating,
    durationMs: Math.max(0, Math.round(durationMs)),
    state: revlogStateOf(entry.stateBefore),
  };
}
