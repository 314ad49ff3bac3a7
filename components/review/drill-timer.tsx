"use client";

import { useEffect, useState } from "react";

/** A visible 30-second countdown; calls onExpire once when it reaches zero. */
export function DrillTimer({ seconds = 30, running, onExpire }: { seconds?: number; running: boolean; onExpire: () => void }) {
  const [left, setLeft] = useState(seconds);
  useEffect(() => {
    if (!running) return;
    const started = Date.now();
    const id = window.setInterval(() => {
      const remaining = Math.max(0, seconds - Math.floor((Date.now() - started) / 1000));
      setLeft(remaining);
      if (remaining === 0) {
        window.clearInterval(id);
        onExpire();
      }
    }, 250);
    return () => window.clearInterval(id);
  }, [running, seconds, onExpire]);
  const fraction = left / seconds;
  return (
    <div className="flex items-center gap-3" role="timer" aria-label={`${left} seconds left`}>
      <div className="h-2 flex-1 overflow-hidden rounded-full bg-zinc-200 dark:bg-zinc-800">
        <div
          className={`h-full transition-[width] duration-200 ${left <= 5 ? "bg-red-500" : "bg-brand-500"}`}
          style={{ width: `${fraction * 100}%` }}
        />
      </div>
      <span className={`w-12 text-right font-mono text-sm tabular-nums ${left <= 5 ? "text-red-600 dark:text-red-400" : ""}`} data-testid="drill-timer">
        0:{left.toString().padStart(2, "0")}
      </span>
    </div>
  );
}
