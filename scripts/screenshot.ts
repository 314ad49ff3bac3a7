// Takes the README's screenshot: a new learner's Today page, answer revealed.
//   PORT=3300 node scripts/serve.mjs & npx tsx scripts/screenshot.ts http://localhost:3300
import { chromium } from "@playwright/test";

const base = process.argv[2] ?? "http://localhost:3000";
const browser = await chromium.launch({
  executablePath: "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
});
const page = await browser.newPage({ viewport: { width: 1200, height: 800 }, deviceScaleFactor: 1 });
await page.goto(`${base}/sign-up`);
await page.getByLabel("Name").fill("Ada Lovelace");
await page.getByLabel("Email").fill(`ada-${Date.now()}@example.test`);
await page.getByLabel("Password").fill("correct horse battery staple");
await page.getByRole("button", { name: "Create account" }).click();
await page.waitForURL(/\/today$/);
await page.getByTestId("reveal").click();
await page.getByTestId("card-answer").waitFor();
await page.screenshot({ path: "docs/screenshot.png" });
await browser.close();
console.log("wrote docs/screenshot.png");
