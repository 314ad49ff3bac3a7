import { describe, expect, it } from "vitest";
import { createRng, EventQueue } from "@/lib/sim";

interface Item {
  t: number;
  seq: number;
  name: string;
}

const drain = (queue: EventQueue<Item>): Item[] => {
  const out: Item[] = [];
  for (let item = queue.pop(); item !== undefined; item = queue.pop()) out.push(item);
  return out;
};

describe("EventQueue", () => {
  it("pops by time, then by scheduling sequence for ties", () => {
    const queue = new EventQueue<Item>();
    queue.push({ t: 5, seq: 0, name: "a" });
    queue.push({ t: 1, seq: 1, name: "b" });
    queue.push({ t: 5, seq: 2, name: "c" });
    queue.push({ t: 1, seq: 3, name: "d" });
    queue.push({ t: 0, seq: 4, name: "e" });
    expect(queue.peek()?.name).toBe("e");
    expect(drain(queue).map((i) => i.name)).toEqual(["e", "b", "d", "a", "c"]);
    expect(queue.pop()).toBeUndefined();
    expect(queue.size).toBe(0);
  });

  it("always yields a sorted order, over many random seeds", () => {
    for (let seed = 1; seed <= 200; seed++) {
      const rng = createRng(seed);
      const queue = new EventQueue<Item>();
      const pushed: Item[] = [];
      const popped: (Item | undefined)[] = [];
      const minima: Item[] = [];
      let seq = 0;
      for (let i = 0; i < 200; i++) {
        // Interleave pushes and pops, with many equal times.
        if (rng.chance(0.3) && queue.size > 0) {
          popped.push(queue.pop());
          const min = pushed.reduce((m, x) => (x.t < m.t || (x.t === m.t && x.seq < m.seq) ? x : m));
          minima.push(min);
          pushed.splice(pushed.indexOf(min), 1);
        } else {
          const item = { t: rng.int(0, 20), seq: seq++, name: `i${i}` };
          pushed.push(item);
          queue.push(item);
        }
      }
      expect(popped).toEqual(minima);
      const expected = [...pushed].sort((x, y) => x.t - y.t || x.seq - y.seq);
      expect(drain(queue)).toEqual(expected);
    }
  });

  it("restores from a copy of its heap without disturbing the original", () => {
    const queue = new EventQueue<Item>();
    for (let i = 0; i < 30; i++) queue.push({ t: (i * 7) % 11, seq: i, name: `i${i}` });
    const copy = EventQueue.fromHeap(queue.entries());
    const first = drain(copy);
    expect(queue.size).toBe(30);
    expect(drain(queue)).toEqual(first);
  });
});
