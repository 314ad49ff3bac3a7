import AxeBuilder from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { newUser, reviewKeysReady, setNewCardsPerDay, signedInUser, signUp } from "./fixtures";

// Every page a learner or an author reaches, checked by axe-core against WCAG 2.2 A and AA
// (contrast, names and labels, landmarks, ARIA use), in the light and the dark colour scheme.
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa"];

interface Finding {
  rule: string;
  impact: string | null | undefined;
  help: string;
  targets: string[];
}

/** What axe finds wrong on the page as it is now (readable in a failed assertion's diff). */
async function findings(page: Page): Promise<Finding[]> {
  const result = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return result.violations.map((v) => ({
    rule: v.id,
    impact: v.impact,
    help: v.help,
    targets: v.nodes.slice(0, 6).map((n) => `${n.target.join(" ")} — ${n.failureSummary?.split("\n").slice(1).join(" ").trim() ?? ""}`),
  }));
}

async function expectAccessible(page: Page, what: string): Promise<void> {
  // Colours are read once every transition has ended: under reduced motion they last 0.01 ms,
  // but a style change still reports its starting colour until the browser's next frame.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState === "finished"));
  expect(await findings(page), `accessibility problems on ${what}`).toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} scheme`, () => {
    // Transitions and animations settle at once, so contrast is measured on final colours.
    test.use({ colorScheme, reducedMotion: "reduce" });

    test(`signed out: the front page, sign-in and sign-up, with a form's errors marked (${colorScheme})`, async ({ page }) => {
      await page.goto("/");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, "the front page");

      await page.goto("/sign-in");
      await expect(page.getByRole("button", { name: "Sign in" })).toBeVisible();
      await expectAccessible(page, "the sign-in page");

      await page.getByLabel("Email").fill(`nobody-${colorScheme}@example.test`);
      await page.getByLabel("Password").fill("not the password");
      const signIn = page.getByRole("button", { name: "Sign in", exact: true });
      await signIn.click();
      await expect(page.getByRole("alert")).toBeVisible();
      // Checked once the form is idle again (it is disabled, and paler, while it submits).
      await expect(signIn).toBeEnabled();
      await expectAccessible(page, "the sign-in page after a wrong password");

      await page.goto("/sign-up");
      await page.getByLabel("Email").fill("not-an-email");
      await page.getByRole("button", { name: "Create account" }).click();
      await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
      await expect(page.getByRole("button", { name: "Create account" })).toBeEnabled();
      await expectAccessible(page, "the sign-up form with invalid fields");
    });

    test(`the review loop: prompt, revealed answer, stats with an answer, the empty day (${colorScheme})`, async ({ page }) => {
      await signedInUser(page, `a11y-review-${colorScheme}`);
      await reviewKeysReady(page);
      await expectAccessible(page, "Today with a card's prompt");
      await page.keyboard.press("Space");
      await expect(page.getByTestId("card-answer")).toBeVisible();
      await expectAccessible(page, "Today with the answer revealed");
      const first = await page.getByTestId("review-card").getAttribute("data-card-id");
      // Easy: the card leaves today for good (Good would bring it back in a learning step).
      await page.keyboard.press("4");
      await expect(page.locator(`[data-testid="review-card"][data-card-id="${first}"]`)).toHaveCount(0);
      await expect(page.getByText("All answers saved")).toBeVisible();

      // Stats with an answer on them: the heatmap, the forecast and mastery drawn.
      await page.goto("/stats");
      await expect(page.getByTestId("heatmap-today")).toHaveAttribute("data-count", "1");
      await expectAccessible(page, "Stats with a day's answer");

      // The answered card's note, its list of answers unfolded.
      await page.goto(`/notes/${(first ?? "").split(":")[0]}`);
      const history = page.locator(`article[data-card-id="${first}"]`).getByTestId("card-history");
      await history.locator("summary").click();
      await expect(history.getByTestId("card-history-row")).toHaveCount(1);
      await expectAccessible(page, "a note with a card's answers listed");

      // No new cards a day and nothing due: the day's end screen.
      await setNewCardsPerDay(page, 0);
      await expectAccessible(page, "the settings form after saving");
      await page.goto("/today");
      await expect(page.getByTestId("done-for-today")).toBeVisible();
      await expectAccessible(page, "Today with nothing left to review");
    });

    test(`the learner's pages: stats, library, a note, settings, interview (${colorScheme})`, async ({ page }) => {
      await signedInUser(page, `a11y-pages-${colorScheme}`);
      const pages: [string, string][] = [
        ["/stats", "Stats"],
        ["/library", "Library"],
        ["/notes/cap-theorem", "CAP Theorem"],
        ["/settings", "Settings"],
        ["/interview", "Mock interview"],
        ["/interview/history", "Interview history"],
      ];
      for (const [path, heading] of pages) {
        await page.goto(path);
        await expect(page.getByRole("heading", { level: 1 })).toContainText(heading, { ignoreCase: true });
        await expectAccessible(page, path);
      }
    });

    test(`a mock-interview round: ready, answering, reviewing an answer, its report, the history (${colorScheme})`, async ({ page }) => {
      await signedInUser(page, `a11y-round-${colorScheme}`);
      await page.goto("/interview?kind=lightning&seed=7");
      await page.getByRole("button", { name: "Start round" }).click();
      const player = page.getByTestId("round-player");
      await expect(player).toHaveAttribute("data-stage", "ready");
      await expect(player).toHaveAttribute("data-interactive", "true");
      await expectAccessible(page, "a round before its first question");
      await page.keyboard.press("Enter");
      await expect(player).toHaveAttribute("data-stage", "answering");
      await expectAccessible(page, "a round's question with its clock");
      await page.getByTestId("answer-input").fill("Replicas agree by quorum; retries carry idempotency keys.");
      await page.keyboard.press("Control+Enter");
      await expect(player).toHaveAttribute("data-stage", "review");
      await expectAccessible(page, "a round's answer beside its key points");

      // The rest of the round, then its report and the history that lists it.
      for (let i = 1; i < 10; i++) {
        await page.keyboard.press("n");
        await expect(player).toHaveAttribute("data-index", String(i));
        await expect(player).toHaveAttribute("data-stage", "answering");
        await page.getByTestId("answer-input").fill("Leases expire; fencing tokens stop a stale leader.");
        await page.keyboard.press("Control+Enter");
        await expect(player).toHaveAttribute("data-stage", "review");
      }
      await page.keyboard.press("n");
      await expect(page.getByTestId("round-summary")).toHaveAttribute("data-status", "completed");
      await expectAccessible(page, "a finished round's report");
      await page.goto("/interview/history");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Interview history");
      await expectAccessible(page, "the interview history with a round");
    });

    test(`simulations and walkthroughs: the list, a player, a walkthrough note (${colorScheme})`, async ({ page }) => {
      await signedInUser(page, `a11y-sims-${colorScheme}`);
      await page.goto("/sims");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, "/sims");

      await page.goto("/sims/leader-election");
      await expect(page.getByRole("button", { name: /play/i }).first()).toBeVisible();
      await expectAccessible(page, "/sims/leader-election");

      await page.goto("/notes/walkthrough-request-flow");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, "/notes/walkthrough-request-flow");
    });

    test(`the author's pages: overview and a note's preview (${colorScheme})`, async ({ page }) => {
      const user = newUser(`a11y-author-${colorScheme}`);
      await signUp(page, user);
      await expect(page).toHaveURL(/\/today$/, { timeout: 30_000 });
      await page.goto("/author");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, "/author");
      await page.goto("/author/cap-theorem");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, "/author/cap-theorem");
    });
  });
}

test.describe("phone width", () => {
  // The layout that changes most on a phone: the wrapped header, the stacked controls.
  test.use({ viewport: { width: 390, height: 844 }, reducedMotion: "reduce" });

  test("Today, a note, a simulation and stats at a phone's width", async ({ page }) => {
    await signedInUser(page, "a11y-phone");
    await reviewKeysReady(page);
    await expectAccessible(page, "Today on a phone");
    await page.getByRole("button", { name: /Show answer/ }).click();
    await expect(page.getByTestId("card-answer")).toBeVisible();
    await expectAccessible(page, "Today's revealed answer on a phone");
    for (const path of ["/notes/cap-theorem", "/notes/walkthrough-request-flow", "/sims/leader-election", "/stats", "/settings", "/library", "/author"]) {
      await page.goto(path);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expectAccessible(page, `${path} on a phone`);
    }
  });
});
