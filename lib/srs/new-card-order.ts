/** What ordering needs to know about a note. */
export interface OrderableNote {
  id: string;
  /** Ids of notes to learn first; ids not among `notes` are ignored. */
  prerequisites: readonly string[];
  /** Topic used for interleaving; falls back to the first tag. */
  area?: string;
  tags?: readonly string[];
}

export interface OrderableCard {
  id: string;
  noteId: string;
}

interface NoteSlot {
  index: number;
  topic: string;
  blockers: Set<number>;
  dependents: number[];
  cards: string[];
  emitted: number;
  started: boolean;
  done: boolean;
}

function topicOf(note: OrderableNote): string {
  return note.area ?? note.tags?.[0] ?? "";
}

/**
 * The first strongly connected component Tarjan's algorithm completes from `start`
 * along `next`: one that no edge leaves, i.e. a cycle with no prerequisite outside it.
 */
function closedComponent(start: number, size: number, next: (node: number) => number[]): number[] {
  const order = new Array<number>(size).fill(-1);
  const low = new Array<number>(size).fill(-1);
  const onStack = new Set<number>();
  const stack: number[] = [];
  const frames: { node: number; edges: number[]; at: number }[] = [];
  let counter = 0;
  const enter = (node: number): void => {
    order[node] = counter;
    low[node] = counter;
    counter += 1;
    stack.push(node);
    onStack.add(node);
    frames.push({ node, edges: next(node), at: 0 });
  };
  enter(start);
  for (let frame = frames.at(-1); frame; frame = frames.at(-1)) {
    const to = frame.edges[frame.at];
    if (to !== undefined) {
      frame.at += 1;
      if ((order[to] ?? -1) < 0) enter(to);
      else if (onStack.has(to)) low[frame.node] = Math.min(low[frame.node] ?? 0, order[to] ?? 0);
      continue;
    }
    frames.pop();
    if (low[frame.node] === order[frame.node]) {
      const component: number[] = [];
      for (let node = stack.pop(); node !== undefined; node = stack.pop()) {
        onStack.delete(node);
        component.push(node);
        if (node === frame.node) break;
      }
      return component;
    }
    const parent = frames.at(-1);
    if (parent) low[parent.node] = Math.min(low[parent.node] ?? 0, low[frame.node] ?? 0);
  }
  return [start];
}

/**
 * New cards in study order. Notes and cards arrive in library order, which breaks
 * every tie, so the result is deterministic:
 * - all cards of a note's prerequisites come before any card of the note; a cycle is
 *   broken by starting its earliest note in library order;
 * - topics take turns, one card each, so consecutive cards change topic whenever more
 *   than one topic has a card ready.
 * Cards whose note is not among `notes` come last, in library order.
 */
export function orderNewCards(
  notes: readonly OrderableNote[],
  cards: readonly OrderableCard[],
): string[] {
  const indexById = new Map<string, number>();
  notes.forEach((note, index) => {
    if (!indexById.has(note.id)) indexById.set(note.id, index);
  });
  const slots: NoteSlot[] = notes.map((note, index) => ({
    index,
    topic: topicOf(note),
    blockers: new Set<number>(),
    dependents: [],
    cards: [],
    emitted: 0,
    started: false,
    done: indexById.get(note.id) !== index, // a repeated note id is ignored
  }));
  for (const slot of slots) {
    if (slot.done) continue;
    for (const prerequisite of notes[slot.index]?.prerequisites ?? []) {
      const before = indexById.get(prerequisite);
      if (before === undefined || before === slot.index || slot.blockers.has(before)) continue;
      slot.blockers.add(before);
      slots[before]?.dependents.push(slot.index);
    }
  }
  const orphans: string[] = [];
  for (const card of cards) {
    const index = indexById.get(card.noteId);
    if (index === undefined) orphans.push(card.id);
    else slots[index]?.cards.push(card.id);
  }

  const live = slots.filter((slot) => !slot.done);
  let remaining = live.length;
  const topics = [...new Set(live.map((slot) => slot.topic))];
  const byTopic = new Map(topics.map((topic) => [topic, live.filter((s) => s.topic === topic)]));

  const finish = (first: NoteSlot): void => {
    const pending = [first];
    for (let slot = pending.pop(); slot; slot = pending.pop()) {
      if (slot.done) continue;
      slot.done = true;
      remaining -= 1;
      for (const dependent of slot.dependents) {
        const next = slots[dependent];
        if (!next || next.done) continue;
        next.blockers.delete(slot.index);
        // A ready note without cards is complete at once.
        if (next.blockers.size === 0 && next.cards.length === 0) pending.push(next);
      }
    }
  };
  for (const slot of live) {
    if (!slot.done && slot.blockers.size === 0 && slot.cards.length === 0) finish(slot);
  }

  // The topic's note in progress, else its earliest ready note.
  const pick = (topic: string): NoteSlot | undefined => {
    const candidates = byTopic.get(topic) ?? [];
    return (
      candidates.find((s) => s.started && !s.done) ??
      candidates.find((s) => !s.done && s.blockers.size === 0)
    );
  };

  const order: string[] = [];
  let turn = 0;
  while (remaining > 0) {
    let slot: NoteSlot | undefined;
    for (let step = 0; step < topics.length && !slot; step += 1) {
      const at = (turn + step) % topics.length;
      slot = pick(topics[at] ?? "");
      if (slot) turn = (at + 1) % topics.length;
    }
    if (slot) {
      slot.started = true;
      const cardId = slot.cards[slot.emitted];
      if (cardId !== undefined) order.push(cardId);
      slot.emitted += 1;
      if (slot.emitted >= slot.cards.length) finish(slot);
      continue;
    }
    // Only cycles block what is left: start the earliest note of a cycle that nothing
    // outside it blocks.
    const start = slots.find((s) => !s.done);
    if (!start) break;
    const component = closedComponent(start.index, slots.length, (node) =>
      [...(slots[node]?.blockers ?? [])].sort((a, b) => a - b),
    );
    const earliest = slots[Math.min(...component)];
    if (!earliest) break;
    earliest.blockers.clear();
    if (earliest.cards.length === 0) finish(earliest);
  }
  return [...order, ...orphans];
}
