// Playwright config for the player smoothness benchmark only (not part of `npm run test:e2e`):
//   flock /tmp/quorum-build.lock npx playwright test --config bench/sim-player.config.ts
// Serves the built app exactly as the browser tests do (scripts/e2e-server.sh builds if needed).
import path from "node:path";
import { defineConfig } from "@playwright/test";
import base from "../playwright.config";

const root = path.resolve(import.meta.dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3210);

export default defineConfig({
  ...base,
  testDir: import.meta.dirname,
  testMatch: "sim-player.spec.ts",
  outputDir: path.join(root, ".tmp/playwright-bench"),
  timeout: 120_000,
  webServer: {
    command: `bash scripts/e2e-server.sh ${port}`,
    cwd: root,
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
  },
});
