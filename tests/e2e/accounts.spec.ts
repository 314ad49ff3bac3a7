import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { newUser, signedInUser, signIn, signOut, signUp, type TestUser } from "./fixtures";

test("sign up lands on Today with the user's name in the header", async ({ page }) => {
  const user = newUser("signup");
  await signUp(page, user);
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
  const nav = page.getByRole("navigation", { name: "Main" });
  for (const label of ["Today", "Library", "Mock interview", "Stats", "Author"]) {
    await expect(nav.getByRole("link", { name: label })).toBeVisible();
  }
  await expect(nav.getByRole("link", { name: "Today" })).toHaveAttribute("aria-current", "page");
});

test("sign-up marks bad fields in place and keeps what was typed", async ({ page }) => {
  await page.goto("/sign-up");
  await page.getByLabel("Name").fill("Sam");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByLabel("Email")).toHaveAttribute("aria-invalid", "true");
  await expect(page.locator('[data-field-error="email"]')).toContainText("valid email");
  await expect(page.locator('[data-field-error="password"]')).toContainText("at least 10 characters");
  await expect(page.getByLabel("Name")).toHaveValue("Sam");
  await expect(page.getByLabel("Email")).toHaveValue("not-an-email");
  await expect(page).toHaveURL(/\/sign-up/);
});

test("signing up twice with one email is refused at the email field", async ({ page, browser }) => {
  const user = await signedInUser(page, "dupe");
  const other = await browser.newPage();
  await signUp(other, { ...user, name: "Someone else" });
  await expect(other.locator('[data-field-error="email"]')).toContainText("cannot be used for a new account");
  await other.close();
});

test("sign out, then a protected page redirects to sign-in", async ({ page }) => {
  await signedInUser(page, "signout");
  await signOut(page);
  await expect(page.getByRole("status").filter({ hasText: "You are signed out." })).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday$/);
});

test("a wrong password gives a field error and no hint whether the account exists", async ({ page }) => {
  const user = await signedInUser(page, "wrongpw");
  await signOut(page);
  await signIn(page, { email: user.email, password: "definitely not it" });
  const error = page.locator('[data-field-error="password"]');
  await expect(error).toHaveText("That email and password do not match an account.");
  await expect(page.getByLabel("Password")).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Email")).toHaveValue(user.email);

  await page.getByLabel("Email").fill(`nobody-${user.email}`);
  await page.getByLabel("Password").fill("definitely not it");
  await page.getByRole("button", { name: "Sign in" }).click();
  await expect(page.getByLabel("Email")).toHaveValue(`nobody-${user.email}`);
  await expect(error).toHaveText("That email and password do not match an account.");
});

test("a protected page sends a signed-out visitor to sign-in and back after signing in", async ({ page }) => {
  const user = await signedInUser(page, "callback");
  await signOut(page);
  await page.goto("/stats");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Fstats$/);
  await signIn(page, user);
  await expect(page).toHaveURL(/\/stats$/);
  await expect(page.getByRole("heading", { name: "Stats" })).toBeVisible();
});

test("the session survives a reload and a new tab", async ({ page, context }) => {
  const user = await signedInUser(page, "session");
  await page.reload();
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
  const tab = await context.newPage();
  await tab.goto("/library");
  await expect(tab.getByTestId("user-name")).toHaveText(user.name);
});

test("repeated failures throttle sign-in for that email, even with the right password", async ({ page }) => {
  const user = await signedInUser(page, "throttle");
  await signOut(page);
  const passwordError = page.locator('[data-field-error="password"]');
  for (let attempt = 1; attempt <= 4; attempt++) {
    await signIn(page, { email: user.email, password: `wrong password ${attempt}` });
    await expect(passwordError).toHaveText("That email and password do not match an account.");
    await expect(page.getByRole("button", { name: "Sign in" })).toBeEnabled();
  }
  await signIn(page, { email: user.email, password: "wrong password 5" });
  const emailError = page.locator('[data-field-error="email"]');
  await expect(emailError).toHaveText(/Too many failed sign-in attempts\. Try again in 15 minutes\./);
  await signIn(page, user);
  await expect(emailError).toHaveText(/Try again in \d+ minutes?\./);
  await expect(page).toHaveURL(/\/sign-in/);
});

/** The same user signed in on another browser (a second context) at `path`, its API answering. */
async function signedInElsewhere(browser: Browser, user: TestUser, path: string): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`/sign-in?callbackUrl=${encodeURIComponent(path)}`);
  await signIn(page, user);
  await expect(page).toHaveURL(new RegExp(`${path}$`));
  expect((await page.request.get("/api/history/export")).status()).toBe(200);
  return { context, page };
}

test("changing the password keeps this browser signed in and signs every other one out", async ({ page, browser }) => {
  const user = await signedInUser(page, "passwd");
  const { context: elsewhere, page: other } = await signedInElsewhere(browser, user, "/library");

  await page.goto("/settings");
  const form = page.getByTestId("change-password");
  const newPassword = "a different passphrase entirely";
  await form.getByLabel("Current password").fill("not my password at all");
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat the new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.locator('[data-field-error="currentPassword"]')).toHaveText("That is not your current password.");
  await expect(form.getByLabel("Current password")).toHaveAttribute("aria-invalid", "true");

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat the new password").fill("a different passphrase entirely!");
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(form.locator('[data-field-error="confirmPassword"]')).toHaveText("This does not match the new password");

  await form.getByLabel("Current password").fill(user.password);
  await form.getByLabel("New password", { exact: true }).fill(newPassword);
  await form.getByLabel("Repeat the new password").fill(newPassword);
  await form.getByRole("button", { name: "Change password" }).click();
  await expect(page).toHaveURL(/\/settings\?account=password-changed$/);
  await expect(page.getByRole("status").filter({ hasText: "Your password was changed" })).toBeVisible();
  await page.goto("/today");
  await expect(page.getByTestId("user-name")).toHaveText(user.name);

  // The other browser's session no longer counts, on pages and on the API.
  await other.goto("/library");
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Flibrary$/);
  expect((await other.request.get("/api/history/export")).status()).toBe(401);
  await signIn(other, user);
  await expect(other.locator('[data-field-error="password"]')).toHaveText("That email and password do not match an account.");
  await signIn(other, { email: user.email, password: newPassword });
  await expect(other).toHaveURL(/\/library$/);
  await elsewhere.close();
});

test("signing out everywhere signs out this browser and every other one", async ({ page, browser }) => {
  const user = await signedInUser(page, "everywhere");
  const { context: elsewhere, page: other } = await signedInElsewhere(browser, user, "/stats");

  await page.goto("/settings");
  await page.getByRole("button", { name: "Sign out everywhere" }).click();
  await expect(page).toHaveURL(/\/sign-in\?signedOut=everywhere$/);
  await expect(page.getByRole("status").filter({ hasText: "You are signed out on every browser and device." })).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday$/);

  await other.goto("/stats");
  await expect(other).toHaveURL(/\/sign-in\?callbackUrl=%2Fstats$/);
  expect((await other.request.get("/api/history/export")).status()).toBe(401);
  // The password still works: signing in again starts a new session.
  await signIn(other, user);
  await expect(other).toHaveURL(/\/stats$/);
  await elsewhere.close();
});

test("deleting the account takes the password, then removes it and frees the email", async ({ page }) => {
  const user = await signedInUser(page, "delete");
  await page.goto("/settings");
  const form = page.getByTestId("delete-account");
  await form.getByLabel("Your password, to confirm").fill("not my password at all");
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(form.locator('[data-field-error="confirmation"]')).toHaveText("That is not your current password.");
  await expect(page).toHaveURL(/\/settings$/);

  await form.getByLabel("Your password, to confirm").fill(user.password);
  await form.getByRole("button", { name: "Delete my account" }).click();
  await expect(page).toHaveURL(/\/sign-in\?accountDeleted=1$/);
  await expect(page.getByRole("status").filter({ hasText: "Your account and all its data were deleted." })).toBeVisible();
  await page.goto("/today");
  await expect(page).toHaveURL(/\/sign-in\?callbackUrl=%2Ftoday$/);
  await signIn(page, user);
  await expect(page.locator('[data-field-error="password"]')).toHaveText("That email and password do not match an account.");

  await signUp(page, user);
  await expect(page).toHaveURL(/\/today$/);
  await expect(page.getByTestId("user-name")).toHaveText(user.name);
});

test("GET /api/health reports the version and a reachable database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  const body = (await response.json()) as { status: string; version: string; database: { reachable: boolean; provider: string } };
  expect(body.status).toBe("ok");
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(body.database).toEqual({ provider: "sqlite", reachable: true });
});

test("the benchmark baselines do not exist outside a benchmark run", async ({ request }) => {
  expect((await request.get("/api/bench/bare")).status()).toBe(404);
  const page = await request.get("/bench/empty-page");
  expect(page.status()).toBe(404);
  expect(await page.text()).not.toContain('data-testid="empty-page"');
});
