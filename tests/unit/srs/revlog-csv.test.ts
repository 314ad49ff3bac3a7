import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_SCHEDULER_PARAMS,
  parseRevlogCsv,
  revlogStateOf,
  scheduleReview,
  serializeRevlogCsv,
  toRevlogRow,
  type CardPhase,
  type RevlogRow,
} from "@/lib/srs";
import { pickInt, prng } from "./prng";

const HEADER = "review_time,card_id,review_rating,review_duration,review_state";
const SHARED = fileURLToPath(new URL("../../../../shared/data/revlog.csv", import.meta.url));

describe("parseRevlogCsv", () => {
  it("parses the shared format", () => {
    const text = `${HEADER}\n1505056139212,1446463529167,3,14075,0\n1505145731763,1446463529167,1,11461,2\n`;
    expect(parseRevlogCsv(text)).toEqual({
      rows: [
        { reviewTime: 1505056139212, cardId: "1446463529167", rating: 3, durationMs: 14075, state: 0 },
        { reviewTime: 1505145731763, cardId: "1446463529167", rating: 1, durationMs: 11461, state: 2 },
      ],
      errors: [],
    });
  });

  it("finds columns by name, tolerating BOM, CRLF and the optimizer's column order", () => {
    const text = "\uFEFFcard_id,review_time,review_rating,review_state,review_duration\r\nc1,1700000000000,4,1,900\r\n";
    expect(parseRevlogCsv(text).rows).toEqual([{ reviewTime: 1700000000000, cardId: "c1", rating: 4, durationMs: 900, state: 1 }]);
  });

  it("reports each bad row with its spreadsheet row number and keeps the good ones", () => {
    const text = [
      HEADER,
      "1700000000000,a,3,100,2",
      "1700000000,a,3,100,2", // seconds, not ms
      "1700000000000,a,0,100,2",
      "1700000000000,,3,100,2",
      "1700000000000,a,3,-4,2",
      "1700000000000,a,3,100,7",
      "1700000000000,a,3,100",
      "abc,a,3,100,2",
      "",
      "1700000000001,b,2,50,3",
    ].join("\n");
    const { rows, errors } = parseRevlogCsv(text);
    expect(rows.map((r) => r.cardId)).toEqual(["a", "b"]);
    expect(errors.map((e) => e.row)).toEqual([3, 4, 5, 6, 7, 8, 9]);
    expect(errors[0]?.message).toMatch(/milliseconds/);
    expect(errors[1]?.message).toMatch(/review_rating/);
    expect(errors[2]?.message).toMatch(/card_id/);
    expect(errors[3]?.message).toMatch(/review_duration/);
    expect(errors[4]?.message).toMatch(/review_state/);
    expect(errors[5]?.message).toMatch(/expected 5 fields, found 4/);
  });

  it("fails the file at row 1 when a column is missing", () => {
    expect(parseRevlogCsv("review_time,card_id,review_rating\n1,2,3\n")).toEqual({
      rows: [],
      errors: [{ row: 1, message: "header lacks column(s): review_duration, review_state" }],
    });
    expect(parseRevlogCsv("").errors[0]?.row).toBe(1);
  });

  it.skipIf(!existsSync(SHARED))("imports the shared revlog cleanly", () => {
    const { rows, errors } = parseRevlogCsv(readFileSync(SHARED, "utf8"));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(41_847);
  });
});

describe("serializeRevlogCsv", () => {
  it("round-trips random rows, quoting awkward card ids", () => {
    const next = prng(42);
    const ids = ["plain", "raft/leader-election#1", 'with,comma', 'with "quotes"', "multi\nline"];
    for (let round = 0; round < 50; round += 1) {
      const rows: RevlogRow[] = Array.from({ length: pickInt(next, 0, 20) }, () => ({
        reviewTime: 1_500_000_000_000 + pickInt(next, 0, 1e9),
        cardId: ids[pickInt(next, 0, ids.length - 1)] ?? "plain",
        rating: pickInt(next, 1, 4) as RevlogRow["rating"],
        durationMs: pickInt(next, 0, 60_000),
        state: pickInt(next, 0, 4) as RevlogRow["state"],
      }));
      const text = serializeRevlogCsv(rows);
      expect(text.startsWith(`${HEADER}\n`)).toBe(true);
      expect(parseRevlogCsv(text)).toEqual({ rows, errors: [] });
    }
  });

  it("exports an answer's state before it as review_state", () => {
    const phases: CardPhase[] = ["new", "learning", "review", "relearning"];
    expect(phases.map(revlogStateOf)).toEqual([0, 1, 2, 3]);
    const now = new Date(Date.UTC(2024, 0, 1));
    const { next, log } = scheduleReview({ state: null, rating: 3, now, params: DEFAULT_SCHEDULER_PARAMS, fuzzSeed: "" });
    const second = scheduleReview({ state: next, rating: 2, now: next.due, params: DEFAULT_SCHEDULER_PARAMS, fuzzSeed: "" });
    expect([toRevlogRow("c1", log, 1234.4), toRevlogRow("c1", second.log, 800)]).toEqual([
      { reviewTime: now.getTime(), cardId: "c1", rating: 3, durationMs: 1234, state: 0 },
      { reviewTime: next.due.getTime(), cardId: "c1", rating: 2, durationMs: 800, state: 1 },
    ]);
  });
});
