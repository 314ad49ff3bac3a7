import type { AnswerRequest, WireCardState } from "@/lib/study/review-requests";

export type SendResult =
  | { kind: "applied" | "duplicate"; state: WireCardState | null; version: number }
  | { kind: "conflict"; state: WireCardState | null; version: number; message: string }
  | { kind: "rejected"; message: string } // 4xx other than 409: retrying cannot help
  | { kind: "unreachable"; cause: UnreachableCause }; // keep it and retry

/** Why an answer could not be delivered: no network, the server failing, or signed out. */
export type UnreachableCause = "network" | "server" | "signed-out";

interface AnswerResponse {
  status?: "applied" | "duplicate";
  state?: WireCardState | null;
  version?: number;
  message?: string;
}

export async function sendAnswer(request: AnswerRequest): Promise<SendResult> {
  let response: Response;
  try {
    response = await fetch("/api/reviews", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(request),
      cache: "no-store",
    });
  } catch {
    // No response at all: offline, or the server itself is down while the network is up.
    return { kind: "unreachable", cause: typeof navigator !== "undefined" && !navigator.onLine ? "network" : "server" };
  }
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: "unreachable", cause: "server" };
  let body: AnswerResponse;
  try {
    body = (await response.json()) as AnswerResponse;
  } catch {
    return { kind: "unreachable", cause: "server" };
  }
  if (response.ok) return { kind: body.status ?? "applied", state: body.state ?? null, version: body.version ?? 0 };
  if (response.status === 409) {
    return { kind: "conflict", state: body.state ?? null, version: body.version ?? 0, message: body.message ?? "Already answered." };
  }
  if (response.status === 401) return { kind: "unreachable", cause: "signed-out" }; // keep until they sign back in
  return { kind: "rejected", message: body.message ?? `The server refused this answer (${response.status}).` };
}
