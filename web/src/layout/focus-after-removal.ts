/** What can take focus inside an element, in document order. */
const focusable =
  'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), [tabindex="0"]';

function firstFocusable(el: Element | null | undefined, selector: string): HTMLElement | null {
  return el?.isConnected ? el.querySelector<HTMLElement>(selector) : null;
}

/** Whether focus has gone nowhere (the page itself) or is inside what is being removed. */
function focusIsLost(removed: Element): boolean {
  const active = document.activeElement;
  return !active || active === document.body || !active.isConnected || removed.contains(active);
}

/**
 * The item that has focus is about to leave its list (a vacancy closed, a list item or a chosen skill
 * removed): once it is gone, focus goes to the same place in the list, the next item or else the
 * one before, or to `fallback` when the list is empty, instead of falling back to the page and
 * making a keyboard or screen-reader user start again at the top. Pass the item (usually the `li`)
 * before it goes. In the neighbour, focus goes to its first control, or to the first that matches
 * `selector` (a list of chosen skills: the next one's remove button). Waits for the item to
 * disappear, which can take a request; does nothing when the visitor has meanwhile put focus
 * somewhere else.
 */
export function focusAfterRemoval(
  item: Element | null,
  fallback: () => HTMLElement | null,
  { selector = focusable, timeoutMs = 5000 }: { selector?: string; timeoutMs?: number } = {},
): void {
  if (!item) return;
  const next = item.nextElementSibling;
  const previous = item.previousElementSibling;
  const started = performance.now();
  const attempt = () => {
    if (item.isConnected && performance.now() - started < timeoutMs) {
      window.requestAnimationFrame(attempt);
      return;
    }
    if (item.isConnected || !focusIsLost(item)) return;
    const target = firstFocusable(next, selector) ?? firstFocusable(previous, selector) ?? fallback();
    target?.focus();
  };
  window.requestAnimationFrame(attempt);
}

/** For fallbacks: an element by id, which must be focusable (a heading gets tabIndex -1). */
export const byId = (id: string) => () => document.getElementById(id);
