import type { InterviewQuestion } from "@/lib/interview";
import { Markdown } from "@/components/markdown/markdown";
import { noteHref } from "@/lib/note-href";
import type { PlayerQuestion } from "./types";

const md = (markdown: string) => <Markdown markdown={markdown} rewriteHref={noteHref} className="[&_p]:my-1" />;

/** Questions with their Markdown rendered on the server, for the player and the report. */
export function renderQuestions(questions: readonly InterviewQuestion[]): PlayerQuestion[] {
  return questions.map((q, index) => ({
    index,
    cardId: q.cardId,
    kind: q.kind,
    lead: q.lead,
    noteId: q.noteId,
    noteTitle: q.noteTitle,
    topic: q.topic,
    seconds: q.seconds,
    phase: q.phase,
    keyPoints: q.keyPoints,
    terms: q.terms,
    rated: q.cardId !== null,
    prompt: md(q.prompt),
    answer: md(q.answer),
    tips: q.tips.map(md),
  }));
}
