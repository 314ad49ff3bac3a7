import { expect, test, type Page } from "@playwright/test";
import { signedInUser } from "./fixtures";

// The e2e server reads a copy of content/ plus tests/fixtures/content-e2e (an XSS note and a
// broken note), so counts are lower bounds.

const noteItems = (page: Page) => page.getByTestId("note-list").locator("li[data-note-id]");
const searchBox = (page: Page) => page.getByRole("searchbox", { name: "Search" });

test("the library lists every note and searches by alias, tag and accent-free title", async ({ page }) => {
  await signedInUser(page, "lib-search");
  await page.goto("/library");
  await expect(page.getByRole("heading", { level: 1, name: "Library" })).toBeVisible();
  expect(await noteItems(page).count()).toBeGreaterThanOrEqual(30);
  const cap = page.locator('li[data-note-id="cap-theorem"]');
  await expect(cap.getByTestId("card-count")).toHaveText(/^\d+ cards$/);

  await searchBox(page).fill("Brewer's theorem");
  await expect(page).toHaveURL(/\/library\?q=Brewer%27s\+theorem$/);
  await expect(noteItems(page).first()).toHaveAttribute("data-note-id", "cap-theorem");

  await searchBox(page).fill("BRÈWER");
  await expect(page).toHaveURL(/q=BR%C3%88WER/);
  await expect(noteItems(page).first()).toHaveAttribute("data-note-id", "cap-theorem");

  // A tag: every note shown carries it.
  await searchBox(page).fill("monitoring");
  await expect(page).toHaveURL(/q=monitoring/);
  await expect(page.locator('li[data-note-id="observability"]')).toBeVisible();
  const count = await noteItems(page).count();
  expect(count).toBeGreaterThan(0);
  expect(count).toBeLessThan(30);

  // Clicking a tag filters by it.
  await page.goto("/notes/cap-theorem");
  await page.getByRole("complementary", { name: "About this note" }).getByRole("link", { name: "#consistency" }).click();
  await expect(page).toHaveURL(/\/library\?tag=consistency$/);
  await expect(page.getByLabel("Tag")).toHaveValue("consistency");
  for (const item of await noteItems(page).all()) await expect(item.getByRole("link", { name: "#consistency" })).toBeVisible();
});

test("library filters live in the URL: shareable, and Back undoes them", async ({ page }) => {
  await signedInUser(page, "lib-filters");
  await page.goto("/library");
  await page.getByLabel("Area").selectOption("operations");
  await expect(page).toHaveURL(/\/library\?area=operations$/);
  await expect(noteItems(page).first()).toHaveAttribute("data-area", "operations");
  for (const area of await noteItems(page).evaluateAll((els) => els.map((e) => e.getAttribute("data-area")))) expect(area).toBe("operations");

  await page.getByLabel("Difficulty").selectOption("hard");
  await expect(page).toHaveURL(/\/library\?area=operations&difficulty=hard$/);
  await expect(page.getByTestId("result-count")).toContainText("match");
  const hard = await noteItems(page).evaluateAll((els) => els.map((e) => [e.getAttribute("data-area"), e.getAttribute("data-difficulty")]));
  expect(hard.length).toBeGreaterThan(0);
  for (const [area, difficulty] of hard) expect([area, difficulty]).toEqual(["operations", "hard"]);

  // The same URL in a fresh page shows the same filtered list.
  const shared = await page.context().newPage();
  await shared.goto("/library?area=operations&difficulty=hard");
  await expect(shared.getByLabel("Area")).toHaveValue("operations");
  await expect(shared.getByLabel("Difficulty")).toHaveValue("hard");
  expect(await noteItems(shared).count()).toBe(hard.length);
  await shared.close();

  await page.goBack();
  await expect(page).toHaveURL(/\/library\?area=operations$/);
  await expect(page.getByLabel("Difficulty")).toHaveValue("");
  await page.goBack();
  await expect(page).toHaveURL(/\/library$/);
  await expect(page.getByLabel("Area")).toHaveValue("");
  expect(await noteItems(page).count()).toBeGreaterThanOrEqual(30);
});

test("a search that matches nothing says so and offers to clear the filters", async ({ page }) => {
  await signedInUser(page, "lib-empty");
  await page.goto("/library?q=zzzz-no-such-note&type=walkthrough");
  const empty = page.getByTestId("empty-state");
  await expect(empty).toContainText("No notes match");
  await expect(page.getByTestId("note-list")).toHaveCount(0);
  await expect(searchBox(page)).toHaveValue("zzzz-no-such-note");
  await empty.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/library$/);
  await expect(searchBox(page)).toHaveValue("");
  await expect(page.getByLabel("Type")).toHaveValue("");
  expect(await noteItems(page).count()).toBeGreaterThanOrEqual(30);
});

test("a note page renders tables, code in monospace, its trap cards, and links to other notes", async ({ page }) => {
  await signedInUser(page, "note-page");
  await page.goto("/notes/idempotency");
  const body = page.getByTestId("note-body");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await expect(body.locator("table").first()).toBeVisible();
  expect(await body.locator("table th").count()).toBeGreaterThan(1);
  const pre = body.locator("pre").filter({ hasText: "CREATE TABLE idempotency_keys" });
  await expect(pre).toBeVisible();
  expect(await pre.evaluate((el) => getComputedStyle(el).fontFamily)).toMatch(/mono|courier|consolas/i);

  const about = page.getByRole("complementary", { name: "About this note" });
  await expect(about).toContainText("difficulty", { ignoreCase: true });
  await expect(page.getByTestId("note-aliases")).toContainText("idempotency key");

  const traps = page.locator('[data-card-group="trap"] [data-card-id]');
  expect(await traps.count()).toBeGreaterThanOrEqual(3);
  const first = traps.first();
  await expect(first.locator('[data-card-kind="trap"]')).toHaveText("Trap");
  const answer = first.getByTestId("card-answer");
  await expect(answer).toBeHidden();
  await first.getByText("Show answer").click();
  await expect(answer).toBeVisible();
  await expect(page.locator('[data-card-group="drill"] [data-card-id]')).toHaveCount(1);

  // A note-file link in the body goes to that note's page.
  const bodyLink = body.locator('a[href^="/notes/"]').first();
  const target = await bodyLink.getAttribute("href");
  expect(target).toMatch(/^\/notes\/[a-z0-9-]+$/);
  await bodyLink.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.getByTestId("note-body")).toBeVisible();

  // So does a prerequisite in the side panel.
  await page.goto("/notes/walkthrough-request-flow");
  // Its ```sim block is the simulation player (issue 5).
  await expect(page.getByTestId("sim-player")).toHaveAttribute("data-sim-player", "request-flow");
  const prerequisite = page.getByTestId("prerequisites").getByRole("link").first();
  const title = (await prerequisite.textContent()) ?? "";
  await prerequisite.click();
  await expect(page).toHaveURL(/\/notes\/[a-z0-9-]+$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
});

test("a page of one thing by an id that names nothing answers 404 with its own not-found page", async ({ page }) => {
  await signedInUser(page, "note-404");
  for (const [path, heading] of [
    ["/notes/no-such-note-anywhere", "No such note"],
    ["/author/no-such-note-anywhere", "No such note"],
    ["/sims/no-such-scenario", "No such simulation"],
    ["/interview/rounds/no-such-round", "No such round"],
  ] as const) {
    // No loading state streams ahead of these pages, so the status is the real one.
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole("heading", { name: heading })).toBeVisible();
    await expect(page.getByRole("main")).toHaveCount(1);
  }
  await page.goto("/author/no-such-note-anywhere");
  await expect(page.getByRole("link", { name: "All notes and their problems" })).toHaveAttribute("href", "/author");
});

test("every page names its icon, so browsers do not ask for a missing /favicon.ico", async ({ page, request }) => {
  await page.goto("/sign-in");
  const href = await page.locator('link[rel="icon"]').first().getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const icon = await request.get(href ?? "");
  expect(icon.status()).toBe(200);
  expect(icon.headers()["content-type"]).toContain("image/svg+xml");
});

test("a broken note shows its problems while every other note still serves", async ({ page }) => {
  await signedInUser(page, "broken");
  await page.goto("/library?q=broken");
  const item = page.locator('li[data-note-id="broken-note"]');
  await expect(item).toHaveAttribute("data-broken", "true");
  await expect(item.getByTestId("broken-badge")).toBeVisible();

  await item.getByRole("link").first().click();
  await expect(page).toHaveURL(/\/notes\/broken-note$/);
  const problems = page.getByTestId("note-problems");
  await expect(problems).toBeVisible();
  await expect(problems.locator('[data-problem="error"]').filter({ hasText: "e2e/broken-note.md:5 importance" })).toContainText("integer from 0 to 100");
  await expect(problems.locator('[data-problem="error"]').filter({ hasText: "title" }).first()).toBeVisible();

  await page.goto("/notes/cap-theorem");
  await expect(page.getByTestId("note-body")).toBeVisible();
  await expect(page.getByTestId("note-problems")).toHaveCount(0);
});

test("the author page lists notes with card counts, problems and coverage, and previews cards", async ({ page }) => {
  await signedInUser(page, "author");
  await page.goto("/author");
  const rows = page.getByTestId("author-notes").locator("tbody tr[data-note-id]");
  await expect(rows.first()).toBeVisible();
  expect(await rows.count()).toBeGreaterThanOrEqual(30);
  const cap = page.locator('tr[data-note-id="cap-theorem"]');
  expect(Number(await cap.getByTestId("card-count").textContent())).toBeGreaterThanOrEqual(5);
  expect(Number(await cap.locator('td[data-kind="trap"]').textContent())).toBeGreaterThanOrEqual(3);
  expect(Number(await cap.locator('td[data-kind="drill"]').textContent())).toBe(1);

  for (const id of ["coverage-no-traps", "coverage-no-drill", "coverage-broken-links", "coverage-orphaned-cards", "coverage-broken-files"]) {
    await expect(page.getByTestId(id)).toBeVisible();
  }
  await expect(page.getByTestId("coverage-broken-files")).toContainText("e2e/broken-note.md");
  await expect(page.locator('tr[data-note-id="broken-note"]')).toHaveAttribute("data-broken", "true");
  await expect(page.getByRole("list", { name: "Problems in e2e/broken-note.md" })).toContainText("e2e/broken-note.md:5");

  await page.getByRole("link", { name: "CAP Theorem (Practical)", exact: true }).click();
  await expect(page).toHaveURL(/\/author\/cap-theorem$/);
  await expect(page.getByRole("heading", { name: /Card previews/ })).toBeVisible();
  const previews = page.locator("[data-card-id]");
  expect(await previews.count()).toBeGreaterThanOrEqual(5);
  const trap = page.locator('[data-card-id^="cap-theorem:trap:"]').first();
  await expect(trap.getByTestId("card-answer")).toBeHidden();
  await trap.getByText("Show answer").click();
  await expect(trap.getByTestId("card-answer")).toBeVisible();
});

test("an XSS note renders inert: no script runs, no dangerous element or attribute reaches the DOM", async ({ page }) => {
  const dialogs: string[] = [];
  page.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  await signedInUser(page, "xss");
  await page.goto("/notes/xss-note");
  const body = page.getByTestId("note-body");
  await expect(body).toContainText("XSS-MARKER-TOP");
  await expect(body).toContainText("XSS-MARKER-TLDR");
  await expect(page.getByRole("heading", { level: 1 })).toContainText("XSS fixture <img");

  // Open every answer, then let anything that could fire fire.
  for (const summary of await page.locator("[data-card-id] summary").all()) await summary.click();
  await expect(page.getByText("XSS-MARKER-ANSWER").first()).toBeVisible();
  await body.locator("a", { hasText: "javascript link" }).click();
  await page.mouse.move(10, 10);
  await page.waitForLoadState("networkidle");

  expect(await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined();
  expect(dialogs).toEqual([]);
  await expect(page).toHaveURL(/\/notes\/xss-note$/);

  const found = await page.evaluate(() => {
    const main = document.querySelector("main");
    const all = [...(main?.querySelectorAll("*") ?? [])];
    return {
      scripts: main?.querySelectorAll("script").length ?? -1,
      frames: document.querySelectorAll("iframe, frame, object, embed").length,
      svg: main?.querySelectorAll("svg").length ?? -1,
      forms: main?.querySelectorAll("form").length ?? -1,
      handlers: all.filter((el) => [...el.attributes].some((a) => a.name.toLowerCase().startsWith("on"))).map((el) => el.outerHTML.slice(0, 80)),
      badUrls: all
        .flatMap((el) => ["href", "src", "action", "formaction", "srcdoc"].map((name) => el.getAttribute(name)))
        .filter((v): v is string => v !== null && /^\s*(javascript|data|vbscript):|<script/i.test(v)),
      imgWithoutSafeSrc: [...(main?.querySelectorAll("img") ?? [])].filter((img) => img.getAttribute("src") === "x").length,
    };
  });
  expect(found).toEqual({ scripts: 0, frames: 0, svg: 0, forms: 0, handlers: [], badUrls: [], imgWithoutSafeSrc: 0 });

  // The link text survives, without its target.
  await expect(body.locator("a", { hasText: "javascript link" })).not.toHaveAttribute("href", /.*/);
  // The same note in the library and on the author page is inert too.
  await page.goto("/library?q=xss");
  await expect(page.locator('li[data-note-id="xss-note"]')).toBeVisible();
  await page.goto("/author/xss-note");
  for (const summary of await page.locator("[data-card-id] summary").all()) await summary.click();
  expect(await page.evaluate(() => (window as Window & { __xss?: unknown }).__xss)).toBeUndefined();
  expect(await page.evaluate(() => document.querySelectorAll("main iframe, main script, main [onerror], main [onclick]").length)).toBe(0);
  expect(dialogs).toEqual([]);
});

test("the content-change stream used by `npm run dev` does not exist in production", async ({ request }) => {
  const response = await request.get("/api/dev/content-events");
  expect(response.status()).toBe(404);
});
