import { FSRSAlgorithm, type FSRSState } from "ts-fsrs";
import type { CardHistory, ReviewTarget } from "./dataset";

/**
 * FSRS-6 recall predictions for `targets`: each card's memory state is replayed over
 * its whole history (same-day reviews use FSRS-6's short-term update), and a target's
 * prediction is the forgetting curve of the state before it at its day gap.
 */
export function predictFsrs(
  histories: readonly CardHistory[],
  targets: readonly ReviewTarget[],
  weights: readonly number[],
): number[] {
  const model = new FSRSAlgorithm({ w: [...weights], enable_short_term: true });
  const wanted = new Map<number, Map<number, number>>();
  targets.forEach((target, k) => {
    const card = wanted.get(target.card) ?? new Map<number, number>();
    card.set(target.at, k);
    wanted.set(target.card, card);
  });
  const predictions = new Array<number>(targets.length).fill(Number.NaN);
  for (const [card, slots] of wanted) {
    const reviews = histories[card]?.reviews ?? [];
    const last = Math.max(...slots.keys());
    let state: FSRSState | null = null;
    for (let at = 0; at <= last; at += 1) {
      const review = reviews[at];
      if (!review) break;
      const slot = slots.get(at);
      if (slot !== undefined && state) predictions[slot] = model.forgetting_curve(review.deltaDays, state.stability);
      state = model.next_state(state, review.deltaDays, review.rating);
    }
  }
  return predictions;
}
