import type { ReactNode } from 'react';

/** Which texts describe a field: its hint and its error, when there are any. */
export function describedBy(id: string, hint: boolean, error: string | undefined): string | undefined {
  return [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || undefined;
}

/**
 * Label, hint and error around one control. The control itself sets aria-describedby with
 * describedBy(), so the hint and the error are read out with it. Errors mostly come from the shared
 * Dutch schema or from the API, so they are marked lang="nl" unless `errorLang` says otherwise.
 */
export function FormField({
  id,
  label,
  hint,
  error,
  errorLang = 'nl',
  children,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  /** The language of the error: a text from the interface dictionary is in the page's language. */
  errorLang?: string | undefined;
  children: ReactNode;
}) {
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`} lang={errorLang}>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}
