import { expect, test, type Page } from "@playwright/test";
import { signedInUser } from "./fixtures";

const player = (page: Page) => page.getByTestId("round-player");

async function startFromLink(page: Page, query: string) {
  await page.goto(`/interview?${query}`);
  await expect(page.getByRole("button", { name: "Start round" })).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/interview\/rounds\/[\w-]+$/);
  await expect(player(page)).toHaveAttribute("data-stage", "ready");
  await keysReady(page);
}

/** The round player is hydrated and listens to the keyboard. */
async function keysReady(page: Page) {
  await expect(player(page)).toHaveAttribute("data-interactive", "true");
}

async function questionCount(page: Page): Promise<number> {
  const text = (await page.getByTestId("progress").textContent()) ?? "";
  return Number(/of (\d+)/.exec(text)?.[1]);
}

/** "1:30" → 90 000 ms. */
async function clockMs(page: Page): Promise<number> {
  const [m, s] = ((await page.getByTestId("countdown").textContent()) ?? "0:0").split(":").map(Number);
  return ((m ?? 0) * 60 + (s ?? 0)) * 1000;
}

test("a full lightning round by keyboard, the clock running out on one question, reschedules the cards", async ({ page }) => {
  await page.clock.install();
  await signedInUser(page, "lightning");
  await startFromLink(page, "kind=lightning&seed=42");
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 10");

  await page.keyboard.press("Enter");
  await expect(player(page)).toHaveAttribute("data-stage", "answering");
  await expect(page.getByTestId("countdown")).toHaveText("0:30");
  // Question 1: say nothing and let the 30-second clock run out.
  await page.clock.runFor(31_000);
  await expect(player(page)).toHaveAttribute("data-stage", "review");
  await expect(page.getByTestId("time-used")).toContainText("Time's up");
  await page.keyboard.press("1");
  await expect(page.getByTestId("key-point-0").getByRole("checkbox")).toBeChecked();
  await page.keyboard.press("1");
  await expect(page.getByTestId("key-point-0").getByRole("checkbox")).not.toBeChecked();
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");

  // Questions 2–10: answer early by keyboard; the next question starts on its own.
  for (let i = 1; i < 10; i++) {
    await expect(player(page)).toHaveAttribute("data-index", String(i));
    await expect(player(page)).toHaveAttribute("data-stage", "answering");
    await expect(page.getByTestId("answer-input")).toBeFocused();
    await page.keyboard.type("Replicas agree by quorum; retries need idempotency keys.");
    await page.keyboard.press("Control+Enter");
    await expect(player(page)).toHaveAttribute("data-stage", "review");
    await expect(page.getByTestId("time-used")).toContainText("Answered in");
    await page.keyboard.press("1");
    await page.keyboard.press("2");
    await page.keyboard.press("n");
  }

  const summary = page.getByTestId("round-summary");
  await expect(summary).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("summary-question")).toHaveCount(10);
  await expect(page.getByTestId("ratings-sent")).toContainText("10 cards rescheduled");
  await expect(page.getByTestId("summary-question").first()).toContainText("0:30 of 0:30");
  await expect(page.getByTestId("weakest-topics")).toBeVisible();
  await expect(page.getByTestId("share-link")).toHaveAttribute("href", "/interview?kind=lightning&seed=42");

  // A reload does not rate again.
  await page.reload();
  await expect(page.getByTestId("ratings-sent")).toContainText("10 cards rescheduled");

  // The graded card is on the schedule now: its note shows it studied, and Today offers it no longer as new.
  const cardId = (await page.getByTestId("summary-question").first().getAttribute("data-card-id")) ?? "";
  await page.goto(`/notes/${cardId.split(":")[0]}`);
  await expect(page.locator(`article[data-card-id="${cardId}"] [data-standing]`)).not.toHaveAttribute("data-standing", /unseen|new/);
  await page.goto("/today");
  await expect(page.getByTestId("count-new")).toHaveText("10");
});

test("ticking every key point of a typed answer that names none of them says why it counts one less", async ({ page }) => {
  await signedInUser(page, "capped");
  await startFromLink(page, "kind=drills&seed=5&topics=idempotency");
  await expect(page.getByTestId("question-prompt")).toContainText(/Idempotency Keys Fix Them\s*Explain it in 30 seconds/);
  await page.keyboard.press("Enter");
  await page.getByTestId("answer-input").fill("I would rather talk about the weather.");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("names-none")).toBeVisible();
  for (const key of ["1", "2", "3", "4", "5", "6", "7", "8", "9"]) await page.keyboard.press(key);
  await expect(page.getByTestId("live-score")).toHaveText("All 9 ticked, counted as 8: your typed answer names none of them · rates Good");
});

test("a typed drill highlights the key terms it names; summary and history show it", async ({ page }) => {
  await signedInUser(page, "drill");
  await startFromLink(page, "kind=drills&seed=5&topics=idempotency");
  await expect(page.getByTestId("progress")).toHaveText("Question 1 of 1");
  // The only note tagged "idempotency" is the retries walkthrough; its drill has 9 key points.
  await expect(page.getByTestId("question-prompt")).toContainText(/Idempotency Keys Fix Them\s*Explain it in 30 seconds/);
  await page.keyboard.press("Enter");
  await page.getByTestId("answer-input").fill("Clients send Idempotency Keys with at least once delivery; timeout ambiguities are solved by deduplication with a unique constraint.");
  await page.keyboard.press("Control+Enter");

  const marks = page.getByTestId("typed-answer").locator("mark");
  await expect(marks).toHaveText(["Idempotency Keys", "at least once", "timeout ambiguities", "deduplication", "unique constraint"]);
  // Found whatever the case, number or hyphenation: plurals match the note's singular key terms.
  await expect(marks.nth(0)).toHaveAttribute("data-term", "idempotency key");
  await expect(marks.nth(1)).toHaveAttribute("data-term", "at-least-once");
  await expect(marks.nth(2)).toHaveAttribute("data-term", "timeout ambiguity");
  await expect(page.getByTestId("detected-terms")).toContainText("idempotency key, at-least-once, timeout ambiguity, deduplication, unique constraint");
  await expect(page.getByTestId("key-point-0")).toContainText("named");
  for (const key of ["1", "2", "3", "4", "5"]) await page.keyboard.press(key);
  await expect(page.getByTestId("live-score")).toContainText("5 of 9 key points · rates Hard");
  await page.keyboard.press("Enter");

  await expect(page.getByTestId("round-summary")).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("round-score")).toHaveText("56%");
  await expect(page.getByTestId("question-score")).toContainText("5/9 key points (56%) · Hard");
  await expect(page.getByTestId("notes-to-reread").getByRole("link", { name: /Idempotency Keys Fix Them/ })).toBeVisible();
  const roundUrl = page.url();

  await page.goto("/interview/history");
  await expect(page.getByTestId("score-chart").locator("circle")).toHaveCount(1);
  await expect(page.getByTestId("history-row")).toHaveCount(1);
  await page.getByLabel("Round type").selectOption("lightning");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page.getByTestId("history-empty")).toBeVisible();
  await page.getByLabel("Round type").selectOption("drills");
  await page.getByLabel("Topic").selectOption("idempotency");
  await page.getByRole("button", { name: "Filter" }).click();
  await expect(page).toHaveURL(/kind=drills&topic=idempotency/);
  await expect(page.getByTestId("history-row")).toHaveCount(1);
  await page.getByTestId("history-row").getByRole("link").click();
  await expect(page).toHaveURL(roundUrl);
  await expect(page.getByTestId("typed-answer").locator("mark")).toHaveCount(5);
});

test("a reload mid-round resumes where it was; abandoning rates nothing", async ({ page }) => {
  await signedInUser(page, "resume");
  await startFromLink(page, "kind=lightning&seed=7");
  await page.keyboard.press("Enter");
  await page.keyboard.type("A quorum of replicas");
  await page.keyboard.press("Control+Enter");
  await expect(player(page)).toHaveAttribute("data-stage", "review");
  const firstCard = (await page.getByTestId("question").getAttribute("data-card-id")) ?? "";

  // Reloaded while grading: back on the same answer, text kept.
  await page.reload();
  await expect(player(page)).toHaveAttribute("data-index", "0");
  await expect(player(page)).toHaveAttribute("data-stage", "review");
  await expect(page.getByTestId("typed-answer")).toHaveText("A quorum of replicas");
  await keysReady(page);
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(player(page)).toHaveAttribute("data-index", "1");
  await page.keyboard.type("Leader election");
  await page.keyboard.press("Control+Enter");
  await expect(player(page)).toHaveAttribute("data-stage", "review");
  await page.keyboard.press("Enter");
  await expect(player(page)).toHaveAttribute("data-stage", "answering");
  await page.keyboard.type("Vector clocks");
  const secondsLeft = async () => {
    const [minutes = 0, seconds = 0] = ((await page.getByTestId("countdown").textContent()) ?? "").split(":").map(Number);
    return minutes * 60 + seconds;
  };
  const full = await secondsLeft();
  await expect.poll(secondsLeft, { timeout: 10_000 }).toBeLessThanOrEqual(full - 3);

  // Reloaded mid-question: question 3 resumes as it was, its clock still running, the text kept.
  await page.reload();
  await expect(player(page)).toHaveAttribute("data-index", "2");
  await expect(player(page)).toHaveAttribute("data-stage", "answering");
  await expect(page.getByTestId("answer-input")).toHaveValue("Vector clocks");
  expect(await secondsLeft()).toBeLessThanOrEqual(full - 3);
  await expect(page.getByTestId("progress")).toHaveText("Question 3 of 10");
  await page.goto("/interview");
  await expect(page.getByTestId("active-round")).toContainText("2 of 10 answered");
  await page.getByRole("link", { name: "Resume it" }).click();
  await expect(player(page)).toHaveAttribute("data-index", "2");
  await expect(page.getByTestId("answer-input")).toHaveValue("Vector clocks");

  await page.getByRole("button", { name: "Abandon round" }).click();
  await page.getByRole("button", { name: "Yes, abandon" }).click();
  await expect(page.getByTestId("round-summary")).toHaveAttribute("data-status", "abandoned");
  await expect(page.getByText("nothing in it was rated")).toBeVisible();
  await page.goto(`/notes/${firstCard.split(":")[0]}`);
  await expect(page.locator(`article[data-card-id="${firstCard}"] [data-standing]`)).toHaveCount(0);
  await page.goto("/interview/history");
  await expect(page.getByTestId("history-row")).toHaveAttribute("data-status", "abandoned");
});

test("a follow-up chain (answered aloud) and a full round with its phase timer run end to end", async ({ page }) => {
  await page.context().grantPermissions(["microphone"]);
  await page.clock.install();
  await signedInUser(page, "chain");

  await startFromLink(page, "kind=follow-up&seed=3");
  const chain = await questionCount(page);
  expect(chain === 3 || chain === 4).toBe(true);
  await page.keyboard.press("m");
  await expect(page.getByRole("radio", { name: /Speak my answer/ })).toBeChecked();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("recording-status")).toContainText("Recording");
  await page.keyboard.press("Control+Enter");
  await expect(player(page)).toHaveAttribute("data-stage", "review");
  await expect(page.getByTestId("recording")).toBeVisible();
  await page.keyboard.press("Enter");
  for (let i = 1; i < chain; i++) {
    await expect(player(page)).toHaveAttribute("data-stage", "answering");
    await expect(page.getByTestId("countdown")).toHaveText("1:30");
    await page.clock.runFor(91_000);
    await expect(player(page)).toHaveAttribute("data-stage", "review");
    await page.keyboard.press("Enter");
  }
  await expect(page.getByTestId("round-summary")).toHaveAttribute("data-status", "completed");
  await expect(page.getByTestId("summary-question")).toHaveCount(chain);
  // The spoken answer plays back from this device.
  await expect(page.getByTestId("summary-question").first().getByTestId("recording")).toBeVisible();
  // ...until the learner deletes it from the device; a reload finds it gone too.
  const chainReport = page.url();
  await page.getByTestId("delete-recordings").getByRole("button", { name: "Delete recordings" }).click();
  // (The questions after the first ran out of time while still being recorded: those count too.)
  const confirm = page.getByTestId("delete-recordings");
  await expect(confirm).toContainText(/Delete \d+ recordings? from this device\?/);
  const recorded = Number(/Delete (\d+)/.exec((await confirm.textContent()) ?? "")?.[1]);
  expect(recorded).toBeGreaterThanOrEqual(1);
  await page.getByRole("button", { name: "Yes, delete" }).click();
  await expect(page.getByTestId("recordings-deleted")).toBeVisible();
  await expect(page.getByTestId("recording")).toHaveCount(0);
  await expect(page.getByText("The recording is not on this device.")).toHaveCount(recorded);
  await page.goto(chainReport);
  await expect(page.getByText("The recording is not on this device.")).toHaveCount(recorded);
  await expect(page.getByTestId("recording")).toHaveCount(0);
  await expect(page.getByTestId("delete-recordings")).toHaveCount(0);

  await startFromLink(page, "kind=full&seed=3");
  await expect(page.getByTestId("phase-timer").locator("li")).toHaveCount(4);
  const full = await questionCount(page);
  await page.keyboard.press("Enter");
  for (let i = 0; i < full; i++) {
    await expect(player(page)).toHaveAttribute("data-index", String(i));
    await expect(player(page)).toHaveAttribute("data-stage", "answering");
    if (i === 0) await expect(page.locator('[data-phase="requirements"]')).toHaveAttribute("aria-current", "step");
    await page.clock.runFor((await clockMs(page)) + 1_000);
    await expect(player(page)).toHaveAttribute("data-stage", "review");
    if (i === 0) await expect(page.locator('[data-phase="requirements"]')).toContainText("6:00 / 6:00");
    await page.keyboard.press("Enter");
  }
  await expect(page.getByTestId("round-summary")).toHaveAttribute("data-status", "completed");
  await expect(page.getByText("Deep dive: failure handling", { exact: true })).toBeVisible();
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the start page opens at its top with Start round focused, and Enter starts the round", async ({ page }) => {
    await signedInUser(page, "interview-phone");
    await page.goto("/interview?kind=lightning&seed=7");
    const start = page.getByRole("button", { name: "Start round" });
    await expect(start).toBeFocused();
    // The button is far below the fold here: focusing it must not scroll the heading away.
    await expect(start).not.toBeInViewport();
    await expect(page.getByRole("heading", { level: 1, name: "Mock interview" })).toBeInViewport();
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/interview\/rounds\/[\w-]+$/);
  });
});
