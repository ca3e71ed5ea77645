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

  const start = useCallback(
    (next: PendingRemoval) => {
      if (current.current) flush();
      current.current = next;
      setPending(next);
      timer.current = window.setTimeout(() => {
        // The toast goes away: if the keyboard was on it, keep it on the page.
        const focusWasInToast = document.activeElement?.closest('.toast') !== null;
        flush();
        if (focusWasInToast) document.getElementById('lijst-titel')?.focus();
      }, undoSeconds * 1000);
    },
    [flush],
  );

  const undo = useCallback(() => {
    window.clearTimeout(timer.current);
    const restored = current.current;
    current.current = null;
    setPending(null);
    return restored;
  }, []);

  // Leaving the page carries the removal out rather than dropping it.
  useEffect(() => flush, [flush]);
  return { pending, start, undo };
}
export type DeferredRemoval = ReturnType<typeof useDeferredRemoval>;

/** The toast: what was removed and "Ongedaan maken"; it takes focus, since the removed button is gone. */
export function UndoToast({ removal }: { removal: DeferredRemoval }) {
  const { t } = useI18n();
  const announce = useAnnounce();
  const button = useRef<HTMLButtonElement>(null);
  const { pending } = removal;
  useEffect(() => {
    if (pending) button.current?.focus();
  }, [pending]);
  if (!pending) return null;
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      <span>{t.act.list.removedUndo(pending.title)}</span>
      <button
        ref={button}
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
