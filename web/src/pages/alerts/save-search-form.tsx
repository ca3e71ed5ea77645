import { savedSearchInputSchema } from '@werkbrug/shared/schemas/saved-search';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { FormField, describedBy } from '../../components/form-field.tsx';
import { graphql } from '../../gql/index.ts';
import type { AlertFrequency, SavedSearchKind } from '../../gql/graphql.ts';
import { errorMessage, fieldProblems } from '../../graphql/errors.ts';
import { useI18n } from '../../i18n/language-context.tsx';

const SaveMutation = graphql(`
  mutation SaveSearchForm_Save($input: SaveSearchInput!) {
    saveSearch(input: $input) {
      id
      name
      frequency
    }
  }
`);

const toApiKind = { SEARCH: 'search', MATCHES: 'matches' } as const;
const toApiFrequency = { DAILY: 'daily', WEEKLY: 'weekly' } as const;

/**
 * Name and frequency for a search to save; checked with the shared schema before sending, then the
 * API's field messages. After saving it says so where the form was, with a link to all alerts.
 */
export function SaveSearchForm({
  kind,
  query,
  defaultName,
  focusOnOpen = false,
}: {
  kind: SavedSearchKind;
  query: string;
  defaultName: string;
  /** Opened by a button that is now gone: the keyboard continues in the name field. */
  focusOnOpen?: boolean;
}) {
  const { t } = useI18n();
  const id = useId();
  const [result, save] = useMutation(SaveMutation);
  const [name, setName] = useState(defaultName);
  const [frequency, setFrequency] = useState<AlertFrequency>('WEEKLY');
  const [error, setError] = useState<{ text: string; lang?: string } | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const nameRef = useRef<HTMLInputElement>(null);
  // biome-ignore lint/correctness/useExhaustiveDependencies: only when the form appears
  useEffect(() => {
    if (focusOnOpen) nameRef.current?.focus();
  }, []);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const checked = savedSearchInputSchema.safeParse({
      name,
      kind: toApiKind[kind],
      query,
      frequency: toApiFrequency[frequency],
    });
    if (!checked.success) {
      setError({ text: checked.error.issues[0]?.message ?? t.site.unknownError, lang: 'nl' });
      return;
    }
    const response = await save(
      { input: { name: checked.data.name, kind, query, frequency } },
      { additionalTypenames: ['SavedSearch'] },
    );
    if (response.error) {
      const field = fieldProblems(response.error)[0];
      const general = errorMessage(response.error, { network: t.site.networkError, unknown: t.site.unknownError });
      setError(
        field ? { text: field.message, lang: 'nl' } : { text: general.text, lang: general.fromApi ? 'nl' : undefined },
      );
      return;
    }
    setError(null);
    setSaved(checked.data.name);
  };

  if (saved)
    return (
      <p className="notice" role="status" data-testid="search-saved">
        {t.act.alerts.saved(saved)} <Link to="/mijn/meldingen">{t.act.alerts.toAlerts}</Link>
      </p>
    );

  return (
    <form className="form form--compact" onSubmit={submit} noValidate aria-labelledby={`${id}-kop`}>
      <h3 id={`${id}-kop`}>{t.act.alerts.saveHeading}</h3>
      <FormField id={`${id}-naam`} label={t.act.alerts.saveName} error={error?.text}>
        <input
          ref={nameRef}
          id={`${id}-naam`}
          className="input"
          value={name}
          maxLength={100}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(`${id}-naam`, false, error?.text)}
        />
      </FormField>
      <fieldset className="choice-group">
        <legend>{t.act.alerts.frequency}</legend>
        {(['DAILY', 'WEEKLY'] as const).map((f) => (
          <label key={f} className="choice">
            <input type="radio" name={`${id}-hoe-vaak`} checked={frequency === f} onChange={() => setFrequency(f)} />{' '}
            {t.act.alerts.frequencies[f]}
          </label>
        ))}
      </fieldset>
      <button type="submit" className="button" disabled={result.fetching}>
        {result.fetching
          ? t.act.alerts.saving
          : kind === 'MATCHES'
            ? t.act.alerts.saveMatches
            : t.act.alerts.saveSearch}
      </button>
    </form>
  );
}
