// A small closed-loop HTTP load generator (autocannon is not installed here): N connections
// kept alive, each sending its next request as soon as the previous response has ended.
import http from "node:http";
import { percentile } from "./figures";

export interface LoadRequest {
  method: "GET" | "POST";
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  origin: string;
  connections: number;
  durationMs: number;
  /** The i-th request of the run (i counts from 0 across all connections). */
  request: (i: number) => LoadRequest;
  /**
   * Whether a response counts as served (default: a 2xx status). A page that failed can still
   * answer 200 (its error boundary), so targets check the body too.
   */
  ok?: (status: number, body: string) => boolean;
}

export interface LoadResult {
  requests: number;
  errors: number;
  seconds: number;
  rps: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  /** One example of what went wrong, if anything did. */
  firstError: string | null;
}

function send(agent: http.Agent, url: URL, req: LoadRequest): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string | number> = { ...req.headers };
    if (req.body !== undefined) headers["content-length"] = Buffer.byteLength(req.body);
    const r = http.request(
      { agent, host: url.hostname, port: url.port, method: req.method, path: req.path, headers },
      (res) => {
        const chunks: Buffer[] = [];
        res.on("data", (c: Buffer) => chunks.push(c));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString("utf8") }));
        res.on("error", reject);
      },
    );
    r.on("error", reject);
    r.end(req.body);
  });
}

/** Runs the load for `durationMs` and reports throughput and latency of the completed requests. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const url = new URL(options.origin);
  const ok = options.ok ?? ((status: number) => status >= 200 && status < 300);
  const agent = new http.Agent({ keepAlive: true, maxSockets: options.connections });
  const latencies: number[] = [];
  let next = 0;
  let errors = 0;
  let firstError: string | null = null;
  const started = performance.now();
  const end = started + options.durationMs;

  const connection = async () => {
    while (performance.now() < end) {
      const request = options.request(next++);
      const t0 = performance.now();
      try {
        const res = await send(agent, url, request);
        if (!ok(res.status, res.body)) {
          errors++;
          firstError ??= `${request.method} ${request.path} → ${res.status} ${res.body.slice(0, 200)}`;
        }
      } catch (error) {
        errors++;
        firstError ??= `${request.method} ${request.path} → ${error instanceof Error ? error.message : String(error)}`;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, connection));
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    errors,
    seconds,
    rps: latencies.length / seconds,
    p50Ms: percentile(sorted, 0.5),
    p95Ms: percentile(sorted, 0.95),
    p99Ms: percentile(sorted, 0.99),
    firstError,
  };
}
