import type { AnswerRequest, WireCardState } from "@/lib/study/review-requests";

export type SendResult =
  | { kind: "applied" | "duplicate"; state: WireCardState | null; version: number }
  | { kind: "conflict"; state: WireCardState | null; version: number; message: string }
  | { kind: "rejected"; message: string } // 4xx other than 409: retrying cannot help
  | { kind: "unreachable" }; // network down or server failing: keep it and retry

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
    return { kind: "unreachable" };
  }
  if (response.status >= 500 || response.status === 408 || response.status === 429) return { kind: "unreachable" };
  let body: AnswerResponse;
  try {
    body = (await response.json()) as AnswerResponse;
  } catch {
    return { kind: "unreachable" };
  }
  if (response.ok) return { kind: body.status ?? "applied", state: body.state ?? null, version: body.version ?? 0 };
  if (response.status === 409) {
    return { kind: "conflict", state: body.state ?? null, version: body.version ?? 0, message: body.message ?? "Already answered." };
  }
  if (response.status === 401) return { kind: "unreachable" }; // signed out elsewhere: keep until they sign back in
  return { kind: "rejected", message: body.message ?? `The server refused this answer (${response.status}).` };
}
