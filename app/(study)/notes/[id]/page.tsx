import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { requireUser } from "@/lib/auth/session";
import { cardStandings } from "@/lib/data/card-standing";
import { getLibrary } from "@/lib/data/library";
import { noteHrefRewriter, noteView } from "@/lib/library";
import { BrokenNote, NoteArticle } from "@/components/notes/note-article";

interface Props {
  params: Promise<{ id: string }>;
}

async function findView(params: Props["params"]) {
  const [{ id }, library] = await Promise.all([params, getLibrary()]);
  return { library, view: noteView(library, id) };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { view } = await findView(params);
  return { title: view?.note?.title ?? view?.id ?? "Note not found" };
}

export default async function NotePage({ params }: Props) {
  const { library, view } = await findView(params);
  if (!view) notFound();
  if (!view.note) return <BrokenNote view={view} />;
  const user = await requireUser();
  const now = new Date();
  const standings = await cardStandings(user.id, view.cards.map((c) => c.id), now);
  return (
    <NoteArticle
      view={{ ...view, note: view.note }}
      rewriteHref={noteHrefRewriter(library.notes, view.note.file)}
      standings={standings.size > 0 ? standings : null}
      now={now}
    />
  );
}
