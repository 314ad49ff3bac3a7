// Quorum's service worker: the Today page opens without a connection. Reloading /today while
// offline shows the last Today page this browser received (the answers given since are kept in
// IndexedDB and played forward by the page itself), instead of the browser's offline error.
//
// - /_next/static/* (content-hashed, immutable): cache first, so that page can hydrate.
// - a navigation to /today: network first; a 200 is kept as the offline copy.
// - any other navigation that fails: a short offline page pointing to Today.
// Nothing else is touched: POSTs, API calls and RSC fetches go to the network as before.
// Signing out or in drops the kept page, which is one learner's: here when /sign-in or /sign-up
// is loaded as a document, and by the sign-in pages themselves (ForgetOfflinePage) otherwise.

const STATIC_CACHE = "quorum-static-v1";
const PAGE_CACHE = "quorum-pages-v1";
const TODAY = "/today";

const OFFLINE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Offline · Quorum</title>
<body style="font-family:system-ui,sans-serif;max-width:34rem;margin:4rem auto;padding:0 1rem;line-height:1.5">
<h1 style="font-size:1.5rem">You are offline</h1>
<p data-testid="offline-page">This page needs a connection. Your review on <a href="/today">Today</a> works offline once it has been opened here: answers are kept in this browser and saved when the connection is back.</p>
</body></html>`;

self.addEventListener("install", () => self.skipWaiting());

self.addEventListener("activate", (event) => {
  event.waitUntil(
    (async () => {
      const keep = new Set([STATIC_CACHE, PAGE_CACHE]);
      for (const name of await caches.keys()) if (!keep.has(name)) await caches.delete(name);
      await self.clients.claim();
    })(),
  );
});

/** Hashed assets of past deployments are never asked for again: keep only the newest ones. */
const STATIC_LIMIT = 400;

async function staticAsset(request) {
  const cache = await caches.open(STATIC_CACHE);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) {
    await cache.put(request, response.clone());
    const keys = await cache.keys(); // in insertion order
    for (const old of keys.slice(0, Math.max(0, keys.length - STATIC_LIMIT))) await cache.delete(old);
  }
  return response;
}

function offlinePage() {
  return new Response(OFFLINE_PAGE, { status: 503, headers: { "content-type": "text/html; charset=utf-8", "cache-control": "no-store" } });
}

async function todayPage(request) {
  const cache = await caches.open(PAGE_CACHE);
  try {
    const response = await fetch(request);
    // A signed-out visit is redirected to sign-in (an opaque redirect, as navigations fetch
    // them): never keep that, and forget the page kept before.
    if (response.ok && !response.redirected) await cache.put(TODAY, response.clone());
    else if (response.type === "opaqueredirect" || response.redirected) await cache.delete(TODAY);
    return response;
  } catch {
    return (await cache.match(TODAY)) ?? offlinePage();
  }
}

async function otherPage(request, url) {
  if (url.pathname === "/sign-in" || url.pathname === "/sign-up") await caches.delete(PAGE_CACHE);
  try {
    return await fetch(request);
  } catch {
    return offlinePage();
  }
}

self.addEventListener("fetch", (event) => {
  const { request } = event;
  if (request.method !== "GET") return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (url.pathname.startsWith("/_next/static/")) {
    event.respondWith(staticAsset(request));
  } else if (request.mode === "navigate") {
    event.respondWith(url.pathname === TODAY ? todayPage(request) : otherPage(request, url));
  }
});
