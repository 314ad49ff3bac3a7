"use client";

import { useEffect, useRef, useState } from "react";
import type { InterviewAnswer, PhaseDefinition } from "@/lib/interview";
import { Button } from "@/components/ui/button";
import { AnswerReview } from "./answer-review";
import { Countdown } from "./countdown";
import { PhaseTimer, type PhaseClock } from "./phase-timer";
import type { PlayerQuestion } from "./types";
import { useRoundFlow } from "./use-round-flow";

export interface RoundPlayerProps {
  roundId: string;
  title: string;
  questions: PlayerQuestion[];
  initialIndex: number;
  initialAnswers: (InterviewAnswer | null)[];
  /** Full rounds: the phases and their budgets. */
  phases: readonly PhaseDefinition[] | null;
}

/** Focus is in a text field: keys belong to it. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLInputElement) return !["checkbox", "radio"].includes(target.type);
  return target.isContentEditable || ["TEXTAREA", "SELECT", "AUDIO"].includes(target.tagName);
}

/** Focus is on something Enter and Space already activate (a button, a link, a radio). */
function activates(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (["BUTTON", "A", "SUMMARY"].includes(target.tagName) || (target instanceof HTMLInputElement && target.type === "radio"));
}

export const KEY_HELP = "Keys: Enter starts · Ctrl+Enter (⌘+Enter) ends your answer early · 1–9 and 0 tick key points · Enter or N goes on · M switches typed/spoken before you start";

/** Runs a round: countdown, typed or spoken answer, then the key points to tick. Keyboard-first. */
export function RoundPlayer({ roundId, title, questions, initialIndex, initialAnswers, phases }: RoundPlayerProps) {
  const flow = useRoundFlow({ roundId, questions, initialIndex, initialAnswers });
  const { question, stage, index } = flow;
  const [confirming, setConfirming] = useState(false);
  // Set once hydrated, with the keyboard handler below attached: tests wait for it before keys.
  const [interactive, setInteractive] = useState(false);
  useEffect(() => setInteractive(true), []);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const keys = useRef(flow);
  useEffect(() => {
    keys.current = flow;
  });

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const f = keys.current;
      if (e.defaultPrevented || e.altKey) return;
      if (f.stage === "answering") {
        if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
          e.preventDefault();
          void f.finish();
        }
        return;
      }
      if (e.ctrlKey || e.metaKey || isTyping(e.target)) return;
      const native = activates(e.target) && (e.key === "Enter" || e.key === " ");
      if (f.stage === "ready") {
        if (((e.key === "Enter" || e.key === " ") && !native) || e.key === "s") {
          e.preventDefault();
          void f.begin(Date.now());
        } else if (e.key === "m") {
          f.setMode(f.mode === "typed" ? "spoken" : "typed");
        }
      } else if (f.stage === "review") {
        if (/^[0-9]$/.test(e.key)) {
          const i = e.key === "0" ? 9 : Number(e.key) - 1;
          if (f.question && i < f.question.keyPoints.length) {
            e.preventDefault();
            f.toggle(i);
          }
        } else if ((e.key === "Enter" && !native) || e.key === "n" || e.key === "N") {
          e.preventDefault();
          void f.next();
        }
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  useEffect(() => {
    if (stage === "answering" && flow.mode === "typed") textarea.current?.focus();
  }, [stage, flow.mode, index]);

  const phaseClocks: PhaseClock[] | null = phases
    ? phases.map((p) => ({
        id: p.id,
        label: p.label,
        budgetMs: p.budgetSeconds * 1000,
        usedMs:
          questions.reduce((sum, q, i) => sum + (q.phase === p.id ? (flow.answers[i]?.timeUsedMs ?? 0) : 0), 0) +
          (stage === "answering" && question?.phase === p.id ? flow.elapsedMs : 0),
      }))
    : null;
  const answer = flow.answers[index] ?? null;

  return (
    <section className="space-y-5" aria-labelledby="round-title" data-testid="round-player" data-stage={stage} data-index={index} data-interactive={interactive}>
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h1 id="round-title" className="text-2xl font-bold tracking-tight">
          {title}
        </h1>
        <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="progress">
          Question {Math.min(index + 1, questions.length)} of {questions.length}
        </p>
      </header>
      {phaseClocks ? <PhaseTimer phases={phaseClocks} current={question?.phase} /> : null}

      <div role="status" aria-live="polite" data-testid="round-message">
        {flow.message ? (
          <p className="flex flex-wrap items-center gap-3 rounded-md border border-amber-300 bg-amber-50 px-3 py-2 text-sm text-amber-900 dark:border-amber-800 dark:bg-amber-950 dark:text-amber-100">
            {flow.message}
            {flow.retry ? (
              <Button type="button" variant="secondary" onClick={flow.retry}>
                Retry
              </Button>
            ) : null}
          </p>
        ) : null}
      </div>

      {question && stage !== "finishing" ? (
        <article className="space-y-4 rounded-lg border border-zinc-200 p-4 sm:p-6 dark:border-zinc-800" data-testid="question" data-note-id={question.noteId} data-card-id={question.cardId ?? undefined}>
          <p className="text-xs font-semibold uppercase tracking-wide text-brand-600 dark:text-brand-300">
            {question.lead ?? question.noteTitle}
            {question.rated ? "" : " · not rated"}
          </p>
          <div className="text-lg" data-testid="question-prompt">
            {question.prompt}
          </div>

          {stage === "ready" ? (
            <div className="space-y-3">
              <fieldset className="flex flex-wrap gap-4 text-sm">
                <legend className="sr-only">Answer by</legend>
                {(["typed", "spoken"] as const).map((m) => (
                  <label key={m} className="flex min-h-11 items-center gap-2">
                    <input type="radio" name="mode" value={m} checked={flow.mode === m} onChange={() => flow.setMode(m)} />
                    {m === "typed" ? "Type my answer" : "Speak my answer (recorded on this device only)"}
                  </label>
                ))}
              </fieldset>
              <Button type="button" autoFocus onClick={() => void flow.begin(Date.now())} className="w-full sm:w-auto">
                Start question {index + 1} (Enter) · {Math.round(question.seconds / 60) >= 2 ? `${Math.round(question.seconds / 60)} min` : `${question.seconds} s`}
              </Button>
            </div>
          ) : null}

          {stage === "answering" || stage === "saving" ? (
            <div className="space-y-3">
              <Countdown leftMs={Math.max(0, flow.limitMs - flow.elapsedMs)} totalMs={flow.limitMs} />
              {flow.mode === "typed" ? (
                <textarea
                  ref={textarea}
                  aria-label="Your answer"
                  data-testid="answer-input"
                  value={flow.text}
                  onChange={(e) => flow.setText(e.target.value)}
                  readOnly={stage !== "answering"}
                  rows={6}
                  className="block w-full rounded-md border border-zinc-300 bg-white p-3 text-base dark:border-zinc-700 dark:bg-zinc-900"
                />
              ) : (
                <p className="flex items-center gap-2 text-sm" data-testid="recording-status">
                  <span aria-hidden className="h-3 w-3 animate-pulse rounded-full bg-red-500" />
                  {flow.recorder.status === "recording" ? "Recording… speak your answer." : "Starting the microphone…"}
                </p>
              )}
              <Button type="button" onClick={() => void flow.finish()} disabled={stage !== "answering"} className="w-full sm:w-auto">
                {stage === "saving" ? "Saving…" : "Done (Ctrl+Enter)"}
              </Button>
            </div>
          ) : null}

          {(stage === "review" || stage === "advancing") && answer ? (
            <>
              <AnswerReview roundId={roundId} question={question} answer={answer} ticked={flow.ticked} onToggle={flow.toggle} clip={flow.clip} />
              <Button type="button" onClick={() => void flow.next()} disabled={stage !== "review"} className="w-full sm:w-auto" data-testid="next">
                {index + 1 < questions.length ? "Next question (Enter)" : "Finish round (Enter)"}
              </Button>
            </>
          ) : null}
        </article>
      ) : (
        <p role="status" className="rounded-lg border border-zinc-200 p-6 text-center dark:border-zinc-800" data-testid="finishing">
          Finishing the round and updating your schedule…
        </p>
      )}

      <footer className="space-y-2 text-xs text-zinc-500 dark:text-zinc-400">
        <p>{KEY_HELP}</p>
        {confirming ? (
          <div className="flex flex-wrap items-center gap-2 text-sm text-zinc-700 dark:text-zinc-300">
            <span>Abandon this round? Nothing in it will be rated.</span>
            <Button type="button" variant="secondary" onClick={() => void flow.abandon()}>
              Yes, abandon
            </Button>
            <Button type="button" variant="ghost" onClick={() => setConfirming(false)}>
              Keep going
            </Button>
          </div>
        ) : (
          <Button type="button" variant="ghost" onClick={() => setConfirming(true)}>
            Abandon round
          </Button>
        )}
      </footer>
    </section>
  );
}
