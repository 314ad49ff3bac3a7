import { z } from "zod";
import { SimInputError } from "./errors";
import type { SimAction, SimActionType } from "./types";

const at = z.number().finite().min(0);
const node = z.string().min(1);

/** The one schema for actions coming from outside (player, URL, CLI, cards). */
export const simActionSchema = z.discriminatedUnion("type", [
  z.object({ at, type: z.literal("crash"), node }).strict(),
  z.object({ at, type: z.literal("restart"), node }).strict(),
  z.object({ at, type: z.literal("partition"), groups: z.array(z.array(node).min(1)).min(1) }).strict(),
  z.object({ at, type: z.literal("heal") }).strict(),
  z.object({ at, type: z.literal("set"), key: z.string().min(1), value: z.union([z.number(), z.boolean(), z.string()]) }).strict(),
  z.object({ at, type: z.literal("add-node") }).strict(),
  z.object({ at, type: z.literal("remove-node"), node }).strict(),
]);

/** Validates one action against the schema and the scenario's accepted types. */
export function parseAction(input: unknown, accepted: readonly SimActionType[], liveKeys: readonly string[]): SimAction {
  const result = simActionSchema.safeParse(input);
  if (!result.success) {
    throw new SimInputError(`invalid action: ${result.error.issues.map((i) => i.message).join("; ")}`);
  }
  const action = result.data;
  if (!accepted.includes(action.type)) {
    throw new SimInputError(`this scenario does not accept "${action.type}" actions`);
  }
  if (action.type === "set" && !liveKeys.includes(action.key)) {
    throw new SimInputError(`setting "${action.key}" cannot be changed during a run (live: ${liveKeys.join(", ") || "none"})`);
  }
  return action;
}

/** One line for the event log. */
export function describeAction(action: SimAction): string {
  switch (action.type) {
    case "crash":
    case "restart":
    case "remove-node":
      return `${action.type} ${action.node}`;
    case "partition":
      return `partition ${action.groups.map((g) => `[${g.join(" ")}]`).join(" | ")}`;
    case "set":
      return `set ${action.key}=${String(action.value)}`;
    case "heal":
    case "add-node":
      return action.type;
  }
}
