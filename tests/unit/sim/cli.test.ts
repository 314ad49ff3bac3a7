import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { parseSimArgs, SimInputError } from "@/lib/sim";

const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("parseSimArgs", () => {
  it("parses a full command line, with both --flag value and --flag=value", () => {
    expect(
      parseSimArgs(["quorum-replication", "--seed", "7", "--set", "w=1", "--set=r=1", "--until=2500", "--json"]),
    ).toEqual({
      kind: "run",
      scenario: "quorum-replication",
      seed: 7,
      settings: { n: 3, w: 1, r: 1, replicaLagMs: 30, ops: 100, dropRate: 0, failAtMs: 0, failReplicas: 1 },
      untilMs: 2500,
      json: true,
    });
  });

  it("defaults the seed to 1 and the horizon to the scenario's", () => {
    expect(parseSimArgs(["leader-election"])).toMatchObject({ seed: 1, untilMs: 8000, json: false });
  });

  it("coerces switches and selects", () => {
    expect(parseSimArgs(["retries-idempotency", "--set", "idempotency=on"])).toMatchObject({
      settings: { idempotency: true },
    });
    expect(parseSimArgs(["cap-partition", "--set", "mode=ap", "--set", "reconcile=siblings"])).toMatchObject({
      settings: { mode: "ap", reconcile: "siblings" },
    });
  });

  it("lists and helps", () => {
    expect(parseSimArgs(["--list"])).toEqual({ kind: "list" });
    expect(parseSimArgs(["--help"])).toEqual({ kind: "help" });
  });

  it.each([
    [["nope"], /unknown scenario "nope"/],
    [[], /missing scenario id/],
    [["a", "b"], /single scenario id/],
    [["request-flow", "--seed", "-1"], /--seed/],
    [["request-flow", "--seed", "1.5"], /--seed/],
    [["request-flow", "--seed", "99999999999"], /--seed/],
    [["request-flow", "--seed"], /--seed needs a value/],
    [["request-flow", "--until", "0"], /--until/],
    [["request-flow", "--until", "soon"], /--until/],
    [["request-flow", "--set", "instances"], /--set: expected key=value/],
    [["request-flow", "--set", "bogus=1"], /unknown setting "bogus" for request-flow/],
    [["request-flow", "--set", "instances=many"], /expects a number/],
    [["request-flow", "--set", "instances=99"], /instances/],
    [["retries-idempotency", "--set", "idempotency=maybe"], /expects true or false/],
    [["cap-partition", "--set", "mode=ca"], /mode/],
    [["request-flow", "--verbose"], /unknown option "--verbose"/],
    [["request-flow", "--list"], /--list takes no scenario/],
  ])("rejects %j", (argv, message) => {
    expect(() => parseSimArgs(argv)).toThrow(SimInputError);
    expect(() => parseSimArgs(argv)).toThrow(message);
  });
});

describe("scripts/sim.ts (subprocess)", () => {
  const sim = (...args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "scripts/sim.ts", ...args], { cwd: root, encoding: "utf8" });

  it("prints one JSON object with the documented fields, and exits 2 on bad usage", () => {
    const ok = sim("retries-idempotency", "--seed", "11", "--set", "idempotency=false", "--json");
    expect(ok.status, ok.stderr).toBe(0);
    const result = z.record(z.string(), z.unknown()).parse(JSON.parse(ok.stdout));
    expect(result).toMatchObject({ scenario: "retries-idempotency", seed: 11, untilMs: 10_000 });
    expect(Object.keys(result).sort()).toEqual(["events", "metrics", "scenario", "seed", "settings", "untilMs"]);
    expect(result.metrics).toMatchObject({ duplicates: 3 });

    const bad = sim("retries-idempotency", "--set", "nope=1");
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split("\n")).toHaveLength(1);
    expect(bad.stderr).toMatch(/unknown setting "nope"/);
  }, 30_000);
});
