import { describe, expect, it } from "vitest";
import { createRun, getScenario } from "@/lib/sim";
import { baseRate, MAX_FRAME_MS, MAX_LINK_FAULTS, PlayerController, type FrameScheduler, type PlayerConfig } from "@/lib/sim-player";

/** A hand-cranked animation clock: `frame(ms)` runs the pending callback `ms` after the last one. */
class FakeFrames implements FrameScheduler {
  private pending: ((timestamp: number) => void) | undefined;
  private next = 1;
  now = 1000;
  requests = 0;
  request(callback: (timestamp: number) => void): number {
    this.pending = callback;
    this.requests += 1;
    return this.next++;
  }
  cancel(): void {
    this.pending = undefined;
  }
  get waiting(): boolean {
    return this.pending !== undefined;
  }
  frame(ms = 1000 / 60): void {
    const callback = this.pending;
    this.pending = undefined;
    this.now += ms;
    callback?.(this.now);
  }
}

function player(id: string, config: Partial<PlayerConfig> = {}, extra: { endAtLeastMs?: number } = {}) {
  const scenario = getScenario(id);
  const frames = new FakeFrames();
  const controller = new PlayerController({
    start: (c) => createRun(id, { seed: c.seed, settings: c.settings, actions: c.actions }),
    config: { seed: 7, settings: {}, actions: [], ...config },
    defaultUntilMs: scenario.defaultUntilMs,
    metricSpecs: scenario.metricSpecs,
    scheduler: frames,
    ...extra,
  });
  return { controller, frames, scenario };
}

describe("PlayerController", () => {
  it("plays in real time: each frame advances speed × rate × frame time, capped per frame", () => {
    const { controller, frames, scenario } = player("leader-election");
    const rate = baseRate(scenario.defaultUntilMs);
    expect(controller.rate).toBe(rate);
    controller.play();
    frames.frame(16); // the first frame only sets the clock
    expect(controller.getFrame().time).toBe(0);
    frames.frame(20);
    expect(controller.getFrame().time).toBeCloseTo((20 * rate) / 1000, 9);
    controller.setSpeed(4);
    frames.frame(10);
    expect(controller.getFrame().time).toBeCloseTo((20 * rate + 40 * rate) / 1000, 9);
    const before = controller.getFrame().time;
    frames.frame(5000); // a background tab: no jump
    expect(controller.getFrame().time).toBeCloseTo(before + (MAX_FRAME_MS * 4 * rate) / 1000, 9);
  });

  it("matches a fresh run seeked to the same time, event for event", () => {
    const { controller, frames } = player("quorum-replication");
    controller.play();
    for (let i = 0; i < 200; i++) frames.frame(16.7);
    controller.pause();
    const t = controller.getFrame().time;
    const fresh = createRun("quorum-replication", { seed: 7 });
    fresh.seek(t);
    expect(controller.getReadout().metrics).toEqual(fresh.metrics());
    expect(controller.getFrame().cursor).toBe(fresh.cursor);
    expect(controller.getFrame().view).toEqual(fresh.view());
  });

  it("refreshes readouts at most every readoutEveryMs while playing, but every frame's drawing", () => {
    const { controller, frames } = player("request-flow");
    controller.play();
    const frameSnapshots = new Set<unknown>();
    const readouts = new Set<unknown>();
    for (let i = 0; i < 60; i++) {
      frames.frame(1000 / 60);
      frameSnapshots.add(controller.getFrame());
      readouts.add(controller.getReadout());
    }
    expect(frameSnapshots.size).toBe(60);
    // One real second at 200 ms: five or six refreshes, not sixty.
    expect(readouts.size).toBeGreaterThanOrEqual(5);
    expect(readouts.size).toBeLessThanOrEqual(6);
  });

  it("announces on pause and user actions, not while playing", () => {
    const { controller, frames } = player("retries-idempotency");
    const first = controller.getReadout().announcement;
    expect(first).toMatch(/^At 0\.000 s\. Orders requested: \d+; Retries: 0; Orders created: 0; Duplicate orders: 0\.$/);
    controller.play();
    for (let i = 0; i < 30; i++) frames.frame(16.7);
    expect(controller.getReadout().announcement).toBe(first);
    controller.pause();
    expect(controller.getReadout().announcement).not.toBe(first);
    expect(controller.getReadout().announcement).toContain(`At ${(controller.getFrame().time / 1000).toFixed(3)} s`);
  });

  it("stops at the end, and play at the end replays from the start", () => {
    const { controller, frames, scenario } = player("clock-ordering");
    controller.setSpeed(8);
    controller.play();
    for (let i = 0; i < 10_000 && controller.getStatus().playing; i++) frames.frame(MAX_FRAME_MS);
    expect(controller.getStatus().playing).toBe(false);
    expect(frames.waiting).toBe(false);
    expect(controller.getFrame().time).toBe(scenario.defaultUntilMs);
    controller.play();
    frames.frame(16);
    expect(controller.getFrame().time).toBeLessThan(100);
  });

  it("steps one event forward and back", () => {
    const { controller } = player("leader-election");
    controller.seek(1000);
    const { cursor, time } = controller.getFrame();
    controller.step();
    expect(controller.getFrame().cursor).toBe(cursor + 1);
    expect(controller.getFrame().time).toBeGreaterThanOrEqual(time);
    const stepped = controller.getReadout().log[cursor];
    expect(stepped?.t).toBe(controller.getFrame().time);
    controller.stepBack();
    controller.stepBack();
    expect(controller.getFrame().cursor).toBe(cursor - 1);
    expect(controller.getFrame().time).toBe(controller.getReadout().log[cursor - 2]?.t);
  });

  it("seeks back: metrics and cursor are those of the earlier moment, the log stays recorded", () => {
    const { controller } = player("retries-idempotency", { settings: { idempotency: false } });
    controller.seek(8000);
    const late = controller.getReadout();
    controller.seek(500);
    const early = controller.getReadout();
    expect(early.time).toBe(500);
    expect(early.cursor).toBeLessThan(late.cursor);
    expect(early.log.length).toBe(late.cursor);
    const fresh = createRun("retries-idempotency", { seed: 7, settings: { idempotency: false } });
    fresh.seek(500);
    expect(early.metrics).toEqual(fresh.metrics());
  });

  it("applies a fault button at once, even paused, and extends the end for a late action", () => {
    const { controller, scenario } = player("leader-election");
    controller.seek(scenario.defaultUntilMs - 10);
    const term = controller.getReadout().metrics["term"] ?? 0;
    controller.act({ type: "crash", node: "@leader" });
    const last = controller.getReadout().log[controller.getFrame().cursor - 1];
    expect(last?.kind).toBe("action");
    expect(last?.label).toMatch(/^crash n\d$/);
    expect(controller.getFrame().view.nodes.filter((n) => !n.up)).toHaveLength(1);
    expect(controller.getFrame().endMs).toBeGreaterThan(scenario.defaultUntilMs);
    expect(controller.getReadout().endMs).toBe(controller.getFrame().endMs);
    controller.act({ type: "partition", groups: [["n1", "n2"], ["n3", "n4", "n5"]] });
    expect(controller.getReadout().partitions).toEqual([["n1", "n2"], ["n3", "n4", "n5"]]);
    expect(controller.getReadout().inFlight).toBe(controller.getFrame().view.messages.length);
    controller.seek(controller.getFrame().endMs);
    expect(controller.getReadout().metrics["term"]).toBeGreaterThan(term);
    expect(controller.getReadout().metrics["leaders"]).toBe(1);
  });

  it("reports a refused action or config without losing the run", () => {
    const { controller } = player("quorum-replication");
    controller.seek(1000);
    controller.act({ type: "crash", node: "" });
    expect(controller.getStatus().error).toMatch(/invalid action/);
    expect(controller.getFrame().time).toBe(1000);
    expect(controller.restart({ settings: { n: 3, w: 5 } })).toBe(false);
    expect(controller.getStatus().error).toMatch(/W and R must not exceed N/);
    expect(controller.getFrame().time).toBe(1000);
    expect(controller.restart({ seed: 8 })).toBe(true);
    expect(controller.getStatus().error).toBeNull();
    expect(controller.getStatus().config.seed).toBe(8);
    expect(controller.getFrame().time).toBe(0);
  });

  it("restart replays the faults the run was broken with, event for event; clearing them gives the clean run back", () => {
    const { controller, scenario } = player("retries-idempotency", { seed: 1, settings: { idempotency: false } });
    const end = scenario.defaultUntilMs;
    controller.seek(500);
    controller.act({ type: "crash", node: "api" });
    expect(controller.addedFaults).toBe(1);
    expect(controller.getStatus().config.actions).toEqual([{ type: "crash", node: "api", at: 500 }]);
    controller.seek(end);
    const broken = { metrics: controller.getReadout().metrics, log: controller.getReadout().log.slice(0, controller.getFrame().cursor) };

    expect(controller.restart()).toBe(true);
    expect(controller.getFrame().time).toBe(0);
    controller.seek(end);
    expect(controller.getReadout().metrics).toEqual(broken.metrics);
    expect(controller.getReadout().log.slice(0, controller.getFrame().cursor)).toEqual(broken.log);

    expect(controller.clearFaults()).toBe(true);
    expect(controller.addedFaults).toBe(0);
    controller.seek(end);
    const clean = createRun("retries-idempotency", { seed: 1, settings: { idempotency: false } });
    clean.seek(end);
    expect(controller.getReadout().metrics).toEqual(clean.metrics());
    expect(clean.metrics()["ordersCreated"]).not.toBe(broken.metrics["ordersCreated"]);
  });

  it("a new seed keeps the faults; a run that refuses them starts without them and says why", () => {
    const { controller } = player("retries-idempotency");
    controller.seek(300);
    controller.act({ type: "crash", node: "api" });
    expect(controller.restart({ seed: 9 })).toBe(true);
    expect(controller.getStatus().config).toMatchObject({ seed: 9, actions: [{ type: "crash", node: "api", at: 300 }] });
    expect(controller.restart({ settings: { timeoutMs: -1 } })).toBe(false); // the settings themselves are refused
    expect(controller.addedFaults).toBe(1);

    const scenario = getScenario("retries-idempotency");
    const picky = new PlayerController({
      start: (c) => {
        if (c.seed === 13 && c.actions.length > 0) throw new Error("node api does not exist in this run");
        return createRun("retries-idempotency", { seed: c.seed, settings: c.settings, actions: c.actions });
      },
      config: { seed: 7, settings: {}, actions: [] },
      defaultUntilMs: scenario.defaultUntilMs,
      metricSpecs: scenario.metricSpecs,
      scheduler: new FakeFrames(),
    });
    picky.act({ type: "crash", node: "api" });
    expect(picky.restart({ seed: 13 })).toBe(true);
    expect(picky.getStatus().config).toMatchObject({ seed: 13, actions: [] });
    expect(picky.getStatus().error).toBe("The faults were cleared: node api does not exist in this run");
  });

  it("keeps a card's scripted start when faults are cleared, and caps the faults a run holds", () => {
    const script = [{ at: 100, type: "set", key: "idempotency", value: true }];
    const scenario = getScenario("retries-idempotency");
    const controller = new PlayerController({
      start: (c) => createRun("retries-idempotency", { seed: c.seed, settings: c.settings, actions: c.actions }),
      config: { seed: 7, settings: { idempotency: false }, actions: script },
      baseActions: script,
      defaultUntilMs: scenario.defaultUntilMs,
      metricSpecs: scenario.metricSpecs,
      scheduler: new FakeFrames(),
    });
    expect(controller.addedFaults).toBe(0);
    for (let i = 0; i < MAX_LINK_FAULTS; i++) {
      controller.seek(200 + i);
      controller.act({ type: i % 2 === 0 ? "crash" : "restart", node: "api" });
    }
    expect(controller.addedFaults).toBe(MAX_LINK_FAULTS);
    controller.act({ type: "crash", node: "api" });
    expect(controller.getStatus().error).toMatch(/at most 50 faults/);
    expect(controller.addedFaults).toBe(MAX_LINK_FAULTS);
    controller.clearFaults();
    expect(controller.getStatus().config.actions).toEqual(script);
  });

  it("a new seed restarts the trace; the same seed gives the same trace", () => {
    const { controller } = player("cap-partition");
    controller.seek(3000);
    const trace = controller.getReadout().log.slice(0, controller.getFrame().cursor);
    controller.restart({ seed: 99 });
    expect(controller.getFrame().cursor).toBeLessThan(trace.length);
    controller.seek(3000);
    expect(controller.getReadout().log.slice(0, controller.getFrame().cursor)).not.toEqual(trace);
    controller.restart({ seed: 7 });
    controller.seek(3000);
    expect(controller.getReadout().log.slice(0, controller.getFrame().cursor)).toEqual(trace);
  });

  it("runs to a card's answer time quickly and stops exactly there", () => {
    const { controller, frames } = player("quorum-replication", { settings: { n: 3, w: 1, r: 1 } }, { endAtLeastMs: 10_000 });
    controller.runTo(10_000, 3000);
    expect(controller.getStatus().runningTo).toBe(10_000);
    let count = 0;
    while (controller.getStatus().playing && count < 1000) {
      frames.frame(1000 / 60);
      count++;
    }
    // About three seconds of frames, not the minute 1× would take.
    expect(count).toBeGreaterThan(150);
    expect(count).toBeLessThan(200);
    expect(controller.getFrame().time).toBe(10_000);
    expect(controller.getStatus().runningTo).toBeUndefined();
    expect(controller.getReadout().metrics["staleReads"]).toBeGreaterThan(0);
  });

  it("stops scheduling frames when paused or disposed", () => {
    const { controller, frames } = player("request-flow");
    controller.play();
    frames.frame();
    expect(frames.waiting).toBe(true);
    controller.pause();
    expect(frames.waiting).toBe(false);
    controller.play();
    controller.dispose();
    expect(frames.waiting).toBe(false);
  });
});
