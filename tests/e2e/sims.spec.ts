import { expect, test, type Locator, type Page } from "@playwright/test";
import { reviewKeysReady, signedInUser } from "./fixtures";

// The simulation player (issue 5): every scenario's page plays, pauses, steps, reseeds, seeks
// back and answers its fault buttons; the walkthroughs embed it; a sim card runs it in review.

const SCENARIOS = [
  "request-flow",
  "retries-idempotency",
  "outage-degradation",
  "consistent-hashing",
  "quorum-replication",
  "leader-election",
  "cap-partition",
  "clock-ordering",
] as const;

const player = (page: Page) => page.getByTestId("sim-player");

async function moment(sim: Locator): Promise<{ time: number; cursor: number }> {
  const clock = sim.getByTestId("sim-clock");
  return { time: Number(await clock.getAttribute("data-time")), cursor: Number(await clock.getAttribute("data-cursor")) };
}

const time = async (sim: Locator) => (await moment(sim)).time;
const cursor = async (sim: Locator) => (await moment(sim)).cursor;

async function metric(sim: Locator, key: string): Promise<number> {
  const raw = await sim.getByTestId(`metric-${key}`).getAttribute("data-value");
  expect(raw, `metric ${key}`).not.toBe("");
  return Number(raw);
}

/** Drags the time slider to `fraction` of the run (a multiple of its step, as a real drag lands). */
async function seekTo(sim: Locator, fraction: number): Promise<number> {
  const slider = sim.getByTestId("sim-time");
  const max = Number(await slider.getAttribute("max"));
  const step = Number(await slider.getAttribute("step"));
  const target = Math.round((max * fraction) / step) * step;
  await slider.evaluate((element, value) => {
    if (!(element instanceof HTMLInputElement)) throw new Error("the time slider is not an input");
    // React tracks the value it set; the prototype's setter makes this look like a user's input.
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, "value")?.set?.call(element, String(value));
    element.dispatchEvent(new Event("input", { bubbles: true }));
  }, target);
  await expect.poll(() => time(sim)).toBe(target);
  return target;
}

async function seekToEnd(sim: Locator): Promise<void> {
  await seekTo(sim, 1);
}

/** Plays at 8× until `done` holds, then pauses. */
async function playUntil(sim: Locator, done: () => Promise<boolean>, timeout = 30_000): Promise<void> {
  await sim.getByTestId("sim-speed").selectOption("8");
  await sim.getByTestId("sim-play").click();
  await expect.poll(done, { timeout, intervals: [100, 250] }).toBe(true);
  if ((await sim.getByTestId("sim-play").textContent()) === "Pause") await sim.getByTestId("sim-play").click();
}

async function openSim(page: Page, id: string, query = "?seed=5"): Promise<Locator> {
  await page.goto(`/sims/${id}${query}`);
  const sim = player(page);
  await expect(sim).toHaveAttribute("data-sim-player", id);
  return sim;
}

const logText = (sim: Locator) => sim.getByTestId("sim-log").innerText();
const metricsText = (sim: Locator) => sim.getByTestId("sim-metrics").innerText();

/** Controls every scenario has: play, pause, step (buttons and keys), seed, time slider, fault buttons. */
async function checkCommonControls(page: Page, id: string): Promise<void> {
  const sim = await openSim(page, id);
  expect(await moment(sim)).toMatchObject({ time: 0 });

  // Play and pause.
  const play = sim.getByTestId("sim-play");
  await play.click();
  await expect(play).toHaveText("Pause");
  await expect.poll(() => time(sim)).toBeGreaterThan(0);
  await play.click();
  await expect(play).toHaveText("Play");
  const paused = await moment(sim);
  await page.waitForTimeout(300);
  expect(await moment(sim)).toEqual(paused);

  // Step forward and back, by button and by key.
  await sim.getByRole("button", { name: "Step forward one event" }).click();
  await expect.poll(() => cursor(sim)).toBe(paused.cursor + 1);
  await sim.getByTestId("sim-drawing").focus();
  await page.keyboard.press("ArrowRight");
  await expect.poll(() => cursor(sim)).toBe(paused.cursor + 2);
  await page.keyboard.press("ArrowLeft");
  await expect.poll(() => cursor(sim)).toBe(paused.cursor + 1);
  await sim.getByRole("button", { name: "Step back one event" }).click();
  await expect.poll(() => cursor(sim)).toBe(paused.cursor);
  // Space on a focused button presses it; on the drawing it plays and pauses.
  await sim.getByTestId("sim-drawing").focus();
  await page.keyboard.press("Space");
  await expect(play).toHaveText("Pause");
  await page.keyboard.press("Space");
  await expect(play).toHaveText("Play");
  await page.keyboard.press("r");
  await expect.poll(() => time(sim)).toBe(0);

  // The time slider: back to an earlier moment shows that moment's metrics and log again.
  const early = await seekTo(sim, 0.08);
  const earlyLog = await logText(sim);
  const earlyMetrics = await metricsText(sim);
  const earlyCursor = await cursor(sim);
  await seekTo(sim, 0.16);
  expect(await cursor(sim)).toBeGreaterThan(earlyCursor);
  expect(await logText(sim)).not.toBe(earlyLog);
  await seekTo(sim, 0.08);
  expect(await time(sim)).toBe(early);
  expect(await cursor(sim)).toBe(earlyCursor);
  expect(await metricsText(sim)).toBe(earlyMetrics);
  expect(await logText(sim)).toBe(earlyLog);
  for (const t of await sim.getByTestId("sim-log").locator("li[data-t]").evaluateAll((items) => items.map((li) => Number(li.getAttribute("data-t"))))) {
    expect(t).toBeLessThanOrEqual(early);
  }

  // A new seed: the URL keeps it and the trace starts over, differently; the old seed replays exactly.
  const seed = sim.getByTestId("sim-seed");
  await seed.fill("42");
  await seed.press("Enter");
  await expect(page).toHaveURL(new RegExp(`/sims/${id}\\?seed=42(&|$)`));
  await expect.poll(() => time(sim)).toBe(0);
  await seekTo(sim, 0.08);
  expect(await logText(sim)).not.toBe(earlyLog);
  await page.reload();
  await expect(player(page).getByTestId("sim-seed")).toHaveValue("42");
  await player(page).getByTestId("sim-seed").fill("5");
  await player(page).getByTestId("sim-seed").press("Enter");
  await expect(page).toHaveURL(new RegExp(`/sims/${id}\\?seed=5(&|$)`));
  await seekTo(player(page), 0.08);
  expect(await logText(player(page))).toBe(earlyLog);

  // Every fault button acts now: one more action in the log each.
  const fresh = player(page);
  await seekTo(fresh, 0.3);
  for (const kind of ["Deliveries", "Drops", "Timers"]) await fresh.getByRole("checkbox", { name: kind }).uncheck();
  const actions = fresh.getByTestId("sim-log").locator('li[data-kind="action"]');
  const buttons = fresh.getByRole("group", { name: "Faults and switches" }).getByRole("button");
  const labels = await buttons.allTextContents();
  expect(labels.length).toBeGreaterThan(0);
  for (const label of labels) {
    const before = await actions.count();
    await fresh.getByRole("group", { name: "Faults and switches" }).getByRole("button", { name: label, exact: true }).click();
    await expect(actions).toHaveCount(before + 1);
  }
}

for (const id of SCENARIOS) {
  test(`${id}: play, pause, step, seed, time slider and every fault button work`, async ({ page }) => {
    test.setTimeout(120_000);
    await signedInUser(page, `sim-${id}`);
    await checkCommonControls(page, id);
  });
}

test.describe("each scenario's readouts answer its faults and switches", () => {
  test("request-flow: a killed instance is evicted by the health check", async ({ page }) => {
    await signedInUser(page, "sim-rf");
    const sim = await openSim(page, "request-flow");
    await seekTo(sim, 0.2);
    expect(await metric(sim, "healthyInstances")).toBe(3);
    await sim.getByRole("button", { name: "Kill svc-1" }).click();
    await expect(sim.locator('[data-node="svc-1"]')).toHaveAttribute("data-tone", "down");
    await seekTo(sim, 0.5);
    expect(await metric(sim, "healthyInstances")).toBe(2);
    expect(await metric(sim, "routedToDown")).toBeGreaterThan(0);
    await sim.getByRole("button", { name: "Restart svc-1" }).click();
    await expect(sim.locator('[data-node="svc-1"]')).not.toHaveAttribute("data-tone", "down");
  });

  test("retries-idempotency: duplicates without keys, dedup hits with them, duplicates again once switched off", async ({ page }) => {
    test.setTimeout(90_000);
    await signedInUser(page, "sim-retries");
    const sim = await openSim(page, "retries-idempotency");
    await seekToEnd(sim);
    expect(await metric(sim, "duplicates")).toBeGreaterThan(0);

    await sim.getByRole("switch", { name: "Idempotency keys" }).check();
    await expect(page).toHaveURL(/idempotency=true/);
    await expect.poll(() => time(sim)).toBe(0);
    await seekToEnd(sim);
    expect(await metric(sim, "duplicates")).toBe(0);
    expect(await metric(sim, "dedupHits")).toBeGreaterThan(0);

    // Live switch: keys off from the start of an idempotent run, then run it.
    await sim.getByRole("button", { name: "Restart the run" }).click();
    await sim.getByRole("button", { name: "Idempotency keys off" }).click();
    await playUntil(sim, async () => (await metric(sim, "duplicates")) > 0);
  });

  test("retries-idempotency: a run broken by a fault replays broken after Restart and from its link, and clean once the faults are cleared", async ({ page }) => {
    test.setTimeout(90_000);
    await signedInUser(page, "sim-replay");
    const sim = await openSim(page, "retries-idempotency", "?seed=1");
    await seekToEnd(sim);
    const clean = await metric(sim, "ordersCreated");
    await seekTo(sim, 0.05);
    await sim.getByRole("button", { name: "Crash the API" }).click();
    await expect(page).toHaveURL(/faults=/);
    await seekToEnd(sim);
    const broken = await metric(sim, "ordersCreated");
    expect(broken).toBeLessThan(clean);

    await sim.getByRole("button", { name: "Restart the run, replaying its faults" }).click();
    await expect.poll(() => time(sim)).toBe(0);
    await seekToEnd(sim);
    expect(await metric(sim, "ordersCreated")).toBe(broken);

    // The address bar carries the fault: reloading (or sharing) the link replays the same run.
    await page.reload();
    await expect(sim.getByTestId("sim-clear-faults")).toHaveText("Clear faults (1)");
    await seekToEnd(sim);
    expect(await metric(sim, "ordersCreated")).toBe(broken);

    await sim.getByTestId("sim-clear-faults").click();
    await expect(page).not.toHaveURL(/faults=/);
    await expect(sim.getByTestId("sim-clear-faults")).toHaveCount(0);
    await seekToEnd(sim);
    expect(await metric(sim, "ordersCreated")).toBe(clean);

    // A link whose faults cannot be read says so, and runs without them.
    await openSim(page, "retries-idempotency", `?seed=1&faults=${encodeURIComponent("[{")}`);
    await expect(sim.getByRole("alert")).toHaveText("The link's faults were not applied: they are not valid JSON");
    await seekToEnd(sim);
    expect(await metric(sim, "ordersCreated")).toBe(clean);
  });

  test("outage-degradation: the breaker trips and the queue fills; without the queue actions are lost", async ({ page }) => {
    await signedInUser(page, "sim-outage");
    const sim = await openSim(page, "outage-degradation");
    await seekTo(sim, 0.1);
    await sim.getByRole("button", { name: "Take the dependency down" }).click();
    await expect(sim.locator('[data-node="dependency"]')).toHaveAttribute("data-tone", "down");
    await seekTo(sim, 0.2);
    expect(await metric(sim, "breakerState")).toBeGreaterThan(0);
    expect(await metric(sim, "queueDepth")).toBeGreaterThan(0);
    await sim.getByRole("button", { name: "Bring the dependency back" }).click();
    await seekToEnd(sim);
    expect(await metric(sim, "queueDepth")).toBe(0);
    expect(await metric(sim, "actionsLost")).toBe(0);

    await sim.getByRole("switch", { name: "Durable queue for critical actions" }).uncheck();
    await expect(page).toHaveURL(/queue=false/);
    await seekToEnd(sim);
    expect(await metric(sim, "actionsLost")).toBeGreaterThan(0);
  });

  test("consistent-hashing: a join moves about 1/N of keys on the ring and most with mod-N", async ({ page }) => {
    await signedInUser(page, "sim-hash");
    const sim = await openSim(page, "consistent-hashing", "?seed=5&joinAtMs=0");
    await seekTo(sim, 0.2);
    expect(await metric(sim, "nodes")).toBe(4);
    await sim.getByRole("button", { name: "Add a node" }).click();
    await expect.poll(() => metric(sim, "nodes")).toBe(5);
    const ring = await metric(sim, "movedRingPct");
    expect(ring).toBeGreaterThan(10);
    expect(ring).toBeLessThan(30);
    expect(await metric(sim, "movedModPct")).toBeGreaterThan(60);
    await sim.getByRole("button", { name: "Remove n1" }).click();
    await expect.poll(() => metric(sim, "nodes")).toBe(4);
  });

  test("quorum-replication: W + R > N reads no stale value; W + R ≤ N does", async ({ page }) => {
    await signedInUser(page, "sim-quorum");
    const sim = await openSim(page, "quorum-replication");
    await sim.getByRole("button", { name: "Crash r1" }).click();
    await expect(sim.locator('[data-node="r1"]')).toHaveAttribute("data-tone", "down");
    await seekToEnd(sim);
    expect(await metric(sim, "reads")).toBeGreaterThan(0);
    expect(await metric(sim, "staleReads")).toBe(0);

    await sim.locator('[data-setting="w"]').fill("1");
    await sim.locator('[data-setting="r"]').fill("1");
    await expect(page).toHaveURL(/w=1&r=1/);
    await seekToEnd(sim);
    expect(await metric(sim, "staleReads")).toBeGreaterThan(0);
  });

  test("leader-election: killing the leader elects a new one in a higher term; a partition cuts links", async ({ page }) => {
    test.setTimeout(90_000);
    await signedInUser(page, "sim-leader");
    const sim = await openSim(page, "leader-election");
    await seekTo(sim, 0.25);
    expect(await metric(sim, "leaders")).toBe(1);
    const term = await metric(sim, "term");
    const leader = await sim.locator('[data-tone="leader"]').getAttribute("data-node");
    expect(leader).toBeTruthy();
    await sim.getByRole("button", { name: "Kill the leader" }).click();
    await expect(sim.locator(`[data-node="${leader}"]`)).toHaveAttribute("data-tone", "down");
    expect(await metric(sim, "leaders")).toBe(0);
    await playUntil(sim, async () => (await metric(sim, "leaders")) === 1 && (await metric(sim, "term")) > term);
    await expect(sim.locator('[data-tone="leader"]')).toHaveCount(1);
    expect(await sim.locator('[data-tone="leader"]').getAttribute("data-node")).not.toBe(leader);
    expect(await metric(sim, "safetyViolations")).toBe(0);

    await sim.getByRole("button", { name: "Partition 2 | 3" }).click();
    await expect(sim.getByTestId("sim-partition")).toContainText("[n1 n2] | [n3 n4 n5]");
    expect(await sim.locator('[data-cut="true"]').count()).toBeGreaterThan(0);
    await sim.getByRole("button", { name: "Heal the partition" }).click();
    await expect(sim.getByTestId("sim-partition")).toHaveCount(0);
    await expect(sim.locator('[data-cut="true"]')).toHaveCount(0);
  });

  test("cap-partition: CP rejects the minority's writes, AP accepts them and finds conflicts", async ({ page }) => {
    await signedInUser(page, "sim-cap");
    const sim = await openSim(page, "cap-partition");
    await seekToEnd(sim);
    expect(await metric(sim, "rejectedWrites")).toBeGreaterThan(0);
    expect(await metric(sim, "conflicts")).toBe(0);

    await sim.getByLabel("Store").selectOption("ap");
    await expect(page).toHaveURL(/mode=ap/);
    await seekToEnd(sim);
    expect(await metric(sim, "rejectedWrites")).toBe(0);
    expect(await metric(sim, "conflicts")).toBeGreaterThan(0);

    await sim.getByRole("button", { name: "Restart the run" }).click();
    await seekTo(sim, 0.1);
    await sim.getByRole("button", { name: "Cut the leader s1 + client A off" }).click();
    await expect(sim.getByTestId("sim-partition")).toContainText("[s1 ca] | [s2 s3 cb]");
  });

  test("clock-ordering: skewing p1's clock makes last-write-wins lose later writes", async ({ page }) => {
    await signedInUser(page, "sim-clocks");
    const sim = await openSim(page, "clock-ordering", "?seed=5&skewMs=0");
    await seekToEnd(sim);
    expect(await metric(sim, "lwwAnomalies")).toBe(0);
    expect(await metric(sim, "concurrentPairs")).toBeGreaterThan(0);
    await sim.getByRole("button", { name: "Restart the run" }).click();
    await sim.getByRole("button", { name: "p1 clock +300 ms" }).click();
    await seekToEnd(sim);
    expect(await metric(sim, "lwwAnomalies")).toBeGreaterThan(0);
  });
});

test("the simulations index lists the eight scenarios; an unknown one is not found", async ({ page }) => {
  await signedInUser(page, "sim-index");
  await page.goto("/sims");
  const items = page.getByTestId("sim-list").getByRole("listitem");
  await expect(items).toHaveCount(8);
  await page.getByRole("link", { name: "Quorums" }).click();
  await expect(page).toHaveURL(/\/sims\/quorum-replication$/);
  await expect(player(page)).toBeVisible();
  await page.goto("/sims/no-such-scenario");
  await expect(page.getByRole("heading", { name: "No such simulation" })).toBeVisible();
  await expect(page.getByRole("main")).toHaveCount(1);
  await page.getByRole("link", { name: "All simulations" }).click();
  await expect(page).toHaveURL(/\/sims$/);
});

test("the three walkthrough notes embed a working player", async ({ page }) => {
  test.setTimeout(90_000);
  await signedInUser(page, "sim-notes");
  const notes = [
    ["walkthrough-request-flow", "request-flow", 7],
    ["walkthrough-retries-idempotency", "retries-idempotency", 11],
    ["walkthrough-outage-degradation-replay", "outage-degradation", 23],
  ] as const;
  for (const [note, scenario, seed] of notes) {
    await page.goto(`/notes/${note}`);
    const sim = player(page);
    await expect(sim).toHaveAttribute("data-sim-player", scenario);
    await expect(sim.getByTestId("sim-seed")).toHaveValue(String(seed));
    await expect(sim.getByRole("link", { name: "Open full page" })).toHaveAttribute("href", `/sims/${scenario}?seed=${seed}`);
    // Keys work with focus inside the player, and the page does not scroll on Space.
    await sim.getByTestId("sim-drawing").focus();
    await page.keyboard.press("Space");
    await expect(sim.getByTestId("sim-play")).toHaveText("Pause");
    await expect.poll(() => time(sim)).toBeGreaterThan(0);
    await page.keyboard.press("Space");
    await expect(sim.getByTestId("sim-play")).toHaveText("Play");
    const button = sim.getByRole("group", { name: "Faults and switches" }).getByRole("button").first();
    const label = (await button.textContent()) ?? "";
    await button.click();
    await expect(sim.getByTestId("sim-log").locator('li[data-kind="action"]').first()).toBeVisible();
    expect(label.length).toBeGreaterThan(0);
  }
});

test("a sim card on Today: predict, reveal, run to the answer, then grade; the player's keys stay in the player", async ({ page }) => {
  test.setTimeout(120_000);
  await signedInUser(page, "sim-today");
  // Study only the retries walkthrough (its tag), with room for all its new cards.
  await page.goto("/settings");
  await page.getByLabel("New cards per day").fill("100");
  await page.getByRole("group", { name: "Tags" }).getByRole("checkbox", { name: /^idempotency/ }).check();
  await page.getByRole("button", { name: "Save settings" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Settings saved" })).toBeVisible();

  await page.goto("/today");
  await reviewKeysReady(page);
  const card = page.getByTestId("review-card");
  for (let i = 0; i < 20; i++) {
    const id = (await card.getAttribute("data-card-id")) ?? "";
    if (id.includes(":sim:")) break;
    await page.keyboard.press("b"); // bury until the sim card comes up
    await expect(card).not.toHaveAttribute("data-card-id", id);
  }
  const cardId = (await card.getAttribute("data-card-id")) ?? "";
  expect(cardId).toMatch(/^walkthrough-retries-idempotency:sim:retry-with(out)?-keys$/);
  await expect(page.getByTestId("card-prompt")).toContainText("Predict first");
  await expect(player(page)).toHaveCount(0);

  await page.keyboard.press("Space");
  const sim = page.getByTestId("card-answer").getByTestId("sim-player");
  await expect(sim).toHaveAttribute("data-sim-player", "retries-idempotency");
  await sim.getByTestId("run-to-answer").click();
  await expect.poll(() => time(sim), { timeout: 20_000 }).toBe(10_000);
  if (cardId.endsWith("retry-without-keys")) expect(await metric(sim, "duplicates")).toBeGreaterThan(0);
  else expect(await metric(sim, "duplicates")).toBe(0);

  // With focus in the player, Space plays and digits do not grade.
  await sim.getByTestId("sim-drawing").focus();
  await page.keyboard.press("Space");
  await expect(sim.getByTestId("sim-play")).toHaveText("Pause");
  await page.keyboard.press("Space");
  await page.keyboard.press("3");
  await expect(card).toHaveAttribute("data-card-id", cardId);
  // Outside it, the review loop's keys work again.
  await page.evaluate(() => {
    if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
  });
  await page.keyboard.press("3");
  await expect(card).not.toHaveAttribute("data-card-id", cardId);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true });

  test("every scenario's readouts show their whole label, none cut short", async ({ page }) => {
    test.setTimeout(90_000);
    await signedInUser(page, "sim-phone-labels");
    for (const id of SCENARIOS) {
      await page.goto(`/sims/${id}`);
      const labels = player(page).getByTestId("sim-metrics").locator("dt");
      await expect(labels.first()).toBeVisible();
      const cut = await labels.evaluateAll((dts) => dts.filter((dt) => dt.scrollWidth > dt.clientWidth || dt.scrollHeight > dt.clientHeight).map((dt) => dt.textContent));
      expect(cut, id).toEqual([]);
    }
  });
});
