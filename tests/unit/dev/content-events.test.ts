import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { CONTENT_CHANGE_EVENT, contentEventStream } from "@/lib/dev/content-events";

interface ServerEvent {
  event: string;
  data: string;
}

/** Reads Server-Sent Events from a stream, one `next()` at a time. */
function eventReader(stream: ReadableStream<Uint8Array>) {
  const reader = stream.getReader();
  const decoder = new TextDecoder();
  let buffer = "";
  return {
    async next(): Promise<ServerEvent | null> {
      for (;;) {
        const end = buffer.indexOf("\n\n");
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const lines = block.split("\n");
          const event = lines.find((l) => l.startsWith("event: "))?.slice(7);
          if (!event) continue; // retry:, comments
          return { event, data: lines.find((l) => l.startsWith("data: "))?.slice(6) ?? "" };
        }
        const { value, done } = await reader.read();
        if (done) return null;
        buffer += decoder.decode(value, { stream: true });
      }
    },
  };
}

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function tempContent(): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), "quorum-content-events-"));
  dirs.push(dir);
  mkdirSync(path.join(dir, "distributed"));
  return dir;
}

describe("contentEventStream", () => {
  it("announces a saved note, naming it and ignoring editor swap files", async () => {
    const dir = tempContent();
    const abort = new AbortController();
    const events = eventReader(contentEventStream(dir, abort.signal, { debounceMs: 30 }));
    expect(await events.next()).toEqual({ event: "ready", data: "{}" });
    const file = path.join(dir, "distributed", "cap-theorem.md");
    writeFileSync(file, "# one\n");
    writeFileSync(file, "# two\n");
    writeFileSync(path.join(dir, "distributed", ".cap-theorem.md.swp"), "x");
    const change = await events.next();
    expect(change?.event).toBe(CONTENT_CHANGE_EVENT);
    expect(JSON.parse(change?.data ?? "{}")).toEqual({ files: ["distributed/cap-theorem.md"] });
    abort.abort();
    expect(await events.next()).toBeNull();
  });

  it("ends with an error event when the directory cannot be watched", async () => {
    const events = eventReader(contentEventStream(path.join(os.tmpdir(), "quorum-no-such-dir-9f2c"), new AbortController().signal));
    const first = await events.next();
    expect(first?.event).toBe("error");
    expect(first?.data).toContain("cannot watch");
    expect(await events.next()).toBeNull();
  });

  it("closes at once for an already aborted request", async () => {
    const abort = new AbortController();
    abort.abort();
    const events = eventReader(contentEventStream(tempContent(), abort.signal));
    expect(await events.next()).toEqual({ event: "ready", data: "{}" });
    expect(await events.next()).toBeNull();
  });
});
