"use client";

import { useRouter } from "next/navigation";
import { useEffect } from "react";

const EVENTS_URL = "/api/dev/content-events";
// Same name as CONTENT_CHANGE_EVENT in lib/dev/content-events.ts (a server-only module).
const CHANGE_EVENT = "content-change";

/**
 * In development, re-renders the current page as soon as a note file is saved. Renders nothing;
 * `<html data-content-events="open">` tells whether it is listening.
 */
export function ContentReload() {
  const router = useRouter();
  useEffect(() => {
    if (process.env.NODE_ENV !== "development") return;
    const root = document.documentElement;
    const source = new EventSource(EVENTS_URL);
    const refresh = () => router.refresh();
    source.addEventListener(CHANGE_EVENT, refresh);
    source.onopen = () => {
      root.dataset["contentEvents"] = "open";
    };
    source.onerror = () => {
      root.dataset["contentEvents"] = "reconnecting";
    };
    return () => {
      source.removeEventListener(CHANGE_EVENT, refresh);
      source.close();
      delete root.dataset["contentEvents"];
    };
  }, [router]);
  return null;
}
