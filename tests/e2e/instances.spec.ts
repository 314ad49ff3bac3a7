import { spawn } from "node:child_process";
import { createServer } from "node:net";
import { expect, test } from "@playwright/test";
import { signedInUser } from "./fixtures";

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

// A second app process on the same database stands for a restart and for a second instance
// behind a load balancer: nothing that matters may live in the first process's memory.
test("a session and the sign-in throttle carry over to a second app instance", async ({ page, browser }) => {
  const user = await signedInUser(page, "instances");
  const port = await freePort();
  const child = spawn(process.execPath, ["scripts/serve.mjs"], {
    env: { ...process.env, PORT: String(port), DATABASE_URL: "file:./.tmp/e2e.db", LOG_LEVEL: "silent" },
    stdio: "ignore",
  });
  try {
    await expect
      .poll(async () => {
        if (child.exitCode !== null) throw new Error(`second instance exited with ${child.exitCode}`);
        return fetch(`http://localhost:${port}/api/health`).then((r) => r.status, () => 0);
      }, { timeout: 30_000 })
      .toBe(200);
    const cookies = await page.context().cookies();
    const second = await browser.newContext({ baseURL: `http://localhost:${port}` });
    await second.addCookies(cookies.map((c) => ({ ...c, domain: "localhost" })));
    const other = await second.newPage();
    await other.goto("/today");
    await expect(other.getByTestId("user-name")).toHaveText(user.name);

    // Four failures on the first instance and one on the second reach the limit together.
    const anon = await browser.newContext();
    const first = await anon.newPage();
    for (let i = 0; i < 4; i++) {
      await first.goto("/sign-in");
      await first.getByLabel("Email").fill(user.email);
      await first.getByLabel("Password").fill(`wrong ${i}`);
      await first.getByRole("button", { name: "Sign in" }).click();
      await expect(first.locator('[data-field-error="password"]')).toBeVisible();
    }
    const viaSecond = await anon.newPage();
    await viaSecond.goto(`http://localhost:${port}/sign-in`);
    await viaSecond.getByLabel("Email").fill(user.email);
    await viaSecond.getByLabel("Password").fill("wrong 5");
    await viaSecond.getByRole("button", { name: "Sign in" }).click();
    await expect(viaSecond.locator('[data-field-error="email"]')).toContainText("Too many failed sign-in attempts");
    await second.close();
    await anon.close();
  } finally {
    child.kill("SIGTERM");
  }
});
