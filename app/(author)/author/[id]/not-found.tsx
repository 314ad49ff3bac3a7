import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function AuthorNoteNotFound() {
  return (
    <section className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">No such note</h1>
      <p className="text-zinc-600 dark:text-zinc-400">No note file has this id. It may have been renamed or removed from content/.</p>
      <Link href="/author" className={buttonClass("secondary")}>
        All notes and their problems
      </Link>
    </section>
  );
}
