import { describe, expect, it } from "vitest";
import { z } from "zod";
import { readCliArgs, UsageError } from "../../../scripts/lib/cli";

const options = { "day-start": { type: "string", default: "4" }, json: { type: "boolean", default: false } } as const;
const schema = z.object({ dayStart: z.coerce.number().int().max(23), json: z.boolean() });
const shape = (v: Record<string, unknown>) => ({ dayStart: v["day-start"], json: v["json"] });

describe("readCliArgs", () => {
  it("maps and validates the options, with defaults", () => {
    expect(readCliArgs([], options, schema, shape)).toEqual({ dayStart: 4, json: false });
    expect(readCliArgs(["--day-start", "7", "--json"], options, schema, shape)).toEqual({ dayStart: 7, json: true });
  });

  it("reports unknown options, positionals and bad values as usage errors naming the option", () => {
    expect(() => readCliArgs(["--nope"], options, schema, shape)).toThrow(UsageError);
    expect(() => readCliArgs(["stray"], options, schema, shape)).toThrow(UsageError);
    expect(() => readCliArgs(["--day-start", "30"], options, schema, shape)).toThrow(/^--day-start: /);
  });
});
