import "server-only";
import { importReviewBatch } from "@/lib/db/history-import";
import type { Db } from "@/lib/db";
import { nextTurn } from "@/lib/event-loop";
import { RevlogCsvReader, type RevlogParseResult, type RevlogRow, type RevlogRowError } from "@/lib/srs";

/** Uploads larger than this are refused (the shared 41,847-review file is 1.5 MB). */
export const IMPORT_MAX_BYTES = 20 * 1024 * 1024;
/** Row errors listed in the summary; the rest are only counted. */
export const IMPORT_ERRORS_SHOWN = 20;
/**
 * Rows per INSERT (8 parameters a row, far under SQLite's 32,766 limit): large enough to be
 * fast, small enough that one batch never holds the server for long.
 */
const BATCH = 500;
/** Characters parsed per turn of the event loop when a large chunk arrives at once. */
const PARSE_SLICE = 65_536;
const MAX_CARD_ID = 300;
const MAX_DURATION_MS = 86_400_000;
/** A review may be stamped a little in the future (clock skew), not more. */
const FUTURE_SLACK_MS = 86_400_000;

export class ImportTooLargeError extends Error {
  override name = "ImportTooLargeError";
}

export interface ImportSummary {
  /** Valid rows read. */
  accepted: number;
  /** Valid rows newly added to the history. */
  added: number;
  /** Valid rows already in the history (or repeated in the file). */
  alreadyPresent: number;
  rejected: number;
  /** The first rejected rows, in file order, with why. */
  errors: RevlogRowError[];
}

/** Limits the format does not set: the database's and plausibility's. */
function rowProblem(now: Date): (row: RevlogRow) => string | null {
  return (row) => {
    if (row.cardId.length > MAX_CARD_ID) return `card_id is longer than ${MAX_CARD_ID} characters`;
    if (row.durationMs > MAX_DURATION_MS) return `review_duration ${row.durationMs} is longer than a day`;
    if (row.reviewTime > now.getTime() + FUTURE_SLACK_MS) return `review_time ${row.reviewTime} is in the future`;
    return null;
  };
}

/**
 * Imports a revlog CSV as it streams in: rows are parsed, checked and stored in batches of
 * 500, so memory stays flat whatever the file's size. Bad rows are reported, never fatal.
 * Throws ImportTooLargeError past `maxBytes` (batches before that point stay imported; a
 * second import of the same file skips them).
 */
export async function importRevlogStream(
  userId: string,
  body: ReadableStream<Uint8Array>,
  options: { now: Date; maxBytes?: number; client?: Db },
): Promise<ImportSummary> {
  const maxBytes = options.maxBytes ?? IMPORT_MAX_BYTES;
  const summary: ImportSummary = { accepted: 0, added: 0, alreadyPresent: 0, rejected: 0, errors: [] };
  const parser = new RevlogCsvReader(rowProblem(options.now));
  let pending: RevlogRow[] = [];

  const take = async ({ rows, errors }: RevlogParseResult, last = false) => {
    summary.rejected += errors.length;
    summary.errors.push(...errors.slice(0, IMPORT_ERRORS_SHOWN - summary.errors.length));
    summary.accepted += rows.length;
    pending.push(...rows);
    while (pending.length >= BATCH || (last && pending.length > 0)) {
      await nextTurn(); // other requests get a turn between batches
      const result = await importReviewBatch(userId, pending.slice(0, BATCH), options.client);
      pending = pending.slice(BATCH);
      summary.added += result.added;
      summary.alreadyPresent += result.alreadyPresent;
    }
  };

  const decoder = new TextDecoder("utf-8");
  const stream = body.getReader();
  let bytes = 0;
  for (;;) {
    const { done, value } = await stream.read();
    if (done) break;
    bytes += value.byteLength;
    if (bytes > maxBytes) {
      await stream.cancel();
      throw new ImportTooLargeError(`The file is larger than ${Math.round(maxBytes / 1024 / 1024)} MB.`);
    }
    const text = decoder.decode(value, { stream: true });
    for (let at = 0; at < text.length; at += PARSE_SLICE) {
      if (at > 0) await nextTurn();
      await take(parser.push(text.slice(at, at + PARSE_SLICE)));
    }
  }
  await take(parser.push(decoder.decode()));
  await take(parser.end(), true);
  return summary;
}
