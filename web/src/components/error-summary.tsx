import { useEffect, useRef, type MouseEvent } from 'react';
import type { FieldMessage } from './text-field.tsx';

export interface SummaryItem extends FieldMessage {
  /** Id of the field the message is about; none for a message about the whole form. */
  fieldId?: string;
}

/**
 * All problems of a form at the top, each linking to its field. It takes focus when it appears (or
 * changes), so a screen reader reads the problems and a keyboard user can jump to each field.
 */
export function ErrorSummary({ title, items, attempt }: { title: string; items: SummaryItem[]; attempt: number }) {
  const ref = useRef<HTMLDivElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: focus on each submit attempt, not on every change of the list
  useEffect(() => {
    if (items.length) ref.current?.focus();
  }, [attempt]);
  if (!items.length) return null;

  const jump = (event: MouseEvent<HTMLAnchorElement>, fieldId: string) => {
    event.preventDefault();
    document.getElementById(fieldId)?.focus();
  };

  return (
    <div ref={ref} className="error-summary" role="alert" tabIndex={-1} aria-labelledby="fouten-titel">
      <h2 id="fouten-titel">{title}</h2>
      <ul>
        {items.map((item) => (
          <li key={`${item.fieldId ?? 'form'}-${item.text}`} lang={item.lang}>
            {item.fieldId ? (
              <a href={`#${item.fieldId}`} onClick={(e) => jump(e, item.fieldId ?? '')}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
