import { sessionUserId } from "@/lib/http";
import { exportFileName, reviewHistoryCsv } from "@/lib/study/history-export";

export const dynamic = "force-dynamic";

/** The signed-in user's review history as a CSV download, in the shared revlog format. */
export async function GET() {
  const userId = await sessionUserId();
  if (userId instanceof Response) return userId;
  return new Response(reviewHistoryCsv(userId), {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="${exportFileName(new Date())}"`,
      "cache-control": "no-store",
    },
  });
}
