import { existsSync, readFileSync } from "node:fs";
import { expect, test, type Page } from "@playwright/test";
import { answerByKeyboard, signedInUser } from "./fixtures";

const HEADER = "review_time,card_id,review_rating,review_duration,review_state";
const SHARED = "/work/shared/data/revlog.csv";

async function newCount(page: Page): Promise<number> {
  return Number(await page.getByTestId("count-new").textContent());
}

async function importCsv(page: Page, name: string, csv: string): Promise<void> {
  await page.getByLabel("Review history CSV").setInputFiles({ name, mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
  await page.getByRole("button", { name: "Import" }).click();
}

test.describe("study settings", () => {
  test.use({ timezoneId: "Asia/Tokyo" });

  test("an invalid field is marked in place and keeps the values; fixed, the settings are saved and Today follows them", async ({ page }) => {
    await signedInUser(page, "settings");
    await page.goto("/settings");
    // A new user's time zone is taken from the browser.
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(page.getByLabel("Desired retention")).toHaveValue("0.90");

    await page.getByLabel("New cards per day").fill("3");
    await page.getByLabel("Desired retention").fill("1.5");
    await page.getByLabel("Day starts at").selectOption("5");
    const tag = page.getByRole("group", { name: "Tags" }).getByRole("checkbox").first();
    await tag.check();
    await page.getByRole("button", { name: "Save settings" }).click();

    const status = page.getByRole("status").filter({ hasText: "Nothing was saved" });
    await expect(status).toBeVisible();
    await expect(page.locator('[data-field-error="desiredRetention"]')).toHaveText("Desired retention must be at most 0.97");
    await expect(page.getByLabel("Desired retention")).toHaveAttribute("aria-invalid", "true");
    await expect(page.locator("[data-field-error]")).toHaveCount(1);
    // The other values stay as typed.
    await expect(page.getByLabel("New cards per day")).toHaveValue("3");
    await expect(page.getByLabel("Desired retention")).toHaveValue("1.5");
    await expect(page.getByLabel("Day starts at")).toHaveValue("5");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(tag).toBeChecked();

    await page.getByLabel("Desired retention").fill("0.85");
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
    await expect(page.locator("[data-field-error]")).toHaveCount(0);

    await page.reload();
    await expect(page.getByLabel("Desired retention")).toHaveValue("0.85");
    await expect(page.getByLabel("New cards per day")).toHaveValue("3");
    await expect(page.getByLabel("Time zone")).toHaveValue("Asia/Tokyo");
    await expect(page.getByLabel("Day starts at")).toHaveValue("5");
    await expect(tag).toBeChecked();

    await page.goto("/today");
    await expect.poll(() => newCount(page)).toBe(3);
  });

  test("chosen areas are saved and shown ticked", async ({ page }) => {
    await signedInUser(page, "tags");
    await page.goto("/settings");
    const area = page.getByRole("group", { name: "Areas" }).getByRole("checkbox").first();
    await area.check();
    await page.getByRole("button", { name: "Save settings" }).click();
    await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
    await page.reload();
    await expect(page.getByRole("group", { name: "Areas" }).getByRole("checkbox").first()).toBeChecked();
  });
});

test.describe("review history", () => {
  test("export after answering two cards holds those two answers", async ({ page }) => {
    await signedInUser(page, "export");
    await page.goto("/today");
    const answered: string[] = [];
    for (let k = 0; k < 2; k += 1) {
      answered.push(await answerByKeyboard(page, 3));
      await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");
    }

    await page.goto("/settings");
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-history").click()]);
    expect(download.suggestedFilename()).toMatch(/^quorum-reviews-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = readFileSync(await download.path(), "utf8").trim().split("\n");
    expect(lines[0]).toBe(HEADER);
    expect(lines).toHaveLength(3);
    const rows = lines.slice(1).map((line) => line.split(","));
    expect(rows.map((r) => r[1])).toEqual(answered);
    for (const r of rows) {
      expect(Number(r[0])).toBeGreaterThan(Date.now() - 10 * 60_000);
      expect(r.slice(2)).toEqual(["3", expect.stringMatching(/^\d+$/), "0"]);
    }
  });

  test("importing the same file twice adds nothing the second time; a bad row is reported with its number", async ({ page }) => {
    await signedInUser(page, "import");
    await page.goto("/settings");
    const good = [HEADER, "1700000000000,anki-1,3,5000,0", "1700000600000,anki-1,3,4000,1", "1700086400000,anki-1,4,3000,2", "1700000000000,anki-2,1,9000,0"].join("\n");
    await importCsv(page, "history.csv", good);
    await expect(page.getByTestId("import-summary")).toHaveText("history.csv: 4 added, 0 already present.");
    await expect(page.getByTestId("review-count")).toContainText("You have 4 reviews");

    await importCsv(page, "history.csv", good);
    await expect(page.getByTestId("import-summary")).toHaveText("history.csv: 0 added, 4 already present.");

    const bad = [HEADER, "1700200000000,anki-3,3,5000,0", "1700300000000,anki-3,7,5000,2", "1700400000000,anki-3,3,5000,2"].join("\n");
    await importCsv(page, "bad.csv", bad);
    await expect(page.getByTestId("import-summary")).toHaveText("bad.csv: 2 added, 0 already present, 1 rejected.");
    await expect(page.getByTestId("import-errors")).toHaveText('Row 3: review_rating "7" must be 1, 2, 3 or 4');
    await expect(page.getByTestId("review-count")).toContainText("You have 6 reviews");
  });
});

test.describe("optimize my schedule", () => {
  test.skip(!existsSync(SHARED), "needs the shared revlog");

  test("is disabled under 400 reviews, enabled after importing 450, and fits them in the background", async ({ page }) => {
    test.setTimeout(120_000);
    await signedInUser(page, "optimize");
    await page.goto("/settings");
    const button = page.getByRole("button", { name: "Optimize my schedule" });
    await expect(page.getByTestId("review-count")).toContainText("You have 0 reviews; optimizing needs at least 400.");
    await expect(button).toBeDisabled();

    // 450 reviews from the shared file (rows 5,000–5,449: whole card histories, enough to fit).
    const lines = readFileSync(SHARED, "utf8").trim().split("\n");
    await importCsv(page, "slice.csv", [HEADER, ...lines.slice(5_001, 5_451)].join("\n"));
    await expect(page.getByTestId("import-summary")).toHaveText("slice.csv: 450 added, 0 already present.");
    await expect(page.getByTestId("review-count")).toContainText("You have 450 reviews.");
    await expect(button).toBeEnabled();

    await button.click();
    const result = page.getByTestId("optimize-result");
    await expect(result).toContainText("Optimization finished.", { timeout: 60_000 });
    await expect(result).toContainText("Applied");
    await expect(result).toContainText(/Log loss on your history: 0\.\d{4} with the defaults → 0\.\d{4} fitted/);
    const [before, after] = ((await result.textContent()) ?? "").match(/0\.\d{4}/g)?.map(Number) ?? [];
    expect(after).toBeLessThan(before ?? 0);
    await expect(page.getByTestId("review-count")).toContainText("Your schedule uses parameters fitted to your history.");
    await expect(page.getByRole("button", { name: "Optimize my schedule" })).toBeEnabled();
  });
});

test("a history of first answers only cannot score a fit: the defaults stay, and the learner is told why", async ({ page }) => {
  test.setTimeout(120_000);
  await signedInUser(page, "optimize-unscored");
  await page.goto("/settings");
  // 400 cards answered once each: enough reviews to start, none that says how long a card is remembered.
  const rows = Array.from({ length: 400 }, (_, i) => `${1_700_000_000_000 + i * 60_000},once-${i},3,5000,0`);
  await importCsv(page, "first-answers.csv", [HEADER, ...rows].join("\n"));
  await expect(page.getByTestId("import-summary")).toHaveText("first-answers.csv: 400 added, 0 already present.");
  await page.getByRole("button", { name: "Optimize my schedule" }).click();
  const result = page.getByTestId("optimize-result");
  await expect(result).toContainText("Not applied", { timeout: 60_000 });
  await expect(page.getByTestId("optimize-unscored")).toContainText("None of your 400 reviews could score the fit");
  await expect(page.getByTestId("review-count")).toContainText("Your schedule uses the FSRS-6 defaults.");
});
