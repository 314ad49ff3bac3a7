// Scheduler evaluation (srs-benchmark method) on a revlog CSV:
//   npm run eval:scheduler -- [--json] [--file PATH] [--time-zone TZ] [--day-start-hour H] [--splits N] [--no-write]
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";
import { isValidTimeZone, parseRevlogCsv } from "@/lib/srs";
import { bindingFitter, evaluateScheduler, type SchedulerEvaluation } from "@/lib/srs/eval";
import { mergeResults } from "../bench/report";
import { readCliArgs, UsageError } from "./lib/cli";

const repoRoot = fileURLToPath(new URL("..", import.meta.url));

const argsSchema = z.object({
  json: z.boolean(),
  write: z.boolean(),
  file: z.string().min(1),
  // The shared revlog comes from fsrs-rs's test data, recorded in China with Anki's 4 am day start.
  timeZone: z.string().refine(isValidTimeZone, "--time-zone must be an IANA time zone"),
  dayStartHour: z.coerce.number().int().min(0).max(23),
  splits: z.coerce.number().int().min(1).max(20),
});

type Args = z.infer<typeof argsSchema>;

function readArgs(argv: string[]): Args {
  return readCliArgs(
    argv,
    {
      json: { type: "boolean", default: false },
      "no-write": { type: "boolean", default: false },
      file: { type: "string", default: path.resolve(repoRoot, "../shared/data/revlog.csv") },
      "time-zone": { type: "string", default: "Asia/Shanghai" },
      "day-start-hour": { type: "string", default: "4" },
      splits: { type: "string", default: "5" },
    },
    argsSchema,
    (values) => ({
      json: values["json"],
      write: !values["no-write"],
      file: values["file"],
      timeZone: values["time-zone"],
      dayStartHour: values["day-start-hour"],
      splits: values["splits"],
    }),
  );
}

function rounded(value: number | null): number | null {
  return value === null ? null : Math.round(value * 1e6) / 1e6;
}

function report(evaluation: SchedulerEvaluation) {
  return {
    reviews_evaluated: evaluation.reviewsEvaluated,
    models: evaluation.models.map((model) => ({
      name: model.name,
      logloss: rounded(model.logloss),
      rmse_bins: rounded(model.rmseBins),
      auc: rounded(model.auc),
    })),
  };
}

function writeResults(args: Args, evaluation: SchedulerEvaluation, seconds: number): Promise<void> {
  return mergeResults("scheduler", {
    ...report(evaluation),
    cards: evaluation.cards,
    method:
      `srs-benchmark: TimeSeriesSplit(${evaluation.folds}) by review time; ` +
      `day starts ${args.dayStartHour}:00 ${args.timeZone}`,
    file: path.relative(repoRoot, path.resolve(args.file)),
    seconds: Math.round(seconds * 10) / 10,
    updated_at: new Date().toISOString(),
  });
}

function table(args: Args, evaluation: SchedulerEvaluation, reviews: number, seconds: number): string {
  const lines = [
    `Scheduler evaluation — ${args.file}`,
    `${reviews} reviews, ${evaluation.cards} cards; ${evaluation.reviewsEvaluated} reviews evaluated in ` +
      `${evaluation.folds} time-ordered folds (day starts ${args.dayStartHour}:00 ${args.timeZone}); ` +
      `${seconds.toFixed(1)} s`,
    "",
    `${"model".padEnd(22)}${"log loss".padStart(10)}${"RMSE(bins)".padStart(12)}${"AUC".padStart(9)}`,
  ];
  for (const model of evaluation.models) {
    lines.push(
      `${model.name.padEnd(22)}${model.logloss.toFixed(4).padStart(10)}${model.rmseBins.toFixed(4).padStart(12)}` +
        `${(model.auc === null ? "n/a" : model.auc.toFixed(4)).padStart(9)}`,
    );
  }
  return lines.join("\n");
}

async function main(): Promise<number> {
  let args: Args;
  try {
    args = readArgs(process.argv.slice(2));
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`eval-scheduler: ${error.message}`);
      return 2;
    }
    throw error;
  }
  const started = performance.now();
  const text = await readFile(args.file, "utf8");
  const { rows, errors } = parseRevlogCsv(text);
  if (errors.length > 0) {
    const first = errors[0];
    console.error(`eval-scheduler: skipped ${errors.length} bad row(s); first: row ${first?.row}: ${first?.message}`);
  }
  const evaluation = await evaluateScheduler(rows, {
    timeZone: args.timeZone,
    dayStartHour: args.dayStartHour,
    splits: args.splits,
    fit: bindingFitter(),
  });
  if (evaluation.reviewsEvaluated === 0) {
    console.error(`eval-scheduler: no reviews to evaluate in ${args.file}`);
    return 1;
  }
  const seconds = (performance.now() - started) / 1000;
  if (args.write) await writeResults(args, evaluation, seconds);
  console.log(args.json ? JSON.stringify(report(evaluation)) : table(args, evaluation, rows.length, seconds));
  return 0;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`eval-scheduler: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  },
);
