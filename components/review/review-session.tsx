"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { GRADE_LABELS, leechAlert, previewIntervals, scheduleReview, type Grade } from "@/lib/srs";
import { cardHref } from "@/lib/note-href";
import { fromWire, toWire } from "@/lib/study/wire";
import { CardSim } from "@/components/sim/sim-embeds";
import { postCardAction } from "./card-actions";
import { dueTomorrowCount } from "./day-counts";
import { DrillTimer } from "./drill-timer";
import { formatDuration } from "./format";
import { LearnMoreNew } from "./learn-more-new";
import { admitDueLearning, playForward } from "./session-queue";
import type { ReviewItem, ReviewSessionProps } from "./types";
import type { UnreachableCause } from "./send-answer";
import { useAnswerSync, type SyncOutcome } from "./use-answer-sync";

/** What Z takes back: an answer (by its idempotency key), a suspension or a burial. */
type UndoEntry = { kind: "answer"; key: string; item: ReviewItem } | { kind: "suspend" | "bury"; item: ReviewItem };

const CARD_ACTION_PAST: Record<"suspend" | "bury", string> = { suspend: "suspended", bury: "buried" };

const GRADE_STYLES: Record<Grade, string> = {
  1: "border-red-300 text-red-700 hover:bg-red-50 dark:border-red-800 dark:text-red-300 dark:hover:bg-red-950",
  2: "border-amber-300 text-amber-800 hover:bg-amber-50 dark:border-amber-800 dark:text-amber-300 dark:hover:bg-amber-950",
  3: "border-emerald-300 text-emerald-700 hover:bg-emerald-50 dark:border-emerald-800 dark:text-emerald-300 dark:hover:bg-emerald-950",
  4: "border-sky-300 text-sky-700 hover:bg-sky-50 dark:border-sky-800 dark:text-sky-300 dark:hover:bg-sky-950",
};
const KIND_LABELS: Record<ReviewItem["cardKind"], string> = {
  concept: "Concept",
  trap: "Trap question",
  drill: "30-second drill",
  "self-check": "Self-check",
  "anti-pattern": "Anti-pattern",
  decision: "Decision rule",
  sim: "Predict, then run",
};
const LEARN_AHEAD_MS = 20 * 60_000;
const BLOCKED_LABELS: Record<UnreachableCause, string> = {
  network: "offline",
  server: "the server is not answering; retrying",
  "signed-out": "signed out: sign in again in this browser to save them",
};
const CARD_TOOL =
  "rounded-md px-2 py-1 font-medium text-zinc-600 hover:bg-zinc-100 hover:text-zinc-900 disabled:cursor-not-allowed disabled:opacity-40 disabled:hover:bg-transparent dark:text-zinc-400 dark:hover:bg-zinc-800 dark:hover:text-zinc-100";
/** The next cards are loaded when this few are left, so the learner never waits for them. */
const LOAD_MORE_AT = 8;

function newKey(): string {
  return `rv_${crypto.randomUUID()}`;
}

/** Inputs that take no text: review keys pressed on them still count. */
const NON_TEXT_INPUTS = new Set(["checkbox", "radio", "button", "submit", "reset", "range", "color"]);

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === "TEXTAREA" || target.tagName === "SELECT") return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUTS.has(target.type);
}

/** A focused tickbox: Space ticks it, every other review key still works. */
function isTickbox(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement && (target.type === "checkbox" || target.type === "radio");
}

/** Keys pressed inside an embedded simulation player are the player's (Space plays, R restarts…). */
function isInSimPlayer(target: EventTarget | null): boolean {
  return target instanceof Element && target.closest("[data-sim-player]") !== null;
}

export function ReviewSession({
  userId,
  params,
  items,
  later: initialLater,
  more: initialMore,
  loadMore,
  newHeldBack,
  extraNew,
  learnMoreNew,
  dayEnd,
  doneToday,
  dueTomorrow,
  tomorrowEnd,
}: ReviewSessionProps) {
  const router = useRouter();
  const [queue, setQueue] = useState<ReviewItem[]>(items);
  const [later, setLater] = useState<ReviewItem[]>(initialLater);
  // Today's cards not loaded yet, and every card this session has held (loads skip them).
  const [more, setMore] = useState(initialMore);
  const [loadingMore, setLoadingMore] = useState(false);
  const [loadError, setLoadError] = useState<string | null>(null);
  const held = useRef(new Set([...items, ...initialLater].map((i) => i.cardId)));
  const moreTotal = more.new + more.learning + more.review;
  // A card suspended or buried frees its place under the day's limits, and the server may then
  // offer another in its stead (as a reload would show): ask for the rest of the day again. What
  // it offers is remembered with that action, so undoing the action takes those cards back out.
  const [recount, setRecount] = useState<{ after: UndoEntry | null } | null>(null);
  const offeredAfter = useRef(new WeakMap<UndoEntry, string[]>());
  const undoneActions = useRef(new WeakSet<UndoEntry>());
  const [revealed, setRevealed] = useState(false);
  const [shownAt, setShownAt] = useState(() => Date.now());
  const [history, setHistory] = useState<UndoEntry[]>([]);
  const [answered, setAnswered] = useState(0);
  const [spentMs, setSpentMs] = useState(0);
  const [notice, setNotice] = useState<string | null>(null);
  // The card just answered became a leech (or is one again at the next alert): say so once.
  const [leech, setLeech] = useState<{ cardId: string; noteId: string; noteTitle: string; lapses: number } | null>(null);
  const [busy, setBusy] = useState(false);
  const [checked, setChecked] = useState<Set<number>>(new Set());
  // The drill's 30 seconds ran out and revealed the answer by themselves.
  const [timeUp, setTimeUp] = useState(false);
  // When each card answered in this session is due next: the end-of-day screen counts tomorrow's.
  const [nextDue, setNextDue] = useState<ReadonlyMap<string, number>>(new Map());
  const [now, setNow] = useState(() => Date.now());
  const current = queue[0];
  // Set once hydrated (the keyboard handler below is attached) and the answers kept from an
  // earlier visit are played forward: no card is graded against a queue that does not know
  // them yet. Tests wait for it before pressing keys.
  const [interactive, setInteractive] = useState(false);

  const onOutcome = useCallback((o: SyncOutcome) => {
    if (o.kind === "conflict" || o.kind === "rejected") {
      setNotice(o.kind === "conflict" ? "This card was already answered in another tab, so this answer was not applied. Moving on." : (o.message ?? "An answer was refused."));
      setLater((l) => l.filter((i) => i.cardId !== o.cardId));
      setQueue((q) => (q[0]?.cardId === o.cardId ? q : q.filter((i) => i.cardId !== o.cardId)));
      setHistory((h) => h.filter((e) => e.kind !== "answer" || e.key !== o.key));
      return;
    }
    // The server's state is the truth: keep a requeued learning card in step with it.
    const apply = (i: ReviewItem) => (i.cardId === o.cardId && o.state ? { ...i, state: o.state, version: o.version } : i);
    setLater((l) => l.map(apply));
    setQueue((q) => q.map((i, index) => (index === 0 ? i : apply(i))));
  }, []);
  const sync = useAnswerSync(userId, onOutcome);

  // Answers still waiting from an earlier visit were given here already: the page was served
  // without them, so they are played forward (their cards answered, their time counted, a card
  // still learning today back in `later`) and their cards are not offered by a later batch.
  const playedPending = useRef(false);
  useEffect(() => {
    if (playedPending.current) return;
    playedPending.current = true;
    void sync
      .load()
      .then((pending) => {
        if (pending.length === 0) return;
        for (const p of pending) held.current.add(p.request.cardId);
        const played = playForward({ served: [...items, ...initialLater], pending: pending.map((p) => p.request), params, userId, dayEnd });
        const gone = (i: ReviewItem) => !played.answeredIds.has(i.cardId);
        setQueue((q) => {
          const rest = q.filter(gone);
          if (rest[0] !== q[0]) setShownAt(Date.now());
          return rest;
        });
        setLater((l) => [...l.filter(gone), ...played.learning]);
        setNextDue((m) => new Map([...m, ...played.nextDue]));
        setAnswered((n) => n + played.answered);
        setSpentMs((t) => t + played.spentMs);
      })
      .finally(() => setInteractive(true));
  }, [sync, items, initialLater, params, userId, dayEnd]);

  // Learning cards come back when due, ahead of what is waiting (or up to 20 minutes early when
  // nothing else is left).
  useEffect(() => {
    const id = window.setInterval(() => setNow(Date.now()), 5_000);
    return () => window.clearInterval(id);
  }, []);
  useEffect(() => {
    const horizon = queue.length === 0 ? now + LEARN_AHEAD_MS : now;
    const due = later.filter((i) => (i.due ?? 0) <= horizon);
    if (due.length === 0) return;
    setLater((l) => l.filter((i) => (i.due ?? 0) > horizon));
    setQueue((q) => {
      if (q.length === 0) setShownAt(Date.now());
      return admitDueLearning(q, due);
    });
  }, [now, later, queue.length]);

  // The next batch, before this one runs out (and again when the connection comes back).
  useEffect(() => {
    const wanted = recount !== null || (moreTotal > 0 && queue.length <= LOAD_MORE_AT);
    if (!wanted || loadingMore || loadError !== null) return;
    const wantedRecount = recount !== null;
    const after = recount?.after ?? null;
    setRecount(null);
    setLoadingMore(true);
    // A recount that fails is asked again with the next try (when the connection comes back).
    const keepRecount = () => setRecount((r) => r ?? (wantedRecount ? { after } : null));
    loadMore([...held.current])
      .then((result) => {
        if (!result.ok) {
          keepRecount();
          setLoadError(result.message);
          return;
        }
        // The action that asked was undone while the server answered: what it offered may no
        // longer belong to the day, so ask again instead.
        if (after && undoneActions.current.has(after)) {
          setRecount({ after: null });
          return;
        }
        const fresh = (list: ReviewItem[]) => list.filter((i) => !held.current.has(i.cardId));
        const batch = fresh(result.items);
        const learning = fresh(result.later);
        for (const i of [...batch, ...learning]) held.current.add(i.cardId);
        if (after) offeredAfter.current.set(after, [...batch, ...learning].map((i) => i.cardId));
        // Nothing new came back (another tab took them, say): stop asking until the next visit.
        if (batch.length === 0 && learning.length === 0) {
          setMore({ new: 0, learning: 0, review: 0 });
          return;
        }
        setQueue((q) => {
          if (q.length === 0 && batch.length > 0) setShownAt(Date.now());
          return [...q, ...batch];
        });
        setLater((l) => [...l, ...learning]);
        setMore(result.more);
      })
      .catch(() => {
        keepRecount();
        setLoadError("The next cards could not be loaded: you seem to be offline.");
      })
      .finally(() => setLoadingMore(false));
  }, [recount, moreTotal, loadingMore, loadError, queue.length, loadMore]);
  useEffect(() => {
    const retry = () => setLoadError(null);
    window.addEventListener("online", retry);
    return () => window.removeEventListener("online", retry);
  }, []);

  const previews = useMemo(() => {
    if (!current) return null;
    try {
      return previewIntervals(current.state ? fromWire(current.state) : null, new Date(Math.max(now, current.state?.lastReview ?? 0)), params, `${userId}:${current.cardId}`);
    } catch {
      return null;
    }
  }, [current, now, params, userId]);

  const showNext = useCallback(() => {
    setRevealed(false);
    setTimeUp(false);
    setChecked(new Set());
    setShownAt(Date.now());
  }, []);

  const reveal = useCallback(() => {
    if (current && !revealed) setRevealed(true);
  }, [current, revealed]);

  const expire = useCallback(() => {
    if (!current || revealed) return;
    setTimeUp(true);
    setRevealed(true);
  }, [current, revealed]);

  const grade = useCallback(
    async (rating: Grade) => {
      if (!current || !revealed || busy || !interactive) return;
      setBusy(true);
      const answeredAt = Math.max(Date.now(), current.state?.lastReview ?? 0);
      const durationMs = Math.min(answeredAt - shownAt, 600_000);
      const key = newKey();
      const { next } = scheduleReview({
        state: current.state ? fromWire(current.state) : null,
        rating,
        now: new Date(answeredAt),
        params,
        fuzzSeed: `${userId}:${current.cardId}`,
      });
      await sync.enqueue({
        cardId: current.cardId,
        rating,
        idempotencyKey: key,
        answeredAt,
        durationMs,
        expectedVersion: current.version,
      });
      const stillLearning = (next.state === "learning" || next.state === "relearning") && next.due.getTime() < dayEnd;
      setQueue((q) => q.slice(1));
      if (stillLearning) {
        setLater((l) => [...l, { ...current, queueKind: "learning", state: toWire(next), version: current.version + 1, due: next.due.getTime() }]);
      }
      setHistory((h) => [...h.slice(-49), { kind: "answer", key, item: current }]);
      setNextDue((m) => new Map(m).set(current.cardId, next.due.getTime()));
      setAnswered((n) => n + 1);
      setSpentMs((t) => t + durationMs);
      setNotice(null);
      const lapsed = leechAlert(current.state?.lapses ?? 0, next.lapses);
      setLeech(lapsed ? { cardId: current.cardId, noteId: current.noteId, noteTitle: current.noteTitle, lapses: next.lapses } : null);
      showNext();
      setBusy(false);
    },
    [current, revealed, busy, interactive, shownAt, params, userId, sync, dayEnd, showNext],
  );

  /** Takes back the last answer, suspension or burial, and shows that card again as it was. */
  const undo = useCallback(async () => {
    const last = history[history.length - 1];
    if (!last || busy) return;
    setBusy(true);
    setLeech(null);
    try {
      let restored: ReviewItem | null = null;
      if (last.kind === "answer" && (await sync.withdraw(last.key))) {
        restored = last.item;
      } else {
        const request =
          last.kind === "answer"
            ? { url: "/api/reviews/undo", body: { idempotencyKey: last.key }, what: "answer" }
            : { url: "/api/cards/actions", body: { cardId: last.item.cardId, action: last.kind === "suspend" ? "unsuspend" : "unbury" }, what: CARD_ACTION_PAST[last.kind] };
        const response = await fetch(request.url, {
          method: "POST",
          headers: { "content-type": "application/json" },
          body: JSON.stringify(request.body),
        }).catch(() => null);
        if (!response) {
          setNotice(`You are offline: the last ${last.kind === "answer" ? "answer" : `${request.what} card`} can be brought back once the connection is back.`);
          return;
        }
        const body = (await response.json().catch(() => ({}))) as { message?: string; state?: ReviewItem["state"]; version?: number };
        if (!response.ok) {
          setNotice(body.message ?? "That could not be undone.");
          setHistory((h) => h.slice(0, -1));
          return;
        }
        restored = { ...last.item, state: body.state ?? null, version: body.version ?? 0 };
      }
      // Cards offered in place of a card set aside give their place back to it. Undo goes
      // backwards, so any of them still here has not been answered: the server offers them
      // again if the day still has room (the whole batch came with them, not only replacements).
      const offered = new Set(last.kind === "answer" ? [] : (offeredAfter.current.get(last) ?? []));
      for (const id of offered) held.current.delete(id);
      if (last.kind !== "answer") undoneActions.current.add(last);
      const keep = (i: ReviewItem) => i.cardId !== last.item.cardId && !offered.has(i.cardId);
      setHistory((h) => h.slice(0, -1));
      setLater((l) => l.filter(keep));
      setQueue((q) => [restored, ...q.filter(keep)]);
      if (offered.size > 0) setRecount({ after: null });
      if (last.kind === "answer") {
        setAnswered((n) => Math.max(0, n - 1));
        setNextDue((m) => {
          const next = new Map(m);
          next.delete(last.item.cardId);
          return next;
        });
      }
      setNotice(last.kind === "answer" ? "Undone: the card is back as it was." : `Undone: the card is no longer ${CARD_ACTION_PAST[last.kind]}.`);
      showNext();
    } finally {
      setBusy(false);
    }
  }, [history, busy, sync, showNext]);

  const cardAction = useCallback(
    async (action: "suspend" | "bury") => {
      if (!current || busy || !interactive) return;
      setBusy(true);
      try {
        const response = await postCardAction({ cardId: current.cardId, action });
        if (!response?.ok) {
          setNotice(`Could not ${action} this card${response ? "" : " while offline"}. Try again.`);
          return;
        }
        const entry: UndoEntry = { kind: action, item: current };
        setQueue((q) => q.slice(1));
        setLater((l) => l.filter((i) => i.cardId !== current.cardId));
        setHistory((h) => [...h.slice(-49), entry]);
        setRecount({ after: entry });
        setNotice(
          action === "suspend"
            ? "Card suspended: it will not come back until you unsuspend it (Z undoes this; its note page can unsuspend it later)."
            : "Card buried until tomorrow (Z undoes this).",
        );
        showNext();
      } finally {
        setBusy(false);
      }
    },
    [current, busy, interactive, showNext],
  );

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || isInSimPlayer(event.target) || event.altKey || event.metaKey) return;
      const key = event.key.toLowerCase();
      if (key === " " && isTickbox(event.target)) return;
      if ((key === "z" && !event.shiftKey) || (key === "z" && event.ctrlKey)) {
        event.preventDefault();
        void undo();
        return;
      }
      if (event.ctrlKey) return;
      if (!revealed && (key === " " || key === "enter")) {
        event.preventDefault();
        reveal();
      } else if (revealed && ["1", "2", "3", "4"].includes(key)) {
        event.preventDefault();
        void grade(Number(key) as Grade);
      } else if (revealed && (key === " " || key === "enter") && !(event.target instanceof HTMLButtonElement)) {
        event.preventDefault();
        void grade(3);
      } else if (key === "s") {
        event.preventDefault();
        void cardAction("suspend");
      } else if (key === "b") {
        event.preventDefault();
        void cardAction("bury");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [revealed, reveal, grade, undo, cardAction]);

  const counts = useMemo(() => {
    const all = [...queue, ...later];
    return {
      new: more.new + all.filter((i) => i.queueKind === "new").length,
      learning: more.learning + all.filter((i) => i.queueKind === "learning").length,
      review: more.review + all.filter((i) => i.queueKind === "review").length,
    };
  }, [queue, later, more]);

  const tomorrowCount = useMemo(() => dueTomorrowCount(dueTomorrow, nextDue, dayEnd, tomorrowEnd), [dueTomorrow, nextDue, dayEnd, tomorrowEnd]);

  const pendingCount = sync.pending.length;
  // An answer on its way is "Saving…"; only one that cannot be delivered (or is slow to) is
  // flagged, with why, instead of every answer flashing a warning while its request runs.
  const waiting = pendingCount > 0 && (sync.blocked !== null || sync.slow);
  const syncLine =
    pendingCount === 0
      ? "All answers saved"
      : waiting
        ? `${pendingCount} answer${pendingCount === 1 ? "" : "s"} waiting to sync${sync.blocked ? ` (${BLOCKED_LABELS[sync.blocked]})` : ""}`
        : "Saving…";

  return (
    <div className="space-y-4" data-testid="review-session" data-interactive={interactive}>
      <header className="flex flex-wrap items-center justify-between gap-3 text-sm" aria-label="Session">
        <dl className="flex gap-4" data-testid="session-counts">
          <div className="flex items-baseline gap-1">
            <dt className="text-zinc-500 dark:text-zinc-400">New</dt>
            <dd className="font-semibold tabular-nums text-sky-700 dark:text-sky-300" data-testid="count-new">{counts.new}</dd>
          </div>
          <div className="flex items-baseline gap-1">
            <dt className="text-zinc-500 dark:text-zinc-400">Learning</dt>
            <dd className="font-semibold tabular-nums text-amber-700 dark:text-amber-300" data-testid="count-learning">{counts.learning}</dd>
          </div>
          <div className="flex items-baseline gap-1">
            <dt className="text-zinc-500 dark:text-zinc-400">Review</dt>
            <dd className="font-semibold tabular-nums text-emerald-700 dark:text-emerald-300" data-testid="count-review">{counts.review}</dd>
          </div>
        </dl>
        <div className="flex items-center gap-3 text-zinc-600 dark:text-zinc-400">
          <span>Time today {formatDuration(doneToday.timeMs + spentMs)}</span>
          <span
            role="status"
            aria-live="polite"
            data-testid="sync-status"
            className={waiting ? "rounded bg-amber-100 px-2 py-0.5 font-medium text-amber-900 dark:bg-amber-900/40 dark:text-amber-200" : ""}
          >
            {syncLine}
          </span>
        </div>
      </header>

      <div aria-live="polite" role="status" className="min-h-0" data-testid="review-notice">
        {notice || sync.storageError ? (
          <p className="rounded-md border border-zinc-200 bg-zinc-50 px-3 py-2 text-sm dark:border-zinc-800 dark:bg-zinc-900">{notice ?? sync.storageError}</p>
        ) : null}
      </div>
      <div aria-live="polite" role="status" className="min-h-0" data-testid="leech-notice">
        {leech ? (
          <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            <strong>Leech:</strong> you have now forgotten that card {leech.lapses} times, and reviewing it again rarely helps. Re-read it{" "}
            <Link href={cardHref(leech.noteId, leech.cardId)} className="font-semibold underline underline-offset-2">
              on its note, {leech.noteTitle}
            </Link>
            .
          </p>
        ) : null}
      </div>

      {current ? (
        <article
          key={`${current.cardId}:${current.version}`}
          className="rounded-xl border border-zinc-200 bg-white p-5 shadow-sm dark:border-zinc-800 dark:bg-zinc-900 sm:p-8"
          aria-labelledby="card-prompt"
          data-testid="review-card"
          data-card-id={current.cardId}
        >
          <div className="mb-4 flex flex-wrap items-center justify-between gap-2 text-xs">
            <span className="rounded-full bg-brand-50 px-2 py-0.5 font-semibold uppercase tracking-wide text-brand-700 dark:bg-brand-700/30 dark:text-brand-100">
              {KIND_LABELS[current.cardKind]}
            </span>
            <Link href={`/notes/${current.noteId}`} className="text-zinc-500 dark:text-zinc-400 underline-offset-2 hover:underline" target="_blank">
              View note: {current.noteTitle}
            </Link>
          </div>
          <div id="card-prompt" className="text-lg font-medium" data-testid="card-prompt">
            {current.prompt}
          </div>
          {current.cardKind === "drill" && !revealed ? (
            <div className="mt-4">
              <DrillTimer running={!revealed} onExpire={expire} />
            </div>
          ) : null}

          {revealed ? (
            <div className="mt-6 space-y-4 border-t border-zinc-200 pt-6 dark:border-zinc-800" data-testid="card-answer">
              {timeUp ? (
                <p className="rounded-md bg-red-50 px-3 py-2 text-sm font-semibold text-red-800 dark:bg-red-950/50 dark:text-red-200" data-testid="time-up">
                  Time&apos;s up: 30 seconds. Compare with the answer below, tick what you covered, then grade.
                </p>
              ) : null}
              <div>{current.answer}</div>
              {current.sim ? <CardSim spec={current.sim} /> : null}
              {current.keyPoints && current.keyPoints.length > 0 ? (
                <fieldset className="rounded-lg border border-zinc-200 p-4 dark:border-zinc-800">
                  <legend className="px-1 text-sm font-semibold">Key points — tick the ones you covered</legend>
                  <ul className="space-y-1">
                    {current.keyPoints.map((point, index) => (
                      <li key={point}>
                        <label className="flex items-start gap-2 text-sm">
                          <input
                            type="checkbox"
                            className="mt-1"
                            checked={checked.has(index)}
                            onChange={() =>
                              setChecked((s) => {
                                const next = new Set(s);
                                if (next.has(index)) next.delete(index);
                                else next.add(index);
                                return next;
                              })
                            }
                          />
                          <span>{point}</span>
                        </label>
                      </li>
                    ))}
                  </ul>
                  <p className="mt-2 text-xs text-zinc-500 dark:text-zinc-400">
                    {checked.size} of {current.keyPoints.length} covered
                  </p>
                </fieldset>
              ) : null}
              {current.context ? (
                <aside className="rounded-lg bg-amber-50 p-4 text-sm dark:bg-amber-950/40">
                  <p className="mb-1 font-semibold text-amber-900 dark:text-amber-200">Where candidates slip</p>
                  {current.context}
                </aside>
              ) : null}
            </div>
          ) : null}

          <div className="mt-6">
            {revealed ? (
              <div className="grid grid-cols-2 gap-2 sm:grid-cols-4" role="group" aria-label="Grade your answer">
                {([1, 2, 3, 4] as const).map((g) => (
                  <button
                    key={g}
                    type="button"
                    disabled={busy}
                    onClick={() => void grade(g)}
                    className={`flex flex-col items-center rounded-lg border px-3 py-2 font-semibold ${GRADE_STYLES[g]}`}
                    aria-label={`${GRADE_LABELS[g]} (${g})${previews ? `, next in ${previews[g].label}` : ""}`}
                    data-testid={`grade-${g}`}
                  >
                    <span>{GRADE_LABELS[g]}</span>
                    <span className="text-xs font-normal">{previews ? previews[g].label : ""}</span>
                  </button>
                ))}
              </div>
            ) : (
              <button
                type="button"
                onClick={reveal}
                className="w-full rounded-lg bg-brand-600 px-4 py-3 font-semibold text-white hover:bg-brand-700"
                data-testid="reveal"
              >
                Show answer <span className="font-normal opacity-80">(Space)</span>
              </button>
            )}
          </div>
          <div className="mt-4 flex flex-wrap items-center justify-center gap-x-4 gap-y-2 text-sm" role="group" aria-label="More actions">
            <button type="button" disabled={busy || history.length === 0} onClick={() => void undo()} className={CARD_TOOL} data-testid="undo">
              Undo <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">(Z)</span>
            </button>
            <button type="button" disabled={busy} onClick={() => void cardAction("bury")} className={CARD_TOOL} data-testid="bury">
              Bury until tomorrow <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">(B)</span>
            </button>
            <button type="button" disabled={busy} onClick={() => void cardAction("suspend")} className={CARD_TOOL} data-testid="suspend">
              Suspend <span className="text-xs font-normal text-zinc-500 dark:text-zinc-400">(S)</span>
            </button>
          </div>
          <p className="mt-2 hidden text-center text-xs text-zinc-500 dark:text-zinc-400 sm:block">
            Keys: Space reveal, then Space or Enter = Good · 1–4 grade · Z undo · S suspend · B bury
          </p>
        </article>
      ) : moreTotal > 0 || (loadError === null && (loadingMore || recount !== null)) ? (
        <section className="rounded-xl border border-zinc-200 p-6 text-center dark:border-zinc-800" data-testid="loading-more" aria-busy={loadError === null}>
          {loadError === null ? (
            <p className="text-zinc-600 dark:text-zinc-400">Loading the next cards…</p>
          ) : (
            <>
              <h2 className="text-xl font-bold">
                {moreTotal} more card{moreTotal === 1 ? "" : "s"} today
              </h2>
              <p className="mt-2 text-zinc-600 dark:text-zinc-400" data-testid="load-error">{loadError}</p>
              <button type="button" className="mt-4 text-sm font-semibold text-brand-600 hover:underline dark:text-brand-300" onClick={() => setLoadError(null)}>
                Try again
              </button>
            </>
          )}
        </section>
      ) : (
        <section className="rounded-xl border border-zinc-200 p-6 text-center dark:border-zinc-800" data-testid="done-for-today">
          <h2 className="text-xl font-bold">{later.length > 0 ? "Nothing due right now" : "Done for today"}</h2>
          <p className="mt-2 text-zinc-600 dark:text-zinc-400">
            {answered + doneToday.total} answer{answered + doneToday.total === 1 ? "" : "s"} today in {formatDuration(doneToday.timeMs + spentMs)}.{" "}
            {later.length > 0
              ? `${later.length} learning card${later.length === 1 ? "" : "s"} come back later today.`
              : `Tomorrow: ${tomorrowCount} review${tomorrowCount === 1 ? "" : "s"} due, plus new cards.`}
          </p>
          {pendingCount > 0 ? <p className="mt-2 font-medium text-amber-700 dark:text-amber-300">{syncLine}. They will be sent when the server can be reached.</p> : null}
          {pendingCount === 0 ? <LearnMoreNew heldBack={newHeldBack} extraNew={extraNew} learnMoreNew={learnMoreNew} /> : null}
          <div className="mt-4 flex justify-center gap-3 text-sm">
            <Link href="/stats" className="font-semibold text-brand-600 hover:underline dark:text-brand-300">See your stats</Link>
            <button type="button" className="font-semibold text-brand-600 hover:underline dark:text-brand-300" onClick={() => router.refresh()}>
              Check for more cards
            </button>
            {history.length > 0 ? (
              <button type="button" className="font-semibold text-zinc-600 hover:underline dark:text-zinc-300" onClick={() => void undo()}>
                Undo (Z)
              </button>
            ) : null}
          </div>
        </section>
      )}
    </div>
  );
}
