/**
 * Headless simulator: `npm run sim -- <scenario> [--seed N] [--set key=value …] [--until ms] [--json]`,
 * or `npm run sim -- --list`. Exit 2 on bad usage, 1 on failure.
 */
import { parseSimArgs, runHeadless, scenarios, SIM_USAGE, SimInputError } from "@/lib/sim";

function main(argv: readonly string[]): number {
  const command = parseSimArgs(argv);
  if (command.kind === "help") {
    process.stdout.write(`${SIM_USAGE}\n`);
    return 0;
  }
  if (command.kind === "list") {
    const width = Math.max(...scenarios.map((s) => s.id.length));
    for (const s of scenarios) process.stdout.write(`${s.id.padEnd(width)}  ${s.title}\n`);
    return 0;
  }
  const { scenario, seed, settings, untilMs, events, metrics } = runHeadless(command.scenario, command);
  if (command.json) {
    process.stdout.write(`${JSON.stringify({ scenario, seed, settings, untilMs, events, metrics })}\n`);
    return 0;
  }
  const width = Math.max(...Object.keys(metrics).map((k) => k.length));
  const lines = [
    `${scenario}  seed ${seed}  until ${untilMs} ms`,
    `events  ${events}`,
    ...Object.entries(metrics).map(([key, value]) => `  ${key.padEnd(width)}  ${value}`),
  ];
  process.stdout.write(`${lines.join("\n")}\n`);
  return 0;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (error instanceof SimInputError) {
    process.stderr.write(`sim: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`sim: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  }
}
