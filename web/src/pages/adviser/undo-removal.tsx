import { useCallback, useEffect, useRef, useState } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

export interface PendingRemoval {
  listId: string;
  itemId: string;
  title: string;
}

/** How long "Ongedaan maken" stays: long enough to read the toast and reach the button. */
export const undoSeconds = 8;

/**
 * A removal that waits: the item is hidden at once and removed on the server after a few seconds,
 * when another removal starts, or when the page closes. Undo within that time and nothing happened.
 */
export function useDeferredRemoval(commit: (pending: PendingRemoval) => Promise<boolean>) {
  const [pending, setPending] = useState<PendingRemoval | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const current = useRef<PendingRemoval | null>(null);
  const commitRef = useRef(commit);
  commitRef.current = commit;

  const flush = useCallback(() => {
    window.clearTimeout(timer.current);
    const due = current.current;
    current.current = null;
    setPending(null);
    if (due) void commitRef.current(due);
  }, []);

  const arm = useCallback(() => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      // The toast goes away: if the keyboard was on it, keep it on the page.
      const focusWasInToast = document.activeElement?.closest('.toast') !== null;
      flush();
      if (focusWasInToast) document.getElementById('lijst-titel')?.focus();
    }, undoSeconds * 1000);
  }, [flush]);

  const start = useCallback(
    (next: PendingRemoval) => {
      if (current.current) flush();
      current.current = next;
      setPending(next);
      arm();
    },
    [flush, arm],
  );

  /** While the adviser is on the toast (keyboard or pointer) it waits; leaving it starts the time again. */
  const hold = useCallback(() => window.clearTimeout(timer.current), []);
  const release = useCallback(() => {
    if (current.current) arm();
  }, [arm]);

  const undo = useCallback(() => {
    window.clearTimeout(timer.current);
    const restored = current.current;
    current.current = null;
    setPending(null);
    return restored;
  }, []);

  // Leaving the page carries the removal out rather than dropping it.
  useEffect(() => flush, [flush]);
  return { pending, start, undo, hold, release };
}
export type DeferredRemoval = ReturnType<typeof useDeferredRemoval>;

/**
 * The toast: what was removed and "Ongedaan maken". Focus stays on the list (the next item, see
 * focusAfterRemoval); the toast is a status message, and it does not time out while it is in use.
 */
export function UndoToast({ removal }: { removal: DeferredRemoval }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const { pending } = removal;
  if (!pending) return null;
  return (
    <div
      className="toast"
      role="status"
      data-testid="undo-toast"
      onFocus={removal.hold}
      onBlur={removal.release}
      onPointerEnter={removal.hold}
      onPointerLeave={removal.release}
    >
      <span>{t.act.list.removedUndo(pending.title)}</span>
      <button
        type="button"
        className="button button--on-dark button--small"
        onClick={() => {
          const restored = removal.undo();
          if (!restored) return;
          announce(t.act.list.restored(restored.title));
          // Back to where the adviser was: the item's own remove button, once it is shown again.
          window.setTimeout(() => document.getElementById(`${restored.itemId}-remove`)?.focus(), 0);
        }}
      >
        {t.act.list.undo}
      </button>
    </div>
  );
}
