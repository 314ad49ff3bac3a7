"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState } from "react";
import { abandonInterviewRound } from "@/lib/actions/interview/abandon-round";
import { completeInterviewRound } from "@/lib/actions/interview/complete-round";
import { saveInterviewAnswer } from "@/lib/actions/interview/save-answer";
import type { AnswerMode, InterviewAnswer, SaveAnswerInput } from "@/lib/interview";
import { clearDraft, readDraft, writeDraft } from "./question-draft";
import { saveRecording } from "./recordings";
import type { PlayerQuestion } from "./types";
import { useRecorder } from "./use-recorder";

/** ready → answering → saving → review → advancing → (next question answering | finishing). */
export type Stage = "ready" | "answering" | "saving" | "review" | "advancing" | "finishing";

interface FlowInput {
  roundId: string;
  questions: readonly PlayerQuestion[];
  initialIndex: number;
  initialAnswers: readonly (InterviewAnswer | null)[];
}

const replace = <T,>(list: readonly T[], index: number, value: T) => list.map((v, i) => (i === index ? value : v));

/** The round's state machine; every answer is saved on the server before the round moves on. */
export function useRoundFlow({ roundId, questions, initialIndex, initialAnswers }: FlowInput) {
  const router = useRouter();
  const resumed = initialAnswers[initialIndex] ?? null;
  const [index, setIndex] = useState(initialIndex);
  const [answers, setAnswers] = useState(initialAnswers);
  const [stage, setStage] = useState<Stage>(initialIndex >= questions.length ? "finishing" : resumed ? "review" : "ready");
  const [mode, setMode] = useState<AnswerMode>(resumed?.mode ?? "typed");
  const [text, setText] = useState("");
  const [ticked, setTicked] = useState<ReadonlySet<number>>(new Set(resumed?.ticked ?? []));
  const [startedAt, setStartedAt] = useState<number | null>(null);
  const [now, setNow] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [retry, setRetry] = useState<(() => void) | null>(null);
  const [clip, setClip] = useState<string | null>(null);
  const recorder = useRecorder();
  const finishing = useRef(false);
  const question = questions[index];
  const limitMs = (question?.seconds ?? 0) * 1000;

  const send = useCallback(
    async (payload: SaveAnswerInput, onSaved: (answer: InterviewAnswer) => void) => {
      setMessage(null);
      setRetry(null);
      try {
        const result = await saveInterviewAnswer(payload);
        if (result.ok) return onSaved(result.answer);
        setMessage(result.message);
        if (result.currentIndex !== undefined && result.currentIndex !== payload.index) router.refresh();
      } catch {
        setMessage("Could not reach the server: your answer is not saved yet.");
      }
      setRetry(() => () => void send(payload, onSaved));
    },
    [router],
  );

  const begin = useCallback(
    async (at: number) => {
      finishing.current = false;
      setText("");
      setTicked(new Set());
      setClip(null);
      setMessage(null);
      setStartedAt(at);
      setNow(at);
      setStage("answering");
      if (mode === "spoken" && !(await recorder.start())) {
        setMode("typed");
        setMessage("The microphone is not available: type your answer instead.");
      }
    },
    [mode, recorder],
  );

  const finish = useCallback(async () => {
    if (stage !== "answering" || finishing.current || !question) return;
    finishing.current = true;
    const used = Math.min(Date.now() - (startedAt ?? Date.now()), limitMs);
    setStage("saving");
    let recorded = false;
    if (mode === "spoken") {
      const blob = await recorder.stop();
      if (blob) {
        setClip(URL.createObjectURL(blob));
        recorded = await saveRecording(roundId, index, blob).then(() => true, () => false);
      }
    }
    const answer = { mode, text, ticked: [], timeUsedMs: Math.max(0, Math.round(used)), recorded, graded: false };
    await send({ roundId, index, answer, advance: false }, (saved) => {
      clearDraft(roundId);
      setAnswers((a) => replace(a, index, saved));
      setStage("review");
    });
  }, [stage, question, startedAt, limitMs, mode, recorder, roundId, index, text, send]);

  const next = useCallback(async () => {
    const answer = answers[index];
    if (stage !== "review" || !answer) return;
    setStage("advancing");
    const payload = { roundId, index, advance: true, answer: { ...answer, ticked: [...ticked], graded: true } };
    await send(payload, (saved) => {
      setAnswers((a) => replace(a, index, saved));
      if (index + 1 < questions.length) {
        setIndex(index + 1);
        void begin(Date.now());
      } else {
        setIndex(questions.length);
        setStage("finishing");
      }
    });
  }, [answers, index, stage, roundId, ticked, send, questions.length, begin]);

  const toggle = useCallback((i: number) => {
    setTicked((t) => {
      const copy = new Set(t);
      if (copy.has(i)) copy.delete(i);
      else copy.add(i);
      return copy;
    });
  }, []);

  const abandon = useCallback(async () => {
    clearDraft(roundId);
    await recorder.stop();
    const result = await abandonInterviewRound({ roundId }).catch(() => ({ ok: false as const, message: "Could not reach the server." }));
    if (!result.ok) setMessage(result.message);
    router.refresh();
  }, [recorder, roundId, router]);

  // A question in progress survives a reload: its clock keeps running from when it started and
  // the text typed so far comes back (a recording cannot: the rest is typed).
  const restored = useRef(false);
  useEffect(() => {
    if (restored.current) return;
    restored.current = true;
    const draft = stage === "ready" ? readDraft(roundId) : null;
    if (!draft || draft.index !== index) return;
    finishing.current = false;
    setText(draft.text);
    setMode("typed");
    setStartedAt(draft.startedAt);
    setNow(Date.now());
    setStage("answering");
    if (draft.mode === "spoken") setMessage("The recording stopped when the page was reloaded: type the rest of your answer.");
  }, [stage, roundId, index]);
  useEffect(() => {
    if (stage === "answering" && startedAt !== null) writeDraft(roundId, { index, startedAt, mode, text });
  }, [stage, startedAt, roundId, index, mode, text]);

  // The clock: Date.now() against the start, checked five times a second.
  useEffect(() => {
    if (stage !== "answering" || startedAt === null) return;
    const id = window.setInterval(() => setNow(Date.now()), 200);
    return () => window.clearInterval(id);
  }, [stage, startedAt]);
  useEffect(() => {
    if (stage === "answering" && startedAt !== null && now - startedAt >= limitMs) void finish();
  }, [stage, startedAt, now, limitMs, finish]);

  // After the last question: complete the round (ratings go to the schedule once), then show the summary.
  useEffect(() => {
    if (stage !== "finishing") return;
    let cancelled = false;
    const complete = () =>
      completeInterviewRound({ roundId })
        .then((result) => {
          if (cancelled) return;
          if (result.ok) return router.refresh();
          setMessage(result.message);
          setRetry(() => () => void complete());
        })
        .catch(() => {
          if (cancelled) return;
          setMessage("Could not reach the server to finish the round.");
          setRetry(() => () => void complete());
        });
    void complete();
    return () => {
      cancelled = true;
    };
  }, [stage, roundId, router]);

  const elapsedMs = startedAt === null ? 0 : Math.max(0, now - startedAt);
  return { index, question, answers, stage, mode, setMode, text, setText, ticked, toggle, elapsedMs, limitMs, message, retry, clip, recorder, begin, finish, next, abandon };
}
