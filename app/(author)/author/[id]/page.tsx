import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getLibrary } from "@/lib/data/library";
import { noteHrefRewriter, notePath, noteView } from "@/lib/library";
import { CardPreviews } from "@/components/author/card-previews";
import { ProblemList } from "@/components/notes/problem-list";

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const [{ id }, library] = await Promise.all([params, getLibrary()]);
  const view = noteView(library, id);
  return { title: `Author · ${view?.note?.title ?? id}` };
}

export default async function AuthorNotePage({ params }: Props) {
  const [{ id }, library] = await Promise.all([params, getLibrary()]);
  const view = noteView(library, id);
  if (!view) notFound();
  const rewriteHref = view.note ? noteHrefRewriter(library.notes, view.note.file) : undefined;
  return (
    <div className="space-y-6">
      <header className="space-y-2">
        <nav aria-label="Breadcrumb" className="text-sm">
          <Link href="/author" className="text-zinc-500 hover:text-brand-600 hover:underline dark:text-zinc-400 dark:hover:text-brand-300">
            Author
          </Link>
        </nav>
        <h1 className="text-2xl font-bold tracking-tight break-words">{view.note?.title ?? view.id}</h1>
        <p className="font-mono text-xs text-zinc-500 dark:text-zinc-400">{view.files.map((f) => `content/${f}`).join(", ")}</p>
        <Link href={notePath(view.id)} className="inline-block text-sm font-medium text-brand-600 hover:underline dark:text-brand-300">
          Open the learner’s page
        </Link>
      </header>
      <section aria-labelledby="problems-title" className="space-y-2">
        <h2 id="problems-title" className="text-lg font-semibold">
          Problems
        </h2>
        {view.errors.length + view.warnings.length === 0 ? (
          <p className="text-sm text-zinc-600 dark:text-zinc-400">No errors or warnings.</p>
        ) : (
          <ProblemList errors={view.errors} warnings={view.warnings} />
        )}
      </section>
      <CardPreviews cards={view.cards} {...(rewriteHref ? { rewriteHref } : {})} />
    </div>
  );
}
