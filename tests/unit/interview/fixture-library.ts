import { buildLibrary, type Library } from "@/lib/content";
import { replaceSection, seedAs } from "../content/helpers";

/** One fixture note: the seed note under another id, with its own tags and aliases. */
function note(id: string, tags: readonly string[], aliases: readonly string[] = []) {
  const { file, text } = seedAs(id, id.replace(/-/g, " ").replace(/\b\w/g, (c) => c.toUpperCase()));
  return {
    file,
    text: text.replace("tags: [system-design, distributed]", `tags: [distributed, ${tags.join(", ")}]`).replace("aliases: []", `aliases: [${aliases.join(", ")}]`),
  };
}

const FRAMEWORK_TABLE = `| Step | Ask or decide | Say something concrete |
|---|---|---|
| 1. Requirements | Strong or eventual consistency? Read/write ratio, scale | "Balances must be exact." |
| 2. High-level design | Replication strategy: single-leader, leaderless quorum | "One leader, semi-sync." |
| 3. Data model | Hash vs range partitioning; consistent hashing | "Hash by user id." |
| 4. Failure handling | What happens on node loss and on a network partition | "Raft, 5 nodes tolerate 2." |
| 5. Trade-offs | CAP during partitions, PACELC otherwise | "PA/EL for the feed." |`;

function framework() {
  const { file, text } = note("interview-framework", ["interview"]);
  return { file: file.replace("distributed/", "operations/"), text: replaceSection(text, "## Mental model / Intuition", FRAMEWORK_TABLE) };
}

/**
 * Nine notes of three traps each, linked like the seed (prerequisite networking-basics, related
 * cap-theorem, compare partitioning-and-sharding), plus the interview framework.
 */
export function fixtureLibrary(): Library {
  return buildLibrary([
    note("networking-basics", ["networking"]),
    note("cap-theorem", ["consistency"]),
    note("partitioning-and-sharding", ["partitioning"]),
    note("quorums", ["replication", "consistency"], ["quorum", "W+R>N"]),
    note("replication", ["replication"], ["replica", "replica set"]),
    note("consensus", ["consensus"]),
    note("caching", ["performance"]),
    note("timeouts", ["reliability"]),
    note("retries", ["reliability"]),
    framework(),
  ]);
}
