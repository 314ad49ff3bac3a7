// Answers waiting to reach the server, kept in IndexedDB so they survive a reload, a crash
// or a lost connection. Each keeps its idempotency key: replaying one twice is harmless.
import { browserStore } from "@/lib/browser-store";
import type { AnswerRequest } from "@/lib/study/review-requests";

export interface PendingAnswer {
  key: string;
  userId: string;
  request: AnswerRequest;
  queuedAt: number;
}

// Database and store names are stored in learners' browsers: never rename them.
const run = browserStore({ database: "quorum", store: "answer-outbox", keyPath: "key", indexes: ["userId"] });

export function putPending(answer: PendingAnswer): Promise<IDBValidKey> {
  return run("readwrite", (s) => s.put(answer));
}

export function removePending(key: string): Promise<undefined> {
  return run("readwrite", (s) => s.delete(key));
}

export async function listPending(userId: string): Promise<PendingAnswer[]> {
  const all = await run("readonly", (s) => s.index("userId").getAll(userId) as IDBRequest<PendingAnswer[]>);
  return all.sort((a, b) => a.request.answeredAt - b.request.answeredAt);
}
