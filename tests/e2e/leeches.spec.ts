import { expect, test } from "@playwright/test";
import { answerByKeyboard, labelsCutOff, reviewKeysReady, signedInUser } from "./fixtures";
import { seedDueReview } from "./seed-db";

test("a card forgotten for the eighth time is called a leech, in the review, on the stats page and on its note", async ({ page }) => {
  const user = await signedInUser(page, "leech");
  await page.goto("/stats");
  await expect(page.getByTestId("stats-empty")).toBeVisible();

  // A card already forgotten 7 times, due since yesterday: reviews come before new cards.
  await page.goto("/today");
  await reviewKeysReady(page);
  const cardId = (await page.getByTestId("review-card").getAttribute("data-card-id")) ?? "";
  const noteId = cardId.split(":")[0] ?? "";
  seedDueReview(user.email, cardId, noteId, 7);
  await page.reload();
  await expect(page.getByTestId("count-review")).toHaveText("1");
  await expect(page.getByTestId("review-card")).toHaveAttribute("data-card-id", cardId);

  await answerByKeyboard(page, 1);
  const notice = page.getByTestId("leech-notice");
  await expect(notice).toContainText("you have now forgotten that card 8 times");
  await expect(page.getByTestId("sync-status")).toHaveText("All answers saved");

  // The next answer (not a lapse) takes the notice away.
  await answerByKeyboard(page, 3);
  await expect(notice).toBeEmpty();

  await page.goto("/stats");
  // The lapse is a review answer: retention is drawn, its "100%" and last date in full.
  expect(await labelsCutOff(page, "retention")).toEqual([]);
  const leeches = page.getByTestId("leeches");
  await expect(leeches.locator("li")).toHaveCount(1);
  await expect(leeches.locator(`li[data-card-id="${cardId}"]`)).toContainText("8 lapses");
  await leeches.getByRole("link").click();
  await expect(page).toHaveURL(new RegExp(`/notes/${noteId}#`));
  const face = page.locator(`article[data-card-id="${cardId}"]`);
  await expect(face.getByTestId("leech-badge")).toBeVisible();

  // Suspended from its note, it stays listed on the stats page, marked suspended.
  await face.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(face.getByText("suspended", { exact: true })).toBeVisible();
  await expect(face.getByRole("button", { name: "Unsuspend" })).toBeVisible();
  await page.goto("/stats");
  await expect(page.getByTestId("leeches").locator(`li[data-card-id="${cardId}"]`)).toContainText("suspended");
});
