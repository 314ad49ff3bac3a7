/**
 * Player smoothness in Chromium: requestAnimationFrame intervals over ~3 s while the player runs,
 * with the page idle as the baseline (the machine is shared: the baseline shows its own noise).
 * A frame counts as dropped when its interval exceeds two 60 Hz frames (33.4 ms).
 * Merges the figures into bench/results.json under `simPlayer`. Prints, never asserts on timing.
 * Run: flock /tmp/quorum-build.lock npx playwright test --config bench/sim-player.config.ts
 */
import { expect, test, type Page } from "@playwright/test";
import { signedInUser } from "../tests/e2e/fixtures";
import { mergeResults } from "./report";

const MEASURE_MS = 3000;
const DROPPED_MS = (2 * 1000) / 60;

interface Trace {
  deltas: number[];
  longTasks: number[];
}

/**
 * rAF intervals for `MEASURE_MS`. With `baseline`, the loop also moves one circle of the (paused)
 * drawing each frame: the cheapest animation this browser and machine can show, for comparison.
 */
function measure(page: Page, mode: "plain" | "baseline" = "plain"): Promise<Trace> {
  return page.evaluate(
    ({ duration, mode }) =>
      new Promise<Trace>((resolve) => {
        const deltas: number[] = [];
        const longTasks: number[] = [];
        let observer: PerformanceObserver | undefined;
        try {
          observer = new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) longTasks.push(entry.duration);
          });
          observer.observe({ type: "longtask" });
        } catch {
          observer = undefined;
        }
        let last: number | undefined;
        let start: number | undefined;
        const circle = mode === "baseline" ? document.querySelector('[data-testid="sim-svg"] circle') : null;
        const frame = (ts: number) => {
          start ??= ts;
          circle?.setAttribute("cx", String(100 + (ts % 200)));
          if (last !== undefined) deltas.push(ts - last);
          last = ts;
          if (ts - start < duration) requestAnimationFrame(frame);
          else {
            observer?.disconnect();
            resolve({ deltas, longTasks });
          }
        };
        requestAnimationFrame(frame);
      }),
    { duration: MEASURE_MS, mode },
  );
}

function summarize(trace: Trace) {
  const sorted = [...trace.deltas].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  const total = trace.deltas.reduce((s, d) => s + d, 0);
  const dropped = trace.deltas.filter((d) => d > DROPPED_MS).length;
  const round = (n: number) => Math.round(n * 100) / 100;
  return {
    frames: trace.deltas.length,
    fps: round(total > 0 ? (trace.deltas.length * 1000) / total : 0),
    p50Ms: round(at(0.5)),
    p95Ms: round(at(0.95)),
    maxMs: round(sorted[sorted.length - 1] ?? 0),
    dropped,
    droppedPct: round(trace.deltas.length > 0 ? (100 * dropped) / trace.deltas.length : 0),
    longTasks: trace.longTasks.length,
    longestTaskMs: round(Math.max(0, ...trace.longTasks)),
  };
}

const RUNS = [
  { scenario: "leader-election", query: "?seed=7&nodes=7", speed: "1" },
  { scenario: "request-flow", query: "?seed=7", speed: "1" },
  { scenario: "leader-election", query: "?seed=7&nodes=7", speed: "8" },
] as const;

test("the player stays smooth at 1× with 7 nodes", async ({ page, browser }) => {
  await signedInUser(page, "bench-player");
  const results = [];
  let idle: ReturnType<typeof summarize> | undefined;
  let baseline: ReturnType<typeof summarize> | undefined;
  for (const run of RUNS) {
    await page.goto(`/sims/${run.scenario}${run.query}`);
    const sim = page.getByTestId("sim-player");
    await expect(sim).toBeVisible();
    await expect(sim.locator("[data-node]")).toHaveCount(7);
    if (!idle) {
      await page.waitForTimeout(500);
      idle = summarize(await measure(page));
      baseline = summarize(await measure(page, "baseline"));
    }
    await sim.getByTestId("sim-speed").selectOption(run.speed);
    await sim.getByTestId("sim-play").click();
    await page.waitForTimeout(300); // past the first frames
    const figures = summarize(await measure(page));
    const simulatedMs = Number(await sim.getByTestId("sim-clock").getAttribute("data-time"));
    await sim.getByTestId("sim-play").click();
    results.push({ scenario: run.scenario, query: run.query, speed: `${run.speed}×`, nodes: 7, simulatedMsReached: Math.round(simulatedMs), ...figures });
    console.log(`${run.scenario}${run.query} at ${run.speed}×: ${figures.frames} frames, ${figures.fps} fps, p95 ${figures.p95Ms} ms, dropped ${figures.dropped} (${figures.droppedPct} %), long tasks ${figures.longTasks}`);
  }
  console.log(`idle page: ${idle?.frames} frames, ${idle?.fps} fps, dropped ${idle?.dropped}`);
  console.log(`baseline (one circle moved per frame, player paused): ${baseline?.frames} frames, ${baseline?.fps} fps, dropped ${baseline?.dropped}`);
  await mergeResults("simPlayer", {
    measuredAt: new Date().toISOString(),
    browser: `Chromium ${browser.version()} (headless, --disable-gpu)`,
    method: `requestAnimationFrame intervals over ${MEASURE_MS} ms while playing; dropped = interval > ${DROPPED_MS.toFixed(1)} ms; long tasks from PerformanceObserver; idle = the same page paused; baseline = paused, one SVG circle moved per frame (the cheapest animation this browser and machine can show)`,
    idle,
    baseline,
    runs: results,
  });
});
