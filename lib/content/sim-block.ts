import type { Code } from "mdast";
import { LineCounter, parseDocument } from "yaml";
import { z } from "zod";
import { KEBAB_CASE } from "./text";
import type { ContentProblem, SimBlock } from "./types";

const simBlockSchema = z.object({
  scenario: z.string({ error: "a scenario name such as request-flow" }).regex(KEBAB_CASE, {
    error: "a kebab-case scenario name such as request-flow",
  }),
  seed: z.number({ error: "an integer seed such as 7" }).int({ error: "an integer seed such as 7" }),
  settings: z.record(z.string(), z.unknown(), { error: "a map of setting: value lines" }).default({}),
});

export type SimBlockBody = z.output<typeof simBlockSchema>;

export interface SimBlockParse {
  block: SimBlockBody | null;
  /** Problems with 1-based line numbers relative to the block body. */
  problems: { line: number; field: string; message: string }[];
}

/** Parse the YAML body of a ```sim block: `scenario`, `seed` and an optional `settings` map. */
export function parseSimBlockBody(body: string): SimBlockParse {
  const lineCounter = new LineCounter();
  const doc = parseDocument(body, { lineCounter, prettyErrors: false });
  if (doc.errors.length > 0) {
    return {
      block: null,
      problems: doc.errors.map((e) => ({
        line: lineCounter.linePos(e.pos[0]).line,
        field: "sim",
        message: `invalid YAML in sim block: ${e.message}`,
      })),
    };
  }
  const parsed = simBlockSchema.safeParse(doc.toJS());
  if (parsed.success) return { block: parsed.data, problems: [] };
  return {
    block: null,
    problems: parsed.error.issues.map((issue) => {
      const key = String(issue.path[0] ?? "");
      const node = key ? doc.getIn([key], true) : undefined;
      const range = node && typeof node === "object" && "range" in node && Array.isArray(node.range) ? node.range : undefined;
      const start: unknown = range?.[0];
      return {
        line: typeof start === "number" ? lineCounter.linePos(start).line : 1,
        field: key ? `sim.${key}` : "sim",
        message: `expected ${key ? `${key} to be ` : ""}${issue.message}`,
      };
    }),
  };
}

/** Every ```sim fenced block of a note, with its file line. `code` are the note's code blocks in document order. */
export function extractSimBlocks(file: string, code: readonly Code[]): { sims: SimBlock[]; errors: ContentProblem[] } {
  const sims: SimBlock[] = [];
  const errors: ContentProblem[] = [];
  for (const node of code) {
    if (node.lang?.toLowerCase() !== "sim") continue;
    const line = node.position?.start.line ?? 1;
    const { block, problems } = parseSimBlockBody(node.value);
    // Body line 1 is the line after the opening fence.
    for (const p of problems) errors.push({ file, line: line + p.line, field: p.field, message: p.message });
    if (block) sims.push({ ...block, line });
  }
  return { sims, errors };
}
