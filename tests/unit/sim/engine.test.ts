import { describe, expect, it } from "vitest";
import { type LogEntry, SimInputError, type SimRun } from "@/lib/sim";
import { ping } from "./ping-scenario";

const received = (run: SimRun): number[] => {
  const state = run.state;
  if (typeof state !== "object" || state === null || !("received" in state) || !Array.isArray(state.received)) {
    throw new TypeError("unexpected state");
  }
  return state.received.map(Number);
};
const ticks = (run: SimRun): number[] => {
  const state = run.state;
  if (typeof state !== "object" || state === null || !("ticks" in state) || !Array.isArray(state.ticks)) {
    throw new TypeError("unexpected state");
  }
  return state.ticks.map(Number);
};
const drops = (log: readonly LogEntry[], reason: LogEntry["reason"]) =>
  log.filter((e) => e.kind === "drop" && e.reason === reason).length;

describe("engine: links", () => {
  it("keeps FIFO order on a link without reordering, despite jittery latency", () => {
    const run = ping.createRun({ seed: 1, settings: { count: 500 } });
    run.seek(2000);
    expect(run.metrics()).toMatchObject({ sent: 500, received: 500, inversions: 0 });
  });

  it("reorders, drops and duplicates at roughly the configured rates", () => {
    const reordered = ping.createRun({ seed: 2, settings: { count: 2000, reorder: 0.3 } });
    reordered.seek(5000);
    expect(reordered.metrics().inversions).toBeGreaterThan(50);

    const lossy = ping.createRun({ seed: 3, settings: { count: 2000, drop: 0.2 } });
    lossy.seek(5000);
    const got = lossy.metrics().received ?? 0;
    expect(got).toBeGreaterThan(1500);
    expect(got).toBeLessThan(1700);
    expect(drops(lossy.log, "loss")).toBe(2000 - got);

    const dup = ping.createRun({ seed: 4, settings: { count: 2000, duplicate: 0.2 } });
    dup.seek(5000);
    const m = dup.metrics();
    expect(m.distinct).toBe(2000);
    expect((m.received ?? 0) - 2000).toBeGreaterThan(300);
    expect((m.received ?? 0) - 2000).toBeLessThan(500);
  });

  it("drops messages across a partition until it heals", () => {
    const run = ping.createRun({
      seed: 5,
      settings: { count: 300, jitter: false },
      actions: [
        { at: 100, type: "partition", groups: [["a"], ["b"]] },
        { at: 200, type: "heal" },
      ],
    });
    run.seek(1000);
    const got = received(run);
    // Constant 5 ms latency; the partition covers arrivals in (100, 200] (actions follow same-time events).
    expect(drops(run.log, "partition")).toBe(100);
    expect(got.filter((n) => n >= 96 && n <= 195)).toEqual([]);
    expect(got).toContain(95);
    expect(got).toContain(196);
  });
});

describe("engine: crashes, timers and clocks", () => {
  it("drops messages to a crashed node and never fires its old timers after a restart", () => {
    const run = ping.createRun({
      seed: 6,
      settings: { count: 300, jitter: false },
      actions: [
        { at: 100, type: "crash", node: "b" },
        { at: 105, type: "restart", node: "b" },
      ],
    });
    run.seek(200);
    expect(drops(run.log, "down")).toBe(5);
    // Ticks at 10…100 (the one at 100 runs before the crash action), none at 110, then 115, 125…
    expect(ticks(run).filter((t) => t > 90 && t < 130)).toEqual([100, 115, 125]);
  });

  it("runs a drifting node's timers by its own clock", () => {
    const run = ping.createRun({ seed: 7, settings: { count: 0, drift: 1 } });
    run.seek(100);
    expect(ticks(run).slice(0, 3)).toEqual([5, 10, 15]);
    const b = run.view().nodes.find((n) => n.id === "b");
    expect(b?.localTimeMs).toBe(200);
  });

  it("never fires a cancelled timer", () => {
    const run = ping.createRun({ seed: 8, settings: { count: 10 } });
    run.seek(100);
    expect(run.metrics().cancelledFired).toBe(0);
  });

  it("applies an action after every event at or before its time", () => {
    const run = ping.createRun({ seed: 9, settings: { count: 0 }, actions: [{ at: 20, type: "crash", node: "b" }] });
    run.seek(50);
    const at20 = run.log.filter((e) => e.t === 20).map((e) => e.kind);
    expect(at20).toEqual(["timer", "action"]);
  });

  it("resolves @down to a crashed node and logs an unresolvable alias as no-target", () => {
    const run = ping.createRun({
      seed: 10,
      settings: { count: 0 },
      actions: [
        { at: 5, type: "restart", node: "@down" },
        { at: 10, type: "crash", node: "b" },
        { at: 15, type: "restart", node: "@down" },
      ],
    });
    run.seek(30);
    const actions = run.log.filter((e) => e.kind === "action");
    expect(actions.map((e) => [e.t, e.node, e.reason])).toEqual([
      [5, undefined, "no-target"],
      [10, "b", undefined],
      [15, "b", undefined],
    ]);
    expect(run.view().nodes.every((n) => n.up)).toBe(true);
  });

  it("rejects actions in the past, of types the scenario does not offer, or for settings without a live switch", () => {
    const run = ping.createRun({ seed: 11 });
    run.seek(100);
    expect(() => run.act({ type: "crash", node: "b", at: 50 })).toThrow(SimInputError);
    expect(() => run.act({ type: "add-node" })).toThrow(/does not accept/);
    expect(() => run.act({ type: "set", key: "nope", value: 1 })).toThrow(/cannot be changed during a run/);
    expect(() => run.act({ type: "set", key: "drop", value: 0.5 })).toThrow(/live: count/);
    expect(() => ping.createRun({ seed: -1 })).toThrow(SimInputError);
    expect(() => ping.createRun({ seed: 1, settings: { count: -5 } })).toThrow(/invalid settings/);
    expect(run.act({ type: "crash", node: "b" })).toEqual({ type: "crash", node: "b", at: 100 });
  });
});
