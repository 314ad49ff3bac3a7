"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { AnswerRequest, WireCardState } from "@/lib/study/review-requests";
import { listPending, putPending, removePending, type PendingAnswer } from "./outbox";
import { sendAnswer, type UnreachableCause } from "./send-answer";

export interface SyncOutcome {
  key: string;
  cardId: string;
  kind: "applied" | "duplicate" | "conflict" | "rejected";
  state: WireCardState | null;
  version: number;
  message?: string;
}

const RETRY_MS = [1_000, 2_000, 5_000, 10_000, 20_000, 30_000];
/** An answer still on its way after this long is reported as waiting, not as being saved. */
const SLOW_SEND_MS = 2_000;

/**
 * Keeps answers durable in the browser and delivers them in order, with their idempotency
 * keys, whenever the server can be reached: on answer, on reconnect, and on a backoff timer.
 */
export function useAnswerSync(userId: string, onOutcome: (outcome: SyncOutcome) => void) {
  const [pending, setPending] = useState<PendingAnswer[]>([]);
  // Why the last delivery failed (null: it did not), and whether one is taking long.
  const [blocked, setBlocked] = useState<UnreachableCause | null>(null);
  const [slow, setSlow] = useState(false);
  const [storageError, setStorageError] = useState<string | null>(null);
  const memory = useRef(new Map<string, PendingAnswer>()); // when IndexedDB is unavailable
  const flushing = useRef<Promise<void> | null>(null);
  const attempt = useRef(0);
  const timer = useRef<number | undefined>(undefined);
  const outcome = useRef(onOutcome);
  // The retry timer calls the latest flush (defined below, after the loop it drives).
  const retry = useRef<() => Promise<void>>(() => Promise.resolve());
  outcome.current = onOutcome;

  const load = useCallback(async (): Promise<PendingAnswer[]> => {
    try {
      const stored = await listPending(userId);
      const keys = new Set(stored.map((p) => p.key));
      return [...stored, ...[...memory.current.values()].filter((p) => !keys.has(p.key))];
    } catch {
      return [...memory.current.values()];
    }
  }, [userId]);

  const drop = useCallback(async (key: string) => {
    memory.current.delete(key);
    try {
      await removePending(key);
    } catch {
      /* nothing stored */
    }
  }, []);

  const flushOnce = useCallback(async () => {
    const queue = await load();
    setPending(queue);
    for (const answer of queue) {
      const slowTimer = window.setTimeout(() => setSlow(true), SLOW_SEND_MS);
      const result = await sendAnswer(answer.request).finally(() => window.clearTimeout(slowTimer));
      setSlow(false);
      if (result.kind === "unreachable") {
        setBlocked(result.cause);
        const delay = RETRY_MS[Math.min(attempt.current, RETRY_MS.length - 1)] ?? 30_000;
        attempt.current += 1;
        window.clearTimeout(timer.current);
        timer.current = window.setTimeout(() => {
          timer.current = undefined;
          void retry.current();
        }, delay);
        setPending(await load());
        return;
      }
      attempt.current = 0;
      setBlocked(null);
      await drop(answer.key);
      outcome.current({
        key: answer.key,
        cardId: answer.request.cardId,
        kind: result.kind,
        state: "state" in result ? result.state : null,
        version: "version" in result ? result.version : 0,
        ...("message" in result ? { message: result.message } : {}),
      });
    }
    setPending(await load());
  }, [load, drop]);

  const again = useRef(false);
  const flush = useCallback((): Promise<void> => {
    // One delivery loop at a time keeps answers to the same card in order; an answer stored
    // while a loop runs makes it go round once more.
    if (flushing.current) {
      again.current = true;
      return flushing.current;
    }
    const loop = async () => {
      do {
        again.current = false;
        await flushOnce();
      } while (again.current && !timer.current);
    };
    flushing.current = loop().finally(() => {
      flushing.current = null;
    });
    return flushing.current;
  }, [flushOnce]);
  useEffect(() => {
    retry.current = flush;
  }, [flush]);

  /** Stores the answer durably first, then tries to deliver it. */
  const enqueue = useCallback(
    async (request: AnswerRequest) => {
      const answer: PendingAnswer = { key: request.idempotencyKey, userId, request, queuedAt: Date.now() };
      try {
        await putPending(answer);
      } catch {
        memory.current.set(answer.key, answer);
        setStorageError("This browser cannot store answers offline; keep this tab open until they sync.");
      }
      setPending(await load());
      void flush();
    },
    [userId, load, flush],
  );

  /** Takes an answer back before it was delivered; false when it already left the browser. */
  const withdraw = useCallback(
    async (key: string): Promise<boolean> => {
      if (flushing.current) await flushing.current;
      const queue = await load();
      if (!queue.some((p) => p.key === key)) return false;
      await drop(key);
      setPending(await load());
      return true;
    },
    [load, drop],
  );

  useEffect(() => {
    void flush();
    const online = () => {
      attempt.current = 0;
      window.clearTimeout(timer.current);
      timer.current = undefined;
      void flush();
    };
    window.addEventListener("online", online);
    return () => {
      window.removeEventListener("online", online);
      window.clearTimeout(timer.current);
    };
  }, [flush]);

  return { pending, blocked, slow, storageError, enqueue, withdraw, flush, load };
}
