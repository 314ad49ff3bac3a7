import { useEffect, useRef, type RefObject } from "react";

/**
 * Focuses an element once it is mounted, without scrolling to it (what `autoFocus` cannot do:
 * on a phone it scrolled a form's submit button into view and the page's heading out of it).
 * Leaves focus alone when the reader has already put it somewhere.
 */
export function useFocusOnMount<T extends HTMLElement>(): RefObject<T | null> {
  const ref = useRef<T>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (active === null || active === document.body) ref.current?.focus({ preventScroll: true });
  }, []);
  return ref;
}
