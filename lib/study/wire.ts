import type { CardState } from "@/lib/srs";
import type { WireCardState } from "./review-requests";

export function toWire(state: CardState): WireCardState {
  return { ...state, due: state.due.getTime(), lastReview: state.lastReview ? state.lastReview.getTime() : null };
}

export function fromWire(state: WireCardState): CardState {
  return { ...state, due: new Date(state.due), lastReview: state.lastReview === null ? null : new Date(state.lastReview) };
}
