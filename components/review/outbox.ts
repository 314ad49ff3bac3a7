// Answers waiting to reach the server, kept in IndexedDB so they survive a reload, a crash
// or a lost connection. Each keeps its idempotency key: replaying one twice is harmless.
import type { AnswerRequest } from "@/lib/study/review-requests";

export interface PendingAnswer {
  key: string;
  userId: string;
  request: AnswerRequest;
  queuedAt: number;
}

const DB_NAME = "quorum";
const STORE = "answer-outbox";

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(DB_NAME, 1);
    req.onupgradeneeded = () => {
      const store = req.result.createObjectStore(STORE, { keyPath: "key" });
      store.createIndex("userId", "userId");
    };
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error("IndexedDB unavailable"));
  });
}

async function run<T>(mode: IDBTransactionMode, body: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const database = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = database.transaction(STORE, mode);
      const req = body(tx.objectStore(STORE));
      // Resolve on commit, not on request success: an answer is kept only once it is durable.
      tx.oncomplete = () => resolve(req.result);
      tx.onerror = () => reject(tx.error ?? new Error("IndexedDB write failed"));
      tx.onabort = () => reject(tx.error ?? new Error("IndexedDB write aborted"));
    });
  } finally {
    database.close();
  }
}

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
