"use client";

import { useEffect } from "react";

/**
 * Registers public/sw.js (production builds only: under `next dev` a cached page would hide
 * edits), which lets Today open without a connection. Renders nothing.
 */
export function ServiceWorker() {
  useEffect(() => {
    if (process.env.NODE_ENV !== "production" || !("serviceWorker" in navigator)) return;
    navigator.serviceWorker.register("/sw.js", { scope: "/" }).catch(() => {
      /* unsupported or blocked (a private window, say): Today then needs the network to open */
    });
  }, []);
  return null;
}

/** The service worker's cache of the Today page (public/sw.js: the names must match). */
const OFFLINE_PAGE_CACHE = "quorum-pages-v1";

/**
 * Drops the Today page kept for offline use: rendered on the sign-in and sign-up pages, where
 * every way out of an account lands (sign out, sign out everywhere, account deleted), so the
 * next person at this browser never opens the last learner's page offline.
 */
export function ForgetOfflinePage() {
  useEffect(() => {
    if ("caches" in window) void caches.delete(OFFLINE_PAGE_CACHE).catch(() => undefined);
  }, []);
  return null;
}
