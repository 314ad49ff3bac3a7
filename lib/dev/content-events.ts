import "server-only";
import { watch, type FSWatcher } from "node:fs";
import path from "node:path";

/** The Server-Sent Events name a note edit is announced with. */
export const CONTENT_CHANGE_EVENT = "content-change";

// Notes and the card manifest; editors' swap and backup files are ignored.
const RELEVANT_FILE = /\.(md|json)$/i;

export interface ContentEventOptions {
  /** Editors save in bursts (truncate, write, rename): changes this close together make one event. */
  debounceMs?: number;
  /** A comment line this often keeps proxies from closing an idle stream. */
  heartbeatMs?: number;
}

/**
 * A Server-Sent Events stream that announces every change of a note under `dir`
 * (`event: content-change`, `data: {"files":[…]}`), until `signal` aborts. Development only.
 */
export function contentEventStream(dir: string, signal: AbortSignal, options: ContentEventOptions = {}): ReadableStream<Uint8Array> {
  const { debounceMs = 60, heartbeatMs = 15_000 } = options;
  const encoder = new TextEncoder();
  const changed = new Set<string>();
  let watcher: FSWatcher | undefined;
  let flush: ReturnType<typeof setTimeout> | undefined;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  let closed = false;

  const stop = () => {
    closed = true;
    watcher?.close();
    clearTimeout(flush);
    clearInterval(heartbeat);
  };

  return new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        if (closed) return;
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop();
        }
      };
      const close = () => {
        if (closed) return;
        stop();
        controller.close();
      };
      send("retry: 1000\n\n");
      try {
        watcher = watch(dir, { recursive: true }, (_event, filename) => {
          const name = filename ? String(filename).split(path.sep).join("/") : "";
          if (name && !RELEVANT_FILE.test(name)) return;
          if (name) changed.add(name);
          clearTimeout(flush);
          flush = setTimeout(() => {
            send(`event: ${CONTENT_CHANGE_EVENT}\ndata: ${JSON.stringify({ files: [...changed].sort() })}\n\n`);
            changed.clear();
          }, debounceMs);
        });
      } catch (error) {
        send(`event: error\ndata: ${JSON.stringify({ message: `cannot watch ${dir}: ${error instanceof Error ? error.message : String(error)}` })}\n\n`);
        close();
        return;
      }
      watcher.on("error", close);
      heartbeat = setInterval(() => send(": ping\n\n"), heartbeatMs);
      send("event: ready\ndata: {}\n\n");
      if (signal.aborted) close();
      else signal.addEventListener("abort", close, { once: true });
    },
    cancel() {
      stop();
    },
  });
}
