"use client";

import { RATING_LABELS, scoreAnswer, type InterviewAnswer } from "@/lib/interview";
import { formatClock } from "./format";
import { HighlightedAnswer } from "./highlighted-answer";
import { KeyPointChecklist } from "./key-point-checklist";
import { RecordingPlayback } from "./recording-playback";
import type { PlayerQuestion } from "./types";

interface Props {
  roundId: string;
  question: PlayerQuestion;
  answer: InterviewAnswer;
  ticked: ReadonlySet<number>;
  onToggle: (index: number) => void;
  clip: string | null;
}

/** After the clock: the learner's answer, the model answer, the key points to tick and the interviewer's tips. */
export function AnswerReview({ roundId, question, answer, ticked, onToggle, clip }: Props) {
  const score = scoreAnswer(question, { ...answer, ticked: [...ticked] });
  const timeUp = answer.timeUsedMs >= question.seconds * 1000;
  return (
    <div className="space-y-5" data-testid="answer-review">
      <p className="text-sm text-zinc-600 dark:text-zinc-400" data-testid="time-used">
        {timeUp ? "Time's up." : `Answered in ${formatClock(answer.timeUsedMs)}`} ({formatClock(answer.timeUsedMs)} of {formatClock(question.seconds * 1000)})
      </p>
      <section aria-label="Your answer" className="space-y-2">
        <h3 className="text-sm font-semibold">Your answer</h3>
        {answer.mode === "spoken" ? (
          answer.recorded ? <RecordingPlayback roundId={roundId} index={question.index} src={clip} /> : <p className="text-sm italic text-zinc-500 dark:text-zinc-400">No recording was made.</p>
        ) : (
          <HighlightedAnswer text={answer.text} terms={question.terms} />
        )}
        {answer.detectedTerms.length > 0 ? (
          <p className="text-sm" data-testid="detected-terms">
            Key terms you used: <span className="font-medium">{answer.detectedTerms.join(", ")}</span>
          </p>
        ) : null}
        {answer.mode === "typed" && score.named.length === 0 ? (
          <p className="text-sm text-amber-800 dark:text-amber-300" data-testid="names-none">
            Your answer names none of the key points: it cannot score full marks.
          </p>
        ) : null}
      </section>
      <section aria-label="Model answer" className="rounded-md border-l-4 border-brand-300 pl-4 dark:border-brand-700">
        <h3 className="text-sm font-semibold">Model answer</h3>
        {question.answer}
      </section>
      <KeyPointChecklist points={question.keyPoints} ticked={ticked} named={new Set(score.named)} onToggle={onToggle} />
      <p className="text-sm" data-testid="live-score" aria-live="polite">
        {score.capped
          ? `All ${score.total} ticked, counted as ${score.covered}: your typed answer names none of them`
          : `${score.covered} of ${score.total} key points`}
        {question.rated ? ` · rates ${RATING_LABELS[score.rating]}` : " · not a library card, so not rated"}
      </p>
      {question.tips.length > 0 ? (
        <details open className="rounded-md bg-zinc-50 p-3 text-sm dark:bg-zinc-900">
          <summary className="cursor-pointer font-semibold">Interviewer tips: common mistakes</summary>
          <ul className="mt-2 list-disc space-y-1 pl-5">
            {question.tips.map((tip, i) => (
              <li key={i}>{tip}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </div>
  );
}
