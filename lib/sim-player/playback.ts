/** Playback speeds offered by the player: multiples of the scenario's 1× rate. */
export const SPEEDS = [0.25, 0.5, 1, 2, 4, 8] as const;
export type Speed = (typeof SPEEDS)[number];

/** A frame longer than this (a background tab, a slow device) advances the run as if it took this long. */
export const MAX_FRAME_MS = 100;

/** At 1× the scenario's default run lasts about this long in real time. */
const DEFAULT_RUN_REAL_MS = 60_000;

/**
 * Simulated ms per real second at 1×. Messages take a few simulated ms, so 1× is slow motion:
 * a scenario's default run plays in about a minute, and a message crossing stays visible.
 */
export function baseRate(defaultUntilMs: number): number {
  const rate = Math.round((defaultUntilMs / DEFAULT_RUN_REAL_MS) * 1000);
  return Math.min(1000, Math.max(10, rate));
}

export function isSpeed(value: number): value is Speed {
  return (SPEEDS as readonly number[]).includes(value);
}

/** Simulated ms a frame of `realMs` advances the run at `rate` simulated ms per real second. */
export function simDelta(realMs: number, rate: number): number {
  const frame = Math.min(MAX_FRAME_MS, Math.max(0, realMs));
  return (frame * rate) / 1000;
}

/** The rate that covers `fromMs → toMs` in about `withinMs` of real time, never slower than `rate`. */
export function runToRate(fromMs: number, toMs: number, withinMs: number, rate: number): number {
  if (toMs <= fromMs || withinMs <= 0) return rate;
  return Math.max(rate, ((toMs - fromMs) / withinMs) * 1000);
}

/** A clock reading for the toolbar and the log: "0.250 s", "12.034 s". */
export function formatSimTime(ms: number): string {
  return `${(Math.max(0, ms) / 1000).toFixed(3)} s`;
}

/** "0.25×", "1×"; with the rate: "1× (133 ms/s)". */
export function formatSpeed(speed: number, rate?: number): string {
  const label = `${speed}×`;
  return rate === undefined ? label : `${label} (${Math.round(speed * rate)} ms/s)`;
}

/** The time slider's step: about 500 positions over the run, in whole ms. */
export function sliderStep(endMs: number): number {
  return Math.max(1, Math.round(endMs / 500));
}
