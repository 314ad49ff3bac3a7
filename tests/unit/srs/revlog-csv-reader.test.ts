import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseRevlogCsv, REVLOG_HEADER, RevlogCsvReader, revlogCsvLine, serializeRevlogCsv, type RevlogParseResult } from "@/lib/srs";
import { pickInt, prng } from "./prng";

const SHARED = fileURLToPath(new URL("../../../../shared/data/revlog.csv", import.meta.url));

/** Feeds `text` to a reader in the given pieces and gathers everything it returns. */
function readInPieces(pieces: readonly string[]): RevlogParseResult {
  const reader = new RevlogCsvReader();
  const out: RevlogParseResult = { rows: [], errors: [] };
  for (const result of [...pieces.map((p) => reader.push(p)), reader.end()]) {
    out.rows.push(...result.rows);
    out.errors.push(...result.errors);
  }
  return out;
}

const TRICKY = [
  "\uFEFFcard_id,review_time,review_rating,review_state,review_duration",
  '"with ""quotes"", and a comma",1700000000000,3,2,100',
  '"multi\r\nline",1700000000001,1,3,50',
  "plain,1700000000002,4,0,0",
  "",
  "bad,17,4,0,0",
  'short,"1700000000003"',
  '"",1700000000004,2,1,5',
].join("\r\n");

describe("RevlogCsvReader", () => {
  it("gives the same rows and errors however the text is cut into chunks", () => {
    const whole = parseRevlogCsv(TRICKY);
    expect(whole.rows.map((r) => r.cardId)).toEqual(['with "quotes", and a comma', "multi\r\nline", "plain"]);
    expect(whole.errors.map((e) => e.row)).toEqual([6, 7, 8]);
    // Every single cut point, then random multi-way cuts.
    for (let cut = 0; cut <= TRICKY.length; cut += 1) {
      expect(readInPieces([TRICKY.slice(0, cut), TRICKY.slice(cut)])).toEqual(whole);
    }
    const next = prng(7);
    for (let round = 0; round < 200; round += 1) {
      const pieces: string[] = [];
      let at = 0;
      while (at < TRICKY.length) {
        const size = pickInt(next, 0, 6);
        pieces.push(TRICKY.slice(at, at + size));
        at += size;
      }
      expect(readInPieces(pieces)).toEqual(whole);
    }
  });

  it("hands rows over as soon as their line is complete", () => {
    const reader = new RevlogCsvReader();
    expect(reader.push(`${REVLOG_HEADER}\n1700000000000,a,3,100,2\n1700000000001,b,3`)).toEqual({
      rows: [{ reviewTime: 1700000000000, cardId: "a", rating: 3, durationMs: 100, state: 2 }],
      errors: [],
    });
    expect(reader.push(",100,2")).toEqual({ rows: [], errors: [] });
    expect(reader.end().rows.map((r) => r.cardId)).toEqual(["b"]);
    expect(reader.recordsRead).toBe(3);
  });

  it("writes lines that serializeRevlogCsv would write", () => {
    const rows = parseRevlogCsv(TRICKY).rows;
    expect([REVLOG_HEADER, ...rows.map(revlogCsvLine)].join("\n") + "\n").toBe(serializeRevlogCsv(rows));
  });

  it.skipIf(!existsSync(SHARED))("reads the shared file in 64 KiB chunks like the whole text", () => {
    const text = readFileSync(SHARED, "utf8");
    const pieces: string[] = [];
    for (let at = 0; at < text.length; at += 65_536) pieces.push(text.slice(at, at + 65_536));
    const read = readInPieces(pieces);
    expect(read.errors).toEqual([]);
    expect(read.rows).toHaveLength(41_847);
    expect(read).toEqual(parseRevlogCsv(text));
  });
});
