import { describe, expect, it } from "vitest";
import type { RevlogRow } from "@/lib/srs";
import { packedBuffers, packRevlog, unpackRevlog } from "@/lib/study/optimization-fit";

const rows: RevlogRow[] = [
  { reviewTime: 1_505_056_139_212, cardId: "1446463529167", rating: 3, durationMs: 14_075, state: 0 },
  { reviewTime: 1_505_145_731_763, cardId: "1446463529167", rating: 1, durationMs: 11_461, state: 1 },
  { reviewTime: 1_700_000_000_000, cardId: 'caching:trap:"odd",id', rating: 4, durationMs: 0, state: 4 },
  { reviewTime: 1_700_000_000_001, cardId: "1446463529167", rating: 2, durationMs: 86_400_000, state: 3 },
];

describe("packRevlog", () => {
  it("round-trips a history through a worker-style transfer", () => {
    const packed = packRevlog(rows);
    expect(packed.cardIds).toEqual(["1446463529167", 'caching:trap:"odd",id']);
    const moved = structuredClone(packed, { transfer: packedBuffers(packed) });
    expect(packed.time.length).toBe(0); // transferred, not copied
    expect(unpackRevlog(moved)).toEqual(rows);
  });

  it("refuses what it did not pack", () => {
    const packed = packRevlog(rows);
    packed.rating[0] = 9;
    expect(() => unpackRevlog(packed)).toThrow();
    expect(() => unpackRevlog({ ...packRevlog(rows), card: new Uint32Array([0, 0, 7, 0]) })).toThrow();
    expect(() => unpackRevlog({ rows })).toThrow();
  });
});
