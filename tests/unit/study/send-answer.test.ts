import { afterEach, describe, expect, it, vi } from "vitest";
import { sendAnswer } from "@/components/review/send-answer";
import type { AnswerRequest } from "@/lib/study/review-requests";

const request = { idempotencyKey: "rv_test-key-0001", cardId: "consensus:concept" } as unknown as AnswerRequest;

function respond(status: number, body: unknown) {
  vi.stubGlobal("fetch", vi.fn(async () => new Response(typeof body === "string" ? body : JSON.stringify(body), { status })));
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("sendAnswer says why an answer could not be delivered", () => {
  it("no response while the browser is offline: the network", async () => {
    vi.stubGlobal("navigator", { onLine: false });
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    expect(await sendAnswer(request)).toEqual({ kind: "unreachable", cause: "network" });
  });

  it("no response while the browser is online: the server is down", async () => {
    vi.stubGlobal("navigator", { onLine: true });
    vi.stubGlobal("fetch", vi.fn(async () => Promise.reject(new TypeError("Failed to fetch"))));
    expect(await sendAnswer(request)).toEqual({ kind: "unreachable", cause: "server" });
  });

  it.each([500, 503, 408, 429])("HTTP %i: the server, to retry", async (status) => {
    respond(status, { message: "busy" });
    expect(await sendAnswer(request)).toEqual({ kind: "unreachable", cause: "server" });
  });

  it("a body that is not JSON: the server, to retry", async () => {
    respond(200, "<html>proxy error</html>");
    expect(await sendAnswer(request)).toEqual({ kind: "unreachable", cause: "server" });
  });

  it("HTTP 401: signed out, kept until the learner signs in again", async () => {
    respond(401, { message: "Sign in" });
    expect(await sendAnswer(request)).toEqual({ kind: "unreachable", cause: "signed-out" });
  });

  it("applied, duplicate, conflict and refused answers are not retried", async () => {
    respond(200, { status: "duplicate", state: null, version: 3 });
    expect(await sendAnswer(request)).toEqual({ kind: "duplicate", state: null, version: 3 });
    respond(409, { message: "Already answered in another tab.", state: null, version: 4 });
    expect(await sendAnswer(request)).toEqual({ kind: "conflict", state: null, version: 4, message: "Already answered in another tab." });
    respond(400, { message: "grade: must be 1–4" });
    expect(await sendAnswer(request)).toEqual({ kind: "rejected", message: "grade: must be 1–4" });
  });
});
