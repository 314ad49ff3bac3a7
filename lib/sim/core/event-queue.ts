/** Anything the queue can order: by time, then by the sequence number it was scheduled with. */
export interface Scheduled {
  readonly t: number;
  readonly seq: number;
}

function before(x: Scheduled, y: Scheduled): boolean {
  return x.t < y.t || (x.t === y.t && x.seq < y.seq);
}

/**
 * A binary min-heap ordered by (t, seq). Ties in time resolve by scheduling order, which is
 * what makes a run deterministic. Entries are treated as immutable, so a copy of the backing
 * array is a complete snapshot.
 */
export class EventQueue<E extends Scheduled> {
  private heap: E[];

  constructor(entries: readonly E[] = []) {
    this.heap = [];
    for (const entry of entries) this.push(entry);
  }

  /** Rebuilds a queue from `entries()` of another one without re-heapifying. */
  static fromHeap<E extends Scheduled>(heap: readonly E[]): EventQueue<E> {
    const queue = new EventQueue<E>();
    queue.heap = heap.slice();
    return queue;
  }

  get size(): number {
    return this.heap.length;
  }

  peek(): E | undefined {
    return this.heap[0];
  }

  push(entry: E): void {
    const heap = this.heap;
    heap.push(entry);
    let i = heap.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = heap[parent] as E;
      if (!before(entry, p)) break;
      heap[i] = p;
      i = parent;
    }
    heap[i] = entry;
  }

  pop(): E | undefined {
    const heap = this.heap;
    const top = heap[0];
    const last = heap.pop();
    if (top === undefined || last === undefined || heap.length === 0) return top;
    const n = heap.length;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      let child = left;
      if (right < n && before(heap[right] as E, heap[left] as E)) child = right;
      const c = heap[child] as E;
      if (!before(c, last)) break;
      heap[i] = c;
      i = child;
    }
    heap[i] = last;
    return top;
  }

  /** The backing array in heap order (a copy): for snapshots and for listing what is pending. */
  entries(): E[] {
    return this.heap.slice();
  }
}
