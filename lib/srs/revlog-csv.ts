import type { CardPhase } from "./card-state";
import type { ReviewLogEntry } from "./schedule";

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

/** Splits CSV text into records (RFC 4180: quoted fields, doubled quotes, CRLF). */
function records(text: string): string[][] {
  const out: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (; i < text.length; i += 1) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      record.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i += 1;
      record.push(field);
      out.push(record);
      record = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return out;
}

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
 * Parses a revlog CSV row by row: a bad row is reported and skipped, never fatal.
 * Columns are found by header name, so their order may differ from the export's.
 */
export function parseRevlogCsv(text: string): RevlogParseResult {
  const all = records(text);
  const header = (all[0] ?? []).map((name) => name.trim().toLowerCase());
  const positions = REVLOG_COLUMNS.map((column) => header.indexOf(column));
  const missing = REVLOG_COLUMNS.filter((_, k) => positions[k] === -1);
  if (missing.length > 0) {
    return { rows: [], errors: [{ row: 1, message: `header lacks column(s): ${missing.join(", ")}` }] };
  }
  const rows: RevlogRow[] = [];
  const errors: RevlogRowError[] = [];
  for (let r = 1; r < all.length; r += 1) {
    const fields = all[r] ?? [];
    if (fields.length === 1 && (fields[0] ?? "").trim() === "") continue; // blank line
    if (fields.length !== header.length) {
      errors.push({ row: r + 1, message: `expected ${header.length} fields, found ${fields.length}` });
      continue;
    }
    const parsed = parseRecord((column) => fields[positions[REVLOG_COLUMNS.indexOf(column)] ?? 0] ?? "");
    if (typeof parsed === "string") errors.push({ row: r + 1, message: parsed });
    else rows.push(parsed);
  }
  return { rows, errors };
}

function quote(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}

/** The CSV text for `rows`, header first, in the shared file's column order. */
export function serializeRevlogCsv(rows: readonly RevlogRow[]): string {
  const lines = [REVLOG_COLUMNS.join(",")];
  for (const row of rows) {
    lines.push(`${row.reviewTime},${quote(row.cardId)},${row.rating},${row.durationMs},${row.state}`);
  }
  return `${lines.join("\n")}\n`;
}

const STATE_OF_PHASE: Record<CardPhase, RevlogState> = { new: 0, learning: 1, review: 2, relearning: 3 };

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
