import "server-only";
import type { Db } from "@/lib/db";
import { reviewHistoryPages } from "@/lib/data/history";
import { REVLOG_HEADER, revlogCsvLine } from "@/lib/srs";

/** The user's review history as a CSV byte stream in the shared revlog format, read page by page. */
export function reviewHistoryCsv(userId: string, client?: Db): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  const pages = reviewHistoryPages(userId, client);
  return new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(encoder.encode(`${REVLOG_HEADER}\n`));
    },
    async pull(controller) {
      const next = await pages.next();
      if (next.done) controller.close();
      else if (next.value.length > 0) controller.enqueue(encoder.encode(`${next.value.map(revlogCsvLine).join("\n")}\n`));
    },
    async cancel() {
      await pages.return(undefined);
    },
  });
}

/** The download's file name, e.g. quorum-reviews-2024-06-10.csv. */
export function exportFileName(now: Date): string {
  return `quorum-reviews-${now.toISOString().slice(0, 10)}.csv`;
}
