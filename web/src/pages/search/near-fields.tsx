import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/language-context.tsx';
import { radiusOptions } from './search-state.ts';

interface NearFieldsProps {
  postcode: string;
  radiusKm: number | null;
  /** A problem the API found with the place, in Dutch. */
  serverError: string | null;
  onApply: (postcode: string, radiusKm: number | null) => void;
}

const defaultRadius = 10;

/**
 * The postcode rules come with the shared zod schemas, which weigh more than the rest of the search
 * page. They load when someone starts on the postcode field, not with the page.
 */
const loadPostcodeCheck = () => import('./postcode-check.ts');

/** "Binnen N km van mijn postcode": the postcode applies on submit, the distance as soon as it changes. */
export function NearFields({ postcode, radiusKm, serverError, onApply }: NearFieldsProps) {
  const { t } = useI18n();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [draft, setDraft] = useState(postcode);
  const [radius, setRadius] = useState<number | null>(postcode ? radiusKm : defaultRadius);
  const [problem, setProblem] = useState<'missing' | 'invalid' | 'unknown' | null>(null);

  // Follow the URL when it changes by itself (back button, "clear all filters").
  useEffect(() => {
    setDraft(postcode);
    if (postcode) setRadius(radiusKm);
  }, [postcode, radiusKm]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = (await loadPostcodeCheck()).checkPostcode(draft);
    if (!checked.ok) {
      setProblem(checked.problem);
      input.current?.focus();
      return;
    }
    setProblem(null);
    onApply(checked.postcode, radius);
  };

  const changeRadius = (value: string) => {
    const next = value ? Number(value) : null;
    setRadius(next);
    if (postcode) onApply(postcode, next);
  };

  // The clear button goes away with the postcode: focus stays in the field, ready for another one.
  const clear = () => {
    setProblem(null);
    onApply('', null);
    input.current?.focus();
  };

  const message = problem
    ? { missing: t.filters.postcodeMissing, invalid: t.filters.postcodeInvalid, unknown: t.filters.postcodeUnknown }[
        problem
      ]
    : serverError;
  const describedBy = [`${id}-hint`, message ? `${id}-error` : null].filter(Boolean).join(' ');

  return (
    <form className="near" onSubmit={submit} noValidate>
      <fieldset className="facet">
        <legend className="facet__legend">{t.filters.near}</legend>
        <div className={message ? 'field field--error' : 'field'}>
          <label htmlFor={`${id}-postcode`}>{t.filters.postcode}</label>
          <p id={`${id}-hint`} className="hint">
            {t.filters.postcodeHint}
          </p>
          {message && (
            <p id={`${id}-error`} className="field__error" lang={problem ? undefined : 'nl'}>
              {message}
            </p>
          )}
          <input
            ref={input}
            id={`${id}-postcode`}
            className="input input--postcode"
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
            onFocus={() => void loadPostcodeCheck()}
            autoComplete="postal-code"
            inputMode="text"
            maxLength={7}
            aria-invalid={message ? true : undefined}
            aria-describedby={describedBy}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-radius`}>{t.filters.radius}</label>
          <select
            id={`${id}-radius`}
            className="input"
            value={radius ?? ''}
            onChange={(e) => changeRadius(e.target.value)}
          >
            <option value="">{t.filters.radiusAny}</option>
            {radiusOptions.map((km) => (
              <option key={km} value={km}>
                {t.filters.radiusKm(km)}
              </option>
            ))}
          </select>
        </div>
        {postcode && (
          <p className="near__active">
            <strong>{t.filters.nearActive(postcode, radiusKm)}</strong>
          </p>
        )}
        <div className="near__actions">
          <button type="submit" className="button button--secondary">
            {t.filters.applyNear}
          </button>
          {postcode && (
            <button type="button" className="button button--link" onClick={clear}>
              {t.filters.clearNear}
            </button>
          )}
        </div>
      </fieldset>
    </form>
  );
}
