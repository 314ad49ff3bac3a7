import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard, labelsCutOff, signedInUser } from "./fixtures";

/** One answer, then wait until it is stored (an answer given while another is being sent waits for the next sync). */
async function answerAndSync(page: Page, grade: 1 | 2 | 3 | 4) {
  await answerByKeyboard(page, grade);
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved", { timeout: 30_000 });
}

test("a new learner sees the empty state, then their first answers on the heatmap, forecast and mastery", async ({ page }) => {
  await signedInUser(page, "stats");
  await page.goto("/stats");
  await expect(page.getByTestId("stats-empty")).toContainText("No reviews yet — start on Today");
  await expect(page.getByTestId("heatmap")).toHaveCount(0);

  await page.getByRole("link", { name: "Go to Today" }).click();
  await expect(page).toHaveURL(/\/today$/);
  for (let i = 0; i < 3; i++) await answerAndSync(page, 3);

  await page.goto("/stats");
  await expect(page.getByTestId("stats-empty")).toHaveCount(0);
  const today = page.getByTestId("heatmap-today");
  await expect(today).toHaveAttribute("data-count", "3");
  await expect(page.getByTestId("reviews-total")).toHaveText("3");
  await expect(page.getByTestId("streak-current")).toHaveText("1 day");

  // Three new cards answered Good are in their learning steps: all due again today.
  await expect(page.getByTestId("forecast")).toBeVisible();
  await expect(page.getByTestId("forecast-day-0")).toHaveAttribute("data-count", "3");
  // Mastery: the started cards' topics show a percentage, the others "not started".
  await expect(page.getByTestId("mastery-topic").first()).toBeVisible();
  await expect(page.getByTestId("mastery-value").filter({ hasText: /^\d+%$/ }).first()).toBeVisible();
  await expect(page.getByTestId("mastery-value").filter({ hasText: "not started" }).first()).toBeVisible();

  // Keyboard: today's square is the heatmap's one tab stop; focusing it shows its number,
  // the arrow keys move to the neighbouring days.
  const caption = page.getByTestId("heatmap-caption");
  await today.focus();
  await expect(caption).toHaveText(/^3 reviews on /);
  await page.keyboard.press("ArrowUp");
  await expect(caption).toHaveText(/^No reviews on /);
  await page.keyboard.press("ArrowDown");
  await expect(caption).toHaveText(/^3 reviews on /);
  await expect(today).toBeFocused();

  for (const chart of ["heatmap", "forecast"]) expect(await labelsCutOff(page, chart), chart).toEqual([]);

  // Forecast bars answer to focus too.
  await page.getByTestId("forecast-day-0").focus();
  await expect(page.getByTestId("forecast-caption")).toHaveText("3 cards due today");
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("the heatmap opens on the latest weeks, its weekday labels still in view", async ({ page }) => {
    await signedInUser(page, "stats-phone");
    await page.goto("/today");
    await answerAndSync(page, 3);
    await page.goto("/stats");
    await expect(page.getByTestId("heatmap-today")).toBeInViewport();
    for (const day of ["Mon", "Wed", "Fri"]) await expect(page.getByTestId("heatmap-weekdays").getByText(day)).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
  });
});
