import type { ActionTemplate, LogEntry, Metrics, MetricSample, MetricSpec, RunView, SettingsRecord, SimAction, SimRun } from "@/lib/sim";
import { liveSummary } from "./format";
import { baseRate, runToRate, simDelta, type Speed } from "./playback";
import { MAX_LINK_FAULTS } from "./sim-query";

/** `requestAnimationFrame` in the browser; a fake clock in tests. */
export interface FrameScheduler {
  request(callback: (timestamp: number) => void): number;
  cancel(handle: number): void;
}

/** What pins a run down: replaying it with the same config gives the same trace. */
export interface PlayerConfig {
  readonly seed: number;
  readonly settings: SettingsRecord;
  /** Scripted actions (a card's), validated by the scenario. */
  readonly actions: readonly unknown[];
}

/** Changes every animation frame: what the drawing shows. */
export interface PlayerFrame {
  readonly time: number;
  readonly endMs: number;
  readonly cursor: number;
  readonly view: RunView;
}

/** Changes on user input: what the toolbar shows. */
export interface PlayerStatus {
  readonly playing: boolean;
  readonly speed: Speed;
  readonly config: PlayerConfig;
  /** Set while "run to" plays towards a moment. */
  readonly runningTo: number | undefined;
  readonly error: string | null;
}

/** Changes a few times a second while playing, and on every user action: clock, slider, readouts, charts, log. */
export interface PlayerReadout {
  readonly time: number;
  readonly cursor: number;
  readonly metrics: Metrics;
  readonly series: readonly MetricSample[];
  /** The recorded log (may run past `cursor` after a seek backwards). */
  readonly log: readonly LogEntry[];
  readonly actions: readonly SimAction[];
  /** Nothing is left to happen in the run. */
  readonly finished: boolean;
  /** The end of the time slider (as in the frame, at readout rate). */
  readonly endMs: number;
  /** Messages on the wire and the partition, for captions that need not change every frame. */
  readonly inFlight: number;
  readonly partitions: RunView["partitions"];
  /** For the screen-reader summary: refreshed on user actions and pauses, never per frame. */
  readonly announcement: string;
}

export interface PlayerOptions {
  /** Creates a recorded run; may throw (e.g. SimInputError for bad settings). */
  readonly start: (config: PlayerConfig) => SimRun;
  readonly config: PlayerConfig;
  readonly defaultUntilMs: number;
  readonly metricSpecs: readonly MetricSpec[];
  readonly scheduler: FrameScheduler;
  /** The time slider reaches at least this far (a card's answer time). */
  readonly endAtLeastMs?: number;
  readonly speed?: Speed;
  /** Minimum real ms between readouts while playing (default 200: five a second). */
  readonly readoutEveryMs?: number;
  /** The run's scripted start (a card's actions), which "Clear faults" keeps; faults come after it. */
  readonly baseActions?: readonly unknown[];
  /** Shown until the next command (e.g. why a link's faults were not applied). */
  readonly notice?: string;
}

const message = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** When a scripted action happens (0 when it does not say). */
const actionTime = (action: unknown): number => {
  const at = typeof action === "object" && action !== null && "at" in action ? action.at : 0;
  return typeof at === "number" && Number.isFinite(at) ? at : 0;
};

/**
 * Drives a recorded run in real time: play, pause, step, seek, act, restart. Framework-free; a
 * React hook subscribes to it (useSyncExternalStore) and reads three snapshots that change at
 * different rates, so a frame re-renders only the drawing.
 */
export class PlayerController {
  /** Simulated ms per real second at 1×. */
  readonly rate: number;
  private run: SimRun;
  private endMs: number;
  private handle: number | undefined;
  private lastTs: number | undefined;
  private lastReadoutTs = Number.NEGATIVE_INFINITY;
  private target: { at: number; rate: number } | undefined;
  private readonly listeners = new Set<() => void>();
  private frame: PlayerFrame;
  private status: PlayerStatus;
  private readout: PlayerReadout;

  constructor(private readonly options: PlayerOptions) {
    this.rate = baseRate(options.defaultUntilMs);
    this.run = this.begin(options.config);
    this.endMs = this.initialEnd();
    this.status = { playing: false, speed: options.speed ?? 1, config: options.config, runningTo: undefined, error: options.notice ?? null };
    this.frame = this.makeFrame();
    this.readout = this.makeReadout(true);
  }

  // --- snapshots (stable functions for useSyncExternalStore) ---

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
  readonly getFrame = (): PlayerFrame => this.frame;
  readonly getStatus = (): PlayerStatus => this.status;
  readonly getReadout = (): PlayerReadout => this.readout;

  // --- commands ---

  play(): void {
    if (this.status.playing) return;
    if (this.target === undefined && this.run.now >= this.endMs) this.run.seek(0); // at the end: replay from the start
    this.lastTs = undefined;
    this.setStatus({ playing: true, error: null });
    this.refresh(false);
    this.schedule();
  }

  pause(): void {
    this.stopLoop();
    this.target = undefined;
    this.setStatus({ playing: false, runningTo: undefined });
    this.refresh(true);
  }

  toggle(): void {
    if (this.status.playing) this.pause();
    else this.play();
  }

  /** One event forward. */
  step(): void {
    this.halt();
    this.run.step();
    this.endMs = Math.max(this.endMs, this.run.now);
    this.refresh(true);
  }

  /** One event back (replayed from the nearest snapshot). */
  stepBack(): void {
    this.halt();
    if (this.run.cursor > 0) this.run.seekIndex(this.run.cursor - 1);
    this.refresh(true);
  }

  /** The time slider: anywhere from 0 to the end, backwards through snapshots. */
  seek(t: number): void {
    this.target = undefined;
    if (this.status.runningTo !== undefined) this.setStatus({ runningTo: undefined });
    this.run.seek(Math.min(this.endMs, Math.max(0, t)));
    this.lastTs = undefined;
    this.refresh(true);
  }

  setSpeed(speed: Speed): void {
    this.setStatus({ speed });
    this.emit();
  }

  /**
   * A fault button: the action happens now, and the recorded future after now is discarded.
   * It joins the config's script, so a restart (or the address bar) replays the broken run.
   */
  act(template: ActionTemplate): void {
    try {
      if (this.addedFaults >= MAX_LINK_FAULTS) throw new Error(`A run holds at most ${MAX_LINK_FAULTS} faults (so its link can carry them): restart it or clear them first.`);
      this.run.act(template);
      this.run.seek(this.run.now); // apply it at once, so a paused run shows it
      // Leave room to watch the consequences of a late action.
      this.endMs = Math.max(this.endMs, this.run.now + this.options.defaultUntilMs / 4);
      this.setStatus({ error: null, config: { ...this.status.config, actions: [...this.run.actions] } });
    } catch (error) {
      this.setStatus({ error: message(error) });
    }
    this.refresh(true);
  }

  /** Faults added to the run beyond its scripted start (a card's script): what "Clear faults" removes. */
  get addedFaults(): number {
    return Math.max(0, this.status.config.actions.length - (this.options.baseActions?.length ?? 0));
  }

  /**
   * The run again from t = 0, faults and all (or with a new seed or settings: the faults are kept
   * when the new run accepts them, else dropped, with why). False when the config is refused.
   */
  restart(change: Partial<PlayerConfig> = {}): boolean {
    const base = this.options.baseActions ?? [];
    let config = { ...this.status.config, ...change };
    let run: SimRun;
    let notice: string | null = null;
    try {
      run = this.begin(config);
    } catch (error) {
      const keptFaults = change.actions === undefined && config.actions.length > base.length;
      try {
        if (!keptFaults) throw error;
        // The faults do not fit the new seed or settings (a node that no longer exists, say).
        config = { ...config, actions: base };
        run = this.begin(config);
        notice = `The faults were cleared: ${message(error)}`;
      } catch (refused) {
        this.setStatus({ error: message(refused) });
        this.emit();
        return false;
      }
    }
    this.run = run;
    // As after the fault itself: room to watch what a late fault does.
    const lastFault = config.actions.length > base.length ? Math.max(...config.actions.map(actionTime)) + this.options.defaultUntilMs / 4 : 0;
    this.endMs = Math.max(this.initialEnd(), lastFault);
    this.target = undefined;
    this.lastTs = undefined;
    this.setStatus({ config, error: notice, runningTo: undefined });
    this.refresh(true);
    return true;
  }

  /** The run from t = 0 without the faults added to it. */
  clearFaults(): boolean {
    return this.restart({ actions: this.options.baseActions ?? [] });
  }

  /** Plays fast to `t` (about `withinMs` of real time), then pauses there. */
  runTo(t: number, withinMs = 3000): void {
    this.endMs = Math.max(this.endMs, t);
    if (t <= this.run.now) {
      this.halt();
      this.seek(t);
      return;
    }
    this.target = { at: t, rate: runToRate(this.run.now, t, withinMs, this.rate * this.status.speed) };
    this.setStatus({ runningTo: t });
    if (!this.status.playing) this.play();
    else this.emit();
  }

  dispose(): void {
    this.stopLoop();
    this.listeners.clear();
  }

  // --- the loop ---

  private readonly tick = (timestamp: number): void => {
    this.handle = undefined;
    if (!this.status.playing) return;
    const elapsed = this.lastTs === undefined ? 0 : timestamp - this.lastTs;
    this.lastTs = timestamp;
    const stop = this.target?.at ?? this.endMs;
    const rate = this.target?.rate ?? this.rate * this.status.speed;
    const next = Math.min(stop, this.run.now + simDelta(elapsed, rate));
    this.run.seek(next);
    if (next >= stop) {
      this.pause();
      return;
    }
    this.frame = this.makeFrame();
    if (timestamp - this.lastReadoutTs >= (this.options.readoutEveryMs ?? 200)) {
      this.lastReadoutTs = timestamp;
      this.readout = this.makeReadout(false);
    }
    this.emit();
    this.schedule();
  };

  private schedule(): void {
    if (this.handle === undefined) this.handle = this.options.scheduler.request(this.tick);
  }

  private stopLoop(): void {
    if (this.handle !== undefined) this.options.scheduler.cancel(this.handle);
    this.handle = undefined;
  }

  /** Stops playing without the pause's own refresh (the caller refreshes). */
  private halt(): void {
    this.stopLoop();
    this.target = undefined;
    if (this.status.playing || this.status.runningTo !== undefined) this.setStatus({ playing: false, runningTo: undefined });
  }

  // --- snapshots ---

  private begin(config: PlayerConfig): SimRun {
    const run = this.options.start(config);
    run.seek(0); // what happens at t = 0 (timers set, first requests) is part of the first picture
    return run;
  }

  private initialEnd(): number {
    return Math.max(this.options.defaultUntilMs, this.options.endAtLeastMs ?? 0);
  }

  private setStatus(change: Partial<PlayerStatus>): void {
    this.status = { ...this.status, ...change };
  }

  private makeFrame(): PlayerFrame {
    return { time: this.run.now, endMs: this.endMs, cursor: this.run.cursor, view: this.run.view() };
  }

  private makeReadout(announce: boolean): PlayerReadout {
    const metrics = this.run.metrics();
    return {
      time: this.run.now,
      cursor: this.run.cursor,
      metrics,
      series: this.run.series(),
      log: this.run.log,
      actions: this.run.actions,
      finished: this.run.nextTime() === undefined,
      endMs: this.endMs,
      inFlight: this.frame.view.messages.length,
      partitions: this.frame.view.partitions,
      announcement: announce ? liveSummary(this.run.now, this.options.metricSpecs, metrics) : (this.readout?.announcement ?? ""),
    };
  }

  private refresh(announce: boolean): void {
    this.frame = this.makeFrame();
    this.readout = this.makeReadout(announce);
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
