import Link from "next/link";
import { buttonClass } from "@/components/ui/button";

export default function NoteNotFound() {
  return (
    <section className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">No such note</h1>
      <p className="text-zinc-600 dark:text-zinc-400">There is no note with this id. It may have been renamed or removed.</p>
      <Link href="/library" className={buttonClass("secondary")}>
        Browse the library
      </Link>
    </section>
  );
}
