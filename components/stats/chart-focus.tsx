"use client";

import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from "react";

interface ChartFocusProps {
  children: React.ReactNode;
  /** Shown under the chart until a mark is hovered or focused. */
  hint: string;
  /** How far Left/Right arrows move among the marks (7 = a week in the heatmap). */
  across?: number;
  /** How far Up/Down arrows move (0 = not at all). */
  down?: number;
  /** Start scrolled to the newest end (the heatmap on a phone). */
  scrollToEnd?: boolean;
  testId: string;
}

function marksIn(container: HTMLElement): (HTMLElement | SVGElement)[] {
  return [...container.querySelectorAll("[data-tip]")].filter(
    (el): el is HTMLElement | SVGElement => el instanceof HTMLElement || el instanceof SVGElement,
  );
}

/**
 * Wraps a server-drawn chart whose marks carry `data-tip`: the mark under the pointer or with
 * keyboard focus is described in a live caption. One mark is in the tab order (roving
 * tabindex); arrow keys, Home and End move between them.
 */
export function ChartFocus({ children, hint, across = 1, down = 0, scrollToEnd = false, testId }: ChartFocusProps) {
  const scroller = useRef<HTMLDivElement>(null);
  const [caption, setCaption] = useState<string | null>(null);

  useEffect(() => {
    const el = scroller.current;
    if (scrollToEnd && el) el.scrollLeft = el.scrollWidth;
  }, [scrollToEnd]);

  const describe = (event: SyntheticEvent) => {
    const target = event.target instanceof Element ? event.target.closest("[data-tip]") : null;
    const tip = target?.getAttribute("data-tip");
    if (tip) setCaption(tip);
  };

  const move = (event: KeyboardEvent) => {
    const container = scroller.current;
    if (!container || !(event.target instanceof Element)) return;
    const marks = marksIn(container);
    const from = marks.findIndex((m) => m === event.target);
    if (from < 0) return;
    const steps: Record<string, number> = { ArrowRight: across, ArrowLeft: -across, ArrowDown: down, ArrowUp: -down };
    let to = event.key === "Home" ? 0 : event.key === "End" ? marks.length - 1 : from + (steps[event.key] ?? 0);
    if (to === from || !(event.key in steps || event.key === "Home" || event.key === "End")) return;
    event.preventDefault();
    to = Math.min(marks.length - 1, Math.max(0, to));
    const next = marks[to];
    if (!next) return;
    for (const mark of marks) mark.setAttribute("tabindex", "-1");
    next.setAttribute("tabindex", "0");
    next.focus();
  };

  return (
    <div>
      <div ref={scroller} className="overflow-x-auto pb-1" onFocus={describe} onMouseOver={describe} onKeyDown={move}>
        {children}
      </div>
      <p aria-live="polite" className="mt-1 min-h-5 text-sm text-zinc-600 dark:text-zinc-400" data-testid={testId}>
        {caption ?? hint}
      </p>
    </div>
  );
}
