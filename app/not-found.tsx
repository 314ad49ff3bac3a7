import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl space-y-3 px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="text-zinc-600 dark:text-zinc-400">There is nothing at this address.</p>
      <Link href="/" className="font-semibold text-brand-600 hover:underline dark:text-brand-300">
        Go to Quorum
      </Link>
    </main>
  );
}
