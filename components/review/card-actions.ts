import type { CardActionRequest } from "@/lib/study/review-requests";

/** Posts a suspend, unsuspend, bury or unbury; null when the server could not be reached. */
export function postCardAction(request: CardActionRequest): Promise<Response | null> {
  return fetch("/api/cards/actions", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(request),
  }).catch(() => null);
}
