import Link from "next/link";

export default function RoundNotFound() {
  return (
    <section className="mx-auto max-w-xl space-y-3 py-12 text-center">
      <h1 className="text-2xl font-bold">No such round</h1>
      <p className="text-zinc-600 dark:text-zinc-400">It may belong to another account, or the link is wrong.</p>
      <Link href="/interview" className="font-semibold text-brand-600 hover:underline dark:text-brand-300">
        Start a new round
      </Link>
    </section>
  );
}
