import { describe, expect, it } from "vitest";
import { createRun, scenarioIds, type RunView } from "@/lib/sim";
import {
  drawingHeight,
  fittedFontSize,
  labelLines,
  labelWidth,
  layoutView,
  messageColor,
  MESSAGE_PALETTE_SIZE,
  MIN_LABEL_FONT_SIZE,
  nodeShape,
  nodeSizes,
  nodeTone,
  textWidth,
} from "@/lib/sim-player";

const view: RunView = {
  time: 10,
  nodes: [
    { id: "a", label: "A", role: "client", x: 0, y: 0, up: true, status: undefined, localTimeMs: 10 },
    { id: "b", label: "B", role: "raft", x: 1, y: 1, up: true, status: "leader · term 2", localTimeMs: 10 },
    { id: "c", label: "C", role: "raft", x: 0.5, y: 0.5, up: false, status: "leader · term 1", localTimeMs: 10 },
  ],
  links: [
    { a: "a", b: "b", cut: false },
    { a: "b", b: "c", cut: true },
    { a: "b", b: "ghost", cut: false },
  ],
  messages: [
    { msgId: 1, from: "a", to: "b", label: "vote(2)", sentAt: 0, arriveAt: 20, progress: 0.5, lost: false },
    { msgId: 2, from: "b", to: "a", label: "vote(2)", sentAt: 0, arriveAt: 20, progress: 0.5, lost: true },
    { msgId: 3, from: "a", to: "ghost", label: "x", sentAt: 0, arriveAt: 20, progress: 0.5, lost: false },
  ],
  partitions: [["a", "b"], ["c"]],
};

describe("layoutView", () => {
  it("maps the unit square into the padded drawing and drops links and messages to unknown nodes", () => {
    const drawn = layoutView(view, 600, 400);
    const [a, b, c] = drawn.nodes;
    expect(a).toMatchObject({ id: "a", x: 56, y: 36, shape: "box", tone: "up" });
    expect(b).toMatchObject({ id: "b", x: 544, y: 348, shape: "circle", tone: "leader" });
    expect(c).toMatchObject({ x: 300, y: 192, tone: "down" });
    expect(drawn.links.map((l) => [l.key, l.cut])).toEqual([
      ["a|b", false],
      ["b|c", true],
    ]);
    expect(drawn.messages.map((m) => m.id)).toEqual([1, 2]);
    expect(drawn.hiddenMessages).toBe(1);
  });

  it("puts a message at its progress along the link, each direction in its own lane", () => {
    const [there, back] = layoutView(view, 600, 400).messages;
    const mid = { x: 300, y: 192 };
    expect(there).toBeDefined();
    expect(back).toBeDefined();
    if (!there || !back) return;
    expect(Math.hypot(there.x - mid.x, there.y - mid.y)).toBeCloseTo(4, 9);
    expect(there.x + back.x).toBeCloseTo(2 * mid.x, 9);
    expect(there.y + back.y).toBeCloseTo(2 * mid.y, 9);
    expect(back.lost).toBe(true);
    expect(there.color).toBe(back.color);
  });

  it("keeps only the newest messages beyond the cap", () => {
    const drawn = layoutView(view, 600, 400, 1);
    expect(drawn.messages.map((m) => m.id)).toEqual([2]);
    expect(drawn.hiddenMessages).toBe(2);
  });

  it("draws every node of every moment of a real run inside the drawing", () => {
    const run = createRun("leader-election", { seed: 3, settings: { nodes: 7 } });
    for (const t of [0, 500, 1500, 3000]) {
      run.seek(t);
      const drawn = layoutView(run.view(), 360, drawingHeight(360));
      expect(drawn.nodes).toHaveLength(7);
      for (const n of [...drawn.nodes, ...drawn.messages]) {
        expect(n.x).toBeGreaterThan(0);
        expect(n.x).toBeLessThan(360);
        expect(n.y).toBeGreaterThan(0);
        expect(n.y).toBeLessThan(drawn.height);
      }
      expect(drawn.nodes.filter((n) => n.tone === "leader").length).toBeLessThanOrEqual(1);
    }
  });
});

describe("redraw keys", () => {
  it("keep nodes and links as they are while only messages move, and change when a node goes down", () => {
    const run = createRun("leader-election", { seed: 3 });
    run.seek(1000);
    const before = layoutView(run.view(), 600, 400);
    run.seek(1003);
    const moved = layoutView(run.view(), 600, 400);
    expect(moved.nodesKey).toBe(before.nodesKey);
    expect(moved.linksKey).toBe(before.linksKey);
    run.act({ type: "crash", node: "n2" });
    run.seek(run.now);
    const crashed = layoutView(run.view(), 600, 400);
    expect(crashed.nodesKey).not.toBe(before.nodesKey);
    run.act({ type: "partition", groups: [["n1", "n2"], ["n3", "n4", "n5"]] });
    run.seek(run.now);
    expect(layoutView(run.view(), 600, 400).linksKey).not.toBe(before.linksKey);
    expect(layoutView(run.view(), 500, 400).nodesKey).not.toBe(layoutView(run.view(), 600, 400).nodesKey);
  });
});

describe("node and message styling", () => {
  it("reads the tone from liveness and status", () => {
    expect(nodeTone({ up: true, status: "leader · term 4" })).toBe("leader");
    expect(nodeTone({ up: true, status: "candidate · term 4" })).toBe("candidate");
    expect(nodeTone({ up: true, status: "follower · term 4" })).toBe("up");
    expect(nodeTone({ up: false, status: "leader · term 4" })).toBe("down");
    expect(nodeTone({ up: true, status: undefined })).toBe("up");
  });

  it("draws infrastructure as boxes and processes as circles", () => {
    expect(["client", "lb", "db", "queue"].map(nodeShape)).toEqual(["box", "box", "box", "box"]);
    expect(["raft", "replica", "service", "cache", "process", "store"].map(nodeShape)).toEqual(Array(6).fill("circle"));
  });

  it("colours messages by type, within the palette", () => {
    expect(messageColor("vote(3)")).toBe(messageColor("vote granted"));
    const colors = ["append", "vote", "ack", "read", "write", "heartbeat", "order"].map(messageColor);
    for (const c of colors) expect(c).toBeGreaterThanOrEqual(0);
    for (const c of colors) expect(c).toBeLessThan(MESSAGE_PALETTE_SIZE);
    expect(new Set(colors).size).toBeGreaterThan(2);
  });

  it("keeps the drawing between 300 and 420 px tall", () => {
    expect(drawingHeight(320)).toBe(300);
    expect(drawingHeight(600)).toBe(336);
    expect(drawingHeight(2000)).toBe(420);
  });
});

describe("node sizes", () => {
  it("shrinks nodes so neighbours and their status lines do not overlap, down to a floor", () => {
    expect(nodeSizes(200)).toMatchObject({ radius: 22, boxWidth: 72, fontSize: 12, statusFontSize: 11 });
    const tight = nodeSizes(50);
    expect(tight.radius).toBe(17);
    expect(2 * tight.radius + 16).toBeLessThanOrEqual(50);
    expect(tight).toMatchObject({ fontSize: 10, statusFontSize: 10, boxWidth: 42 });
    expect(nodeSizes(10)).toMatchObject({ radius: 12, boxWidth: 40, boxHeight: 24 });
    expect(nodeSizes(Number.POSITIVE_INFINITY).radius).toBe(22);
  });

  it("splits a label that is too wide at the space nearest its middle", () => {
    expect(labelLines("load balancer", 200, 12)).toEqual(["load balancer"]);
    expect(labelLines("load balancer", 40, 12)).toEqual(["load", "balancer"]);
    expect(labelLines("a b c d", 10, 12)).toEqual(["a b", "c d"]);
    expect(labelLines("supercalifragilistic", 10, 12)).toEqual(["supercalifragilistic"]);
    expect(textWidth("abcd", 10)).toBeCloseTo(23.2, 9);
  });

  it("shrinks a label's font until its longest line fits, down to a readable floor", () => {
    expect(fittedFontSize(["orders", "api"], 200, 12)).toBe(12);
    const size = fittedFontSize(["orders", "api"], 40, 12);
    expect(size).toBeLessThan(12);
    expect(labelWidth("orders", size)).toBeLessThanOrEqual(40);
    expect(labelWidth("orders", size + 1)).toBeGreaterThan(40);
    expect(fittedFontSize(["supercalifragilistic"], 10, 12)).toBe(MIN_LABEL_FONT_SIZE);
  });

  it("every label of every scenario fits inside its node, on a phone and on a desktop", () => {
    for (const id of scenarioIds) {
      const run = createRun(id, { seed: 1 });
      run.seek(500);
      for (const width of [300, 343, 720]) {
        const drawn = layoutView(run.view(), width, drawingHeight(width));
        for (const node of drawn.nodes) {
          // Inside the node, padding included; a long word in a small circle, at the smallest
          // font, may reach a few pixels past its edge (it was 13 px each side at full size).
          const full = node.shape === "box" ? drawn.sizes.boxWidth : 2 * drawn.sizes.radius;
          const room = node.fontSize > MIN_LABEL_FONT_SIZE ? full - (node.shape === "box" ? 8 : 6) : full + 8;
          const widest = Math.max(...node.lines.map((line) => labelWidth(line, node.fontSize)));
          expect(widest, `${id} ${node.label} at ${width}px`).toBeLessThanOrEqual(room);
          // With a desktop's room, nodes grow until their labels fit at (nearly) full size.
          if (width >= 720) expect(node.fontSize, `${id} ${node.label}`).toBeGreaterThanOrEqual(drawn.sizes.fontSize - 1);
        }
      }
    }
  });

  it("fits the request flow on a phone: boxes do not overlap their neighbours", () => {
    const run = createRun("request-flow", { seed: 1 });
    run.seek(500);
    const drawn = layoutView(run.view(), 343, drawingHeight(343));
    const boxes = drawn.nodes.filter((n) => n.shape === "box").sort((a, b) => a.x - b.x);
    for (let i = 1; i < boxes.length; i++) {
      const left = boxes[i - 1];
      const right = boxes[i];
      if (left && right && Math.abs(left.y - right.y) < drawn.sizes.boxHeight) {
        expect(right.x - left.x).toBeGreaterThanOrEqual(drawn.sizes.boxWidth);
      }
    }
    expect(drawn.nodes.find((n) => n.id === "lb")?.lines).toEqual(["load", "balancer"]);
  });
});
