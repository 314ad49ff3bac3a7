import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard, reviewKeysReady, setNewCardsPerDay, signedInUser } from "./fixtures";

async function counts(page: Page) {
  const read = async (id: string) => Number(await page.getByTestId(id).textContent());
  return { new: await read("count-new"), learning: await read("count-learning"), review: await read("count-review") };
}

test("a new learner reviews by keyboard: reveal, grade, undo restores the card", async ({ page }) => {
  await signedInUser(page, "review");
  await page.goto("/today");
  const before = await counts(page);
  expect(before.new).toBe(20); // the default new-card limit, with a library much larger than that
  expect(before.review).toBe(0);

  const card = page.getByTestId("review-card");
  const first = await card.getAttribute("data-card-id");
  await reviewKeysReady(page);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-answer")).toBeVisible();
  // Each grade shows its next interval.
  await expect(page.getByTestId("grade-1")).toContainText(/\d+(m|h|d)/);
  await expect(page.getByTestId("grade-4")).toContainText(/\d+(\.\d)?(d|mo|y)/);
  await page.keyboard.press("3");
  await expect(card).not.toHaveAttribute("data-card-id", first ?? "");
  // Good on a new card starts its learning steps: it moves from New to Learning.
  await expect.poll(() => counts(page)).toEqual({ new: before.new - 1, learning: 1, review: 0 });
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");

  await page.keyboard.press("z");
  await expect(card).toHaveAttribute("data-card-id", first ?? "");
  await expect(page.getByTestId("review-notice")).toContainText("Undone");
  await expect.poll(() => counts(page)).toEqual(before);

  // The undo reached the server: a reload shows the same queue.
  await page.reload();
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", first ?? "");
  await expect.poll(() => counts(page)).toEqual(before);
});

test("a card answered Again comes back once due, after the card on screen and ahead of the new cards waiting", async ({ page }) => {
  await page.clock.install();
  await signedInUser(page, "again");
  await page.goto("/today");
  const forgotten = await answerByKeyboard(page, 1);
  await answerByKeyboard(page, 3);
  await answerByKeyboard(page, 3);
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");
  const card = page.getByTestId("review-card");
  const onScreen = (await card.getAttribute("data-card-id")) ?? "";
  expect([forgotten, ""]).not.toContain(onScreen);

  // Again's first step is a minute; the new cards still waiting would take far longer.
  await page.clock.fastForward("01:05");
  await expect(card).toHaveAttribute("data-card-id", onScreen);
  await answerByKeyboard(page, 3);
  await expect(card).toHaveAttribute("data-card-id", forgotten);
});

test("a day longer than one batch: the counts cover the whole day, the next cards load as it goes, offline it says what waits", async ({ page, context }) => {
  test.setTimeout(120_000);
  await signedInUser(page, "batches");
  await setNewCardsPerDay(page, 40);

  await page.goto("/today");
  // The page carries the first 25 cards; the header counts all 40.
  await expect.poll(() => counts(page)).toEqual({ new: 40, learning: 0, review: 0 });
  await reviewKeysReady(page);

  // Offline, the next batch cannot load: the first 25 can still be answered, then the learner
  // is told how many cards wait and why, instead of "Done for today".
  await context.setOffline(true);
  const seen = new Set<string>();
  for (let i = 0; i < 25; i++) seen.add(await answerByKeyboard(page, 4)); // Easy: not due again today
  await expect(page.getByTestId("loading-more")).toContainText("15 more cards today");
  await expect(page.getByTestId("load-error")).toContainText("offline");
  await expect(page.getByTestId("done-for-today")).toHaveCount(0);

  // Back online: the answers sync and the rest of the day loads, none of it a card already seen.
  await context.setOffline(false);
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByTestId("review-card")).toBeVisible();
  await expect.poll(() => counts(page)).toEqual({ new: 15, learning: 0, review: 0 });
  for (let i = 0; i < 15; i++) seen.add(await answerByKeyboard(page, 4));
  expect(seen.size).toBe(40);
  await expect(page.getByTestId("done-for-today")).toBeVisible();
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved", { timeout: 20_000 });
  await page.reload();
  await expect(page.getByTestId("done-for-today")).toBeVisible();
  await expect.poll(() => counts(page)).toEqual({ new: 0, learning: 0, review: 0 });
});

test("answers given offline are kept, survive a reload and sync once the server is back", async ({ page, context }) => {
  await signedInUser(page, "offline");
  await page.goto("/today");
  const before = await counts(page);

  await context.setOffline(true);
  const a = await answerByKeyboard(page, 3);
  const b = await answerByKeyboard(page, 4);
  await expect(page.getByTestId("sync-status")).toHaveText("2 answers waiting to sync (offline)");

  // The network comes back but the server still fails: the answers must survive a reload.
  await page.route("**/api/reviews", (route) => route.fulfill({ status: 503, body: "{}" }));
  await context.setOffline(false);
  await page.reload();
  await expect(page.getByTestId("sync-status")).toHaveText("2 answers waiting to sync (the server is not answering; retrying)");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", a ?? "");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", b ?? "");
  // The page was served without them, yet the counts already include them (Good: learning).
  await expect.poll(() => counts(page)).toEqual({ new: before.new - 2, learning: 1, review: 0 });

  await page.unroute("**/api/reviews");
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved", { timeout: 20_000 });

  // Applied exactly once: two fewer new cards, one card learning (Good), one in review (Easy).
  await page.reload();
  await expect.poll(() => counts(page)).toEqual({ new: before.new - 2, learning: 1, review: 0 });
});

test("offline, a reload still opens Today (the copy the service worker kept) with the answers given since; other pages say they need a connection", async ({ page, context }) => {
  await signedInUser(page, "offline-reload");
  await page.goto("/today");
  // Once the service worker controls the page, the next visit to Today is kept for offline use.
  // (Waited for as active, then a reload: a page loaded before activation may stay uncontrolled.)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  await expect.poll(() => page.evaluate(async () => (await (await caches.open("quorum-pages-v1")).match("/today")) !== undefined)).toBe(true);
  await reviewKeysReady(page);
  const before = await counts(page);

  await context.setOffline(true);
  const answered = await answerByKeyboard(page, 3);
  await expect(page.getByTestId("sync-status")).toHaveText("1 answer waiting to sync (offline)");
  await page.reload();
  await reviewKeysReady(page);
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expect(page.getByTestId("sync-status")).toHaveText("1 answer waiting to sync (offline)");
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", answered);
  await expect.poll(() => counts(page)).toEqual({ new: before.new - 1, learning: 1, review: 0 });

  await page.goto("/stats");
  await expect(page.getByTestId("offline-page")).toContainText("This page needs a connection");

  await context.setOffline(false);
  await page.goto("/today");
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved", { timeout: 20_000 });
  // The service worker may still be served its kept copy for a moment after the browser's
  // network comes back (the page's own requests already pass): reload until the server answers.
  await expect
    .poll(async () => {
      await page.reload();
      await reviewKeysReady(page);
      return counts(page);
    })
    .toEqual({ new: before.new - 1, learning: 1, review: 0 });

  // Signing out forgets the kept page: it was this learner's.
  const kept = () => page.evaluate(async () => (await caches.has("quorum-pages-v1")) && (await (await caches.open("quorum-pages-v1")).match("/today")) !== undefined);
  expect(await kept()).toBe(true);
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in/);
  await expect.poll(kept).toBe(false);
});

test("an answer on its way says Saving…; one held up says it waits, and why", async ({ page }) => {
  await signedInUser(page, "sync-status");
  await page.goto("/today");
  const status = page.getByTestId("sync-status");
  // The server's reply to the first answer is held back; the second answer is refused as if
  // the learner had signed out in another tab.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let sent = 0;
  await page.route("**/api/reviews", async (route) => {
    sent += 1;
    if (sent === 1) {
      await released;
      await route.continue();
    } else await route.fulfill({ status: 401, contentType: "application/json", body: JSON.stringify({ message: "Sign in" }) });
  });
  // Every text the status shows, and whether it is flagged, recorded as it changes (the first
  // may last only two seconds: asserting it after the fact cannot be late).
  await reviewKeysReady(page);
  await status.evaluate((node) => {
    const seen: string[] = [];
    (window as Window & { __syncSeen?: string[] }).__syncSeen = seen;
    new MutationObserver(() => seen.push(`${node.textContent}${(node.getAttribute("class") ?? "").includes("amber") ? " [flagged]" : ""}`)).observe(node, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
  await answerByKeyboard(page, 3);
  // Still on its way after two seconds: now it is reported as waiting.
  await expect(status).toHaveText("1 answer waiting to sync");
  await expect(status).toHaveClass(/amber/);
  release();
  await expect(status).toHaveText("All answers saved");
  const seen = await page.evaluate(() => [...new Set((window as Window & { __syncSeen?: string[] }).__syncSeen)]);
  expect(seen).toEqual(["Saving…", "1 answer waiting to sync [flagged]", "All answers saved"]);

  await answerByKeyboard(page, 3);
  await expect(status).toHaveText("1 answer waiting to sync (signed out: sign in again in this browser to save them)");
  await page.unroute("**/api/reviews");
  await page.evaluate(() => window.dispatchEvent(new Event("online")));
  await expect(status).toHaveText("All answers saved");
});

test("two tabs on the same card: the first answer wins, the second is told and moves on", async ({ page, context }) => {
  await signedInUser(page, "twotabs");
  await page.goto("/today");
  const other = await context.newPage();
  await other.goto("/today");
  const id = await page.getByTestId("review-card").getAttribute("data-card-id");
  await expect(other.getByTestId("review-card")).toHaveAttribute("data-card-id", id ?? "");

  await answerByKeyboard(page, 3);
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");
  await answerByKeyboard(other, 1);
  await expect(other.getByTestId("review-notice")).toContainText("already answered in another tab");
  await expect(other.getByTestId("sync-status")).toHaveText("All answers saved");
  // The second tab's "Again" was not applied: the card is still the learning card from tab one.
  await other.reload();
  await expect.poll(() => counts(other)).toMatchObject({ learning: 1 });
});

test("suspend and bury take the card out of today's queue", async ({ page }) => {
  await signedInUser(page, "suspend");
  await page.goto("/today");
  const before = await counts(page);
  const card = page.getByTestId("review-card");
  const first = await card.getAttribute("data-card-id");
  await reviewKeysReady(page);
  await page.keyboard.press("s");
  await expect(page.getByTestId("review-notice")).toContainText("suspended");
  await expect(card).not.toHaveAttribute("data-card-id", first ?? "");
  const second = await card.getAttribute("data-card-id");
  await page.keyboard.press("b");
  await expect(page.getByTestId("review-notice")).toContainText("buried until tomorrow");
  // Two new cards set aside free two places under the new-card limit: the server offers the
  // next two in their stead, and the session's counts say so before any reload does.
  await expect.poll(() => counts(page)).toEqual(before);
  await page.reload();
  const ids = [first, second];
  await expect(page.getByTestId("review-card")).not.toHaveAttribute("data-card-id", new RegExp(`^(${ids.join("|")})$`));
  expect(await counts(page)).toEqual(before);
});

/** A new learner on Today, ready for keys: the header's counts and the first card. */
async function openToday(page: Page, tag: string) {
  await signedInUser(page, tag);
  await page.goto("/today");
  const before = await counts(page);
  const first = (await page.getByTestId("review-card").getAttribute("data-card-id")) ?? "";
  await reviewKeysReady(page);
  return { before, first };
}

async function buryThenUndo(page: Page, first: string, between: () => Promise<void>) {
  await page.keyboard.press("b");
  await expect(page.getByTestId("review-notice")).toContainText("buried until tomorrow");
  await between();
  await page.keyboard.press("z");
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", first);
  await expect(page.getByTestId("review-notice")).toContainText("no longer buried");
}

test("undoing a burial gives its place back: the card offered in its stead leaves the session, as a reload shows", async ({ page }) => {
  const { before, first } = await openToday(page, "undo-offered");
  // The server offers the next new card in the buried one's place…
  await buryThenUndo(page, first, () => expect.poll(() => counts(page)).toEqual(before));
  // …and takes it back when the burial is undone: one over the new-card limit otherwise.
  await expect.poll(() => counts(page)).toEqual(before);
  await page.reload();
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", first);
  expect(await counts(page)).toEqual(before);
});

test("a burial undone before the server offered a card in its place: what the server offers late is not added", async ({ page }) => {
  const { before, first } = await openToday(page, "undo-late");
  // The session asks for the rest of the day by a server action (a POST to the page): the first
  // answer is held back until the burial has been undone.
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  let asked = 0;
  await page.route("**/today", async (route) => {
    if (route.request().method() === "POST" && asked++ === 0) await released;
    await route.continue();
  });
  await buryThenUndo(page, first, () => expect.poll(() => asked).toBe(1));
  release();
  // The late answer is dropped and the day asked for again, which has nothing more to offer.
  await expect.poll(() => asked).toBe(2);
  await expect.poll(() => counts(page)).toEqual(before);
  await page.reload();
  expect(await counts(page)).toEqual(before);
});

test("undo takes back a suspension or a burial, not the answer before it; a suspended card is unsuspended from its note page", async ({ page }) => {
  await signedInUser(page, "undo-actions");
  await page.goto("/today");
  const card = page.getByTestId("review-card");
  const notice = page.getByTestId("review-notice");
  await answerByKeyboard(page, 3); // Good: this card moves to Learning
  await expect.poll(() => counts(page)).toMatchObject({ learning: 1 });
  const second = (await card.getAttribute("data-card-id")) ?? "";

  for (const [key, word] of [["s", "suspended"], ["b", "buried"]] as const) {
    await page.keyboard.press(key);
    await expect(notice).toContainText(word);
    await expect(card).not.toHaveAttribute("data-card-id", second);
    await page.keyboard.press("z");
    await expect(card).toHaveAttribute("data-card-id", second);
    await expect(notice).toContainText(`no longer ${word}`);
  }
  // The answer before them still stands, and the server agrees: the card is neither buried nor suspended.
  await page.reload();
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", second);
  await expect.poll(() => counts(page)).toMatchObject({ learning: 1 });

  // After a tool is clicked with the mouse, Space reveals and grades the next card; it does not bury again.
  await reviewKeysReady(page);
  await page.getByTestId("bury").click();
  await expect(notice).toContainText("buried");
  const next = (await card.getAttribute("data-card-id")) ?? "";
  expect(next).not.toBe(second);
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-answer")).toBeVisible();
  await expect(card).toHaveAttribute("data-card-id", next);
  await page.keyboard.press("Space"); // Good
  await expect(card).not.toHaveAttribute("data-card-id", next);
  await expect(notice).not.toContainText("buried");
  await page.keyboard.press("z");
  await expect(card).toHaveAttribute("data-card-id", next);
  await page.keyboard.press("z");
  await expect(card).toHaveAttribute("data-card-id", second);

  // Suspended for good, then brought back from its note page.
  const noteHref = (await card.getByRole("link", { name: /^View note:/ }).getAttribute("href")) ?? "";
  await page.keyboard.press("s");
  await expect(notice).toContainText("suspended");
  await page.goto(noteHref);
  const face = page.locator(`article[data-card-id="${second}"]`);
  await expect(face.getByText("suspended", { exact: true })).toBeVisible();
  await face.getByRole("button", { name: "Unsuspend" }).click();
  await expect(face.getByText("suspended", { exact: true })).toHaveCount(0);
  await page.reload();
  await expect(page.locator(`article[data-card-id="${second}"]`).getByText("suspended", { exact: true })).toHaveCount(0);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("every link of the main navigation is on screen, none scrolled out of sight", async ({ page }) => {
    await signedInUser(page, "phone-nav");
    const nav = page.getByRole("navigation", { name: "Main" });
    for (const name of ["Today", "Library", "Simulations", "Mock interview", "Stats", "Author"]) {
      await expect(nav.getByRole("link", { name, exact: true })).toBeInViewport({ ratio: 1 });
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    // Settings is one tap away from every page, beside Sign out.
    const settings = page.getByRole("banner").getByRole("link", { name: "Settings", exact: true });
    await expect(settings).toBeInViewport({ ratio: 1 });
    await settings.click();
    await expect(page).toHaveURL(/\/settings$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Settings");
    await expect(settings).toHaveAttribute("aria-current", "page");
  });

  test("the review loop has buttons for undo, bury and suspend", async ({ page }) => {
    await signedInUser(page, "phone-review");
    await page.goto("/today");
    await reviewKeysReady(page);
    const card = page.getByTestId("review-card");
    const first = (await card.getAttribute("data-card-id")) ?? "";
    await expect(page.getByTestId("undo")).toBeDisabled();
    await page.getByTestId("reveal").tap();
    await page.getByTestId("grade-3").tap();
    await expect(card).not.toHaveAttribute("data-card-id", first);
    await page.getByTestId("undo").tap();
    await expect(card).toHaveAttribute("data-card-id", first);
    for (const [button, word] of [["bury", "buried"], ["suspend", "suspended"]] as const) {
      await expect(page.getByTestId(button)).toBeVisible();
      await page.getByTestId(button).tap();
      await expect(page.getByTestId("review-notice")).toContainText(word);
      await expect(card).not.toHaveAttribute("data-card-id", first);
      await page.getByTestId("undo").tap();
      await expect(card).toHaveAttribute("data-card-id", first);
    }
  });
});

test("a drill: time's up is said when the 30 seconds run out, and ticking a key point keeps the grade keys working", async ({ page }) => {
  await page.clock.install();
  await signedInUser(page, "drill");
  await page.goto("/today");
  await reviewKeysReady(page);
  const card = page.getByTestId("review-card");
  // Bury cards until the first 30-second drill of the day comes up (the 7th new card here).
  for (let i = 0; i < 20 && !(await card.getByText("30-second drill", { exact: true }).isVisible()); i++) {
    const id = (await card.getAttribute("data-card-id")) ?? "";
    await page.keyboard.press("b");
    await expect(card).not.toHaveAttribute("data-card-id", id);
  }
  await expect(card.getByText("30-second drill", { exact: true })).toBeVisible();
  const drill = (await card.getAttribute("data-card-id")) ?? "";
  await expect(page.getByTestId("drill-timer")).toHaveText("0:30");
  await page.clock.fastForward("00:31");
  await expect(page.getByTestId("time-up")).toBeVisible();
  await expect(page.getByTestId("card-answer")).toBeVisible();

  const tick = page.getByTestId("card-answer").getByRole("checkbox").first();
  await tick.check();
  // Space belongs to the focused tickbox (it unticks it); a grade key still grades.
  await page.keyboard.press("Space");
  await expect(tick).not.toBeChecked();
  await expect(card).toHaveAttribute("data-card-id", drill);
  await page.keyboard.press("3");
  await expect(card).not.toHaveAttribute("data-card-id", drill);
});

test("a card's note lists its answers: when, the grade, the phase it was in, the time taken", async ({ page }) => {
  await signedInUser(page, "card-history");
  await page.goto("/today");
  const cardId = await answerByKeyboard(page, 3);
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");

  await page.goto(`/notes/${cardId.split(":")[0]}`);
  const card = page.locator(`article[data-card-id="${cardId}"]`);
  const history = card.getByTestId("card-history");
  await expect(history.locator("summary")).toHaveText("Answers (1)");
  await expect(history.getByTestId("card-history-row")).toBeHidden();
  await history.locator("summary").click();
  const rows = history.getByTestId("card-history-row");
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole("cell")).toHaveText([/\w{3} \d{1,2}, \d{4}/, "Good", "new", /^(\d+s|–)$/, "review"]);
  // Cards of the note not answered yet show no history.
  await expect(page.locator(`article[data-card-id]:not([data-card-id="${cardId}"])`).getByTestId("card-history")).toHaveCount(0);
});

test("done with the day's new cards, a learner can learn more today; the next visit keeps them, the setting is unchanged", async ({ page }) => {
  await signedInUser(page, "learn-more");
  await setNewCardsPerDay(page, 1);

  await page.goto("/today");
  await expect.poll(() => counts(page)).toEqual({ new: 1, learning: 0, review: 0 });
  await answerByKeyboard(page, 4);
  const done = page.getByTestId("done-for-today");
  await expect(done).toContainText("Done for today");
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");

  await done.getByRole("button", { name: "Learn 10 more new cards today" }).click();
  await expect(page.getByTestId("review-card")).toBeVisible();
  await expect.poll(() => counts(page)).toEqual({ new: 10, learning: 0, review: 0 });
  await page.reload();
  await expect.poll(() => counts(page)).toEqual({ new: 10, learning: 0, review: 0 });
  await page.goto("/settings");
  await expect(page.getByLabel("New cards per day")).toHaveValue("1");
});
