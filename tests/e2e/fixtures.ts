import { randomBytes } from "node:crypto";
import { expect, type Page } from "@playwright/test";

export interface TestUser {
  name: string;
  email: string;
  password: string;
}

/** A fresh user for each test: no test shares an account or its data. */
export function newUser(tag: string): TestUser {
  const id = randomBytes(5).toString("hex");
  return { name: `Tester ${tag} ${id}`, email: `e2e-${tag}-${id}@example.test`, password: "correct horse battery staple" };
}

export async function signUp(page: Page, user: TestUser, callbackUrl?: string): Promise<void> {
  await page.goto(callbackUrl ? `/sign-up?callbackUrl=${encodeURIComponent(callbackUrl)}` : "/sign-up");
  await page.getByLabel("Name").fill(user.name);
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Create account" }).click();
}

export async function signIn(page: Page, user: Pick<TestUser, "email" | "password">): Promise<void> {
  await page.getByLabel("Email").fill(user.email);
  await page.getByLabel("Password").fill(user.password);
  await page.getByRole("button", { name: "Sign in" }).click();
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=1$/);
}

/** Signs a new user up and waits for Today. */
export async function signedInUser(page: Page, tag: string): Promise<TestUser> {
  const user = newUser(tag);
  await signUp(page, user);
  // The first request after the server starts can be slow on a busy machine.
  await expect(page).toHaveURL(/\/today$/, { timeout: 30_000 });
  return user;
}

/** Waits until the review session on the page is hydrated and listens to the keyboard. */
export async function reviewKeysReady(page: Page): Promise<void> {
  await expect(page.getByTestId("review-session")).toHaveAttribute("data-interactive", "true");
}

/** Reveals the current review card and grades it by keyboard; resolves with its id once that card is gone (the next one, or the end). */
export async function answerByKeyboard(page: Page, grade: 1 | 2 | 3 | 4): Promise<string> {
  await reviewKeysReady(page);
  const card = page.getByTestId("review-card");
  const id = (await card.getAttribute("data-card-id")) ?? "";
  await page.keyboard.press("Space");
  await expect(page.getByTestId("card-answer")).toBeVisible();
  await page.keyboard.press(String(grade));
  await expect(card.and(page.locator(`[data-card-id="${id}"]`))).toHaveCount(0);
  return id;
}

/** Sets the daily new-card limit on the settings page and waits until it is saved. */
export async function setNewCardsPerDay(page: Page, count: number): Promise<void> {
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill(String(count));
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();
}

/** The labels of an SVG chart that reach outside its drawing (cut off on screen): none, or a defect. */
export async function labelsCutOff(page: Page, testId: string): Promise<string[]> {
  const chart = page.getByTestId(testId);
  await expect(chart).toBeVisible();
  return chart.evaluate((svg) => {
    const view = (svg as SVGSVGElement).viewBox.baseVal;
    return [...svg.querySelectorAll("text")]
      .filter((text) => {
        const box = text.getBBox();
        return box.x < view.x || box.y < view.y || box.x + box.width > view.x + view.width || box.y + box.height > view.y + view.height;
      })
      .map((text) => text.textContent ?? "");
  });
}
