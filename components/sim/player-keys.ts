import type { PlayerController } from "@/lib/sim-player";

export type PlayerKey = "toggle" | "step" | "back" | "restart";

interface KeyLike {
  readonly key: string;
  readonly target: EventTarget | null;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
}

/** What a key does in the player; null when it belongs to a field or a button under focus. */
export function playerKey(event: KeyLike): PlayerKey | null {
  if (event.altKey || event.ctrlKey || event.metaKey) return null;
  const target = event.target;
  if (target instanceof HTMLElement) {
    if (target.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(target.tagName)) return null;
  }
  switch (event.key) {
    case " ":
      // Space presses a focused button or link; elsewhere it plays and pauses.
      return target instanceof Element && target.closest("button, a, summary") ? null : "toggle";
    case "ArrowRight":
      return "step";
    case "ArrowLeft":
      return "back";
    case "r":
    case "R":
      return "restart";
    default:
      return null;
  }
}

export function runPlayerKey(controller: PlayerController, key: PlayerKey): void {
  if (key === "toggle") controller.toggle();
  else if (key === "step") controller.step();
  else if (key === "back") controller.stepBack();
  else controller.restart();
}
