/**
 * Simulator throughput: events per second of the core on the busiest scenarios, recorded (log,
 * snapshots, metric series: what the player runs) and headless (what sweeps and the CLI run).
 * Throughput is measured on this process's CPU time (the machine is shared, so wall time mostly
 * measures the neighbours); the wall-clock figure is reported next to it.
 * Writes its figures under `sim` in bench/results.json, keeping the other keys.
 */
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRun } from "@/lib/sim";

const TARGET = 100_000;
const REPS = 5;
const RESULTS = fileURLToPath(new URL("./results.json", import.meta.url));

interface Workload {
  readonly scenario: string;
  readonly settings: Record<string, number | boolean | string>;
  readonly untilMs: number;
}

const WORKLOADS: readonly Workload[] = [
  { scenario: "request-flow", settings: { rps: 400, instances: 6, killInstanceAtMs: 5000 }, untilMs: 30_000 },
  { scenario: "leader-election", settings: { nodes: 7, heartbeatMs: 20, partitionAtMs: 4000, healAtMs: 8000 }, untilMs: 60_000 },
  { scenario: "quorum-replication", settings: { n: 5, w: 3, r: 3, ops: 10_000, dropRate: 0.02 }, untilMs: 120_000 },
  { scenario: "outage-degradation", settings: { rps: 500, outageMs: 5000 }, untilMs: 20_000 },
];

const cpuMs = (): number => {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
};

interface Throughput {
  readonly events: number;
  readonly cpuEventsPerSecond: number;
  readonly wallEventsPerSecond: number;
}

/** Best of REPS runs after one warm-up (the JIT), on CPU time and on wall time. */
function measure(workload: Workload, record: boolean): Throughput {
  let events = 0;
  let bestCpu = 0;
  let bestWall = 0;
  for (let rep = 0; rep <= REPS; rep++) {
    const run = createRun(workload.scenario, { seed: 1 + rep, settings: workload.settings, record });
    const wall0 = performance.now();
    const cpu0 = cpuMs();
    run.seek(workload.untilMs);
    const cpu = cpuMs() - cpu0;
    const wall = performance.now() - wall0;
    if (rep === 0) continue;
    events = run.cursor;
    bestCpu = Math.max(bestCpu, (run.cursor / Math.max(cpu, 0.001)) * 1000);
    bestWall = Math.max(bestWall, (run.cursor / wall) * 1000);
  }
  return { events, cpuEventsPerSecond: Math.round(bestCpu), wallEventsPerSecond: Math.round(bestWall) };
}

/** Mean wall time of a backwards seek (nearest snapshot + replay) over a recorded run. */
function seekBackMs(workload: Workload): number {
  const run = createRun(workload.scenario, { seed: 1, settings: workload.settings });
  run.seek(workload.untilMs);
  const start = performance.now();
  for (let i = 10; i >= 1; i--) run.seek((workload.untilMs * i) / 11);
  return Math.round(((performance.now() - start) / 10) * 100) / 100;
}

function readResults(): Record<string, unknown> {
  if (!existsSync(RESULTS)) return {};
  const parsed: unknown = JSON.parse(readFileSync(RESULTS, "utf8"));
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${RESULTS} does not hold a JSON object; not overwriting it`);
  }
  return { ...parsed };
}

const scenarios: Record<string, { recorded: Throughput; headless: Throughput; seekBackMs: number }> = {};
for (const workload of WORKLOADS) {
  scenarios[workload.scenario] = {
    recorded: measure(workload, true),
    headless: measure(workload, false),
    seekBackMs: seekBackMs(workload),
  };
}

const figures = Object.values(scenarios);
const minRecorded = Math.min(...figures.map((s) => s.recorded.cpuEventsPerSecond));
const sim = {
  measuredAt: new Date().toISOString(),
  node: process.version,
  method: `best of ${REPS} runs after a warm-up; events / process CPU time (wall time alongside)`,
  targetEventsPerSecond: TARGET,
  minRecordedEventsPerSecond: minRecorded,
  minHeadlessEventsPerSecond: Math.min(...figures.map((s) => s.headless.cpuEventsPerSecond)),
  minRecordedWallEventsPerSecond: Math.min(...figures.map((s) => s.recorded.wallEventsPerSecond)),
  ratioToTarget: Math.round((minRecorded / TARGET) * 100) / 100,
  meetsTarget: minRecorded >= TARGET,
  scenarios,
};

writeFileSync(RESULTS, `${JSON.stringify({ ...readResults(), sim }, null, 2)}\n`);

const rate = (n: number) => `${Math.round(n / 1000)}k/s`.padStart(7);
const rows = Object.entries(scenarios).map(
  ([id, s]) =>
    `${id.padEnd(20)} ${String(s.recorded.events).padStart(7)} events   recorded ${rate(s.recorded.cpuEventsPerSecond)} ` +
    `(wall ${rate(s.recorded.wallEventsPerSecond)})   headless ${rate(s.headless.cpuEventsPerSecond)}   seek back ${s.seekBackMs} ms`,
);
process.stdout.write(
  `${rows.join("\n")}\nslowest recorded: ${minRecorded} events/s of CPU = ${sim.ratioToTarget}× the ${TARGET}/s target ` +
    `(${sim.meetsTarget ? "met" : "NOT met"})\n`,
);
if (!sim.meetsTarget) process.exitCode = 1;
