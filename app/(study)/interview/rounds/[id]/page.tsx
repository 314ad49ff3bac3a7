import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { countRoundRatings, getRound } from "@/lib/data/interview";
import { getLibrary } from "@/lib/data/library";
import { FULL_ROUND_PHASES, ROUND_DEFINITIONS, roundRatings, summarizeRound } from "@/lib/interview";
import { renderQuestions } from "@/components/interview/render-questions";
import { RoundPlayer } from "@/components/interview/round-player";
import { RoundReport } from "@/components/interview/round-report";

export const metadata: Metadata = { title: "Interview round" };

export default async function RoundPage({ params }: { params: Promise<{ id: string }> }) {
  const [{ id }, user] = await Promise.all([params, requireUser()]);
  const round = await getRound(user.id, id);
  if (!round) notFound();
  const questions = renderQuestions(round.questions);
  const title = ROUND_DEFINITIONS[round.kind].label;
  if (round.status === "active") {
    return (
      <div className="mx-auto max-w-3xl">
        <RoundPlayer
          key={`${round.id}:${round.version}`}
          roundId={round.id}
          title={title}
          questions={questions}
          initialIndex={round.currentIndex}
          initialAnswers={round.answers}
          phases={round.kind === "full" ? FULL_ROUND_PHASES : null}
        />
      </div>
    );
  }
  const [library, sent] = await Promise.all([getLibrary(), countRoundRatings(user.id, round.id)]);
  const expected = roundRatings(round.questions, round.answers).filter((r) => library.cardById.has(r.cardId)).length;
  return (
    <div className="mx-auto max-w-3xl">
      <RoundReport round={round} questions={questions} summary={summarizeRound(round.questions, round.answers)} ratings={{ sent, expected }} />
    </div>
  );
}
