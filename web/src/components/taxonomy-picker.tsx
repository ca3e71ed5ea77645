import { useDeferredValue, useState } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../gql/index.ts';
import { useI18n } from '../i18n/language-context.tsx';
import type { CertificateKey } from '../gql/graphql.ts';
import { TypedReader } from './typed-reader.tsx';
import type { TaxonomyItem } from './taxonomy-item.ts';

const SkillsQuery = graphql(`
  query TaxonomyPicker_Skills($query: String!) {
    skills(query: $query, first: 8) {
      uri
      labelNl
      labelEn
    }
  }
`);

const OccupationsQuery = graphql(`
  query TaxonomyPicker_Occupations($query: String!) {
    occupations(query: $query, first: 8) {
      uri
      labelNl
      labelEn
    }
  }
`);

export type { TaxonomyItem } from './taxonomy-item.ts';

interface PickerProps {
  id: string;
  kind: 'skills' | 'occupations';
  label: string;
  hint: string;
  error?: string | undefined;
  /** Already chosen: not offered again. */
  exclude?: readonly string[];
  onPick: (item: TaxonomyItem) => void;
  /** A certificate typed here ("heftruckcertificaat") goes to the certificates instead. */
  onCertificate?: (key: CertificateKey, label: string) => void;
  /** Called with a sentence to announce after something was added. */
  onAnnounce?: (text: string) => void;
}

/**
 * Choose from the taxonomy as you type. Suggestions are plain buttons under the field, with their
 * number announced: simpler to use with a screen reader or a keyboard than a custom listbox, and it
 * works the same on a phone.
 */
export function TaxonomyPicker({
  id,
  kind,
  label,
  hint,
  error,
  exclude = [],
  onPick,
  onCertificate,
  onAnnounce,
}: PickerProps) {
  const { lang, t } = useI18n();
  const [text, setText] = useState('');
  const query = useDeferredValue(text.trim());
  const active = query.length >= 2;
  const [skills] = useQuery({ query: SkillsQuery, variables: { query }, pause: !active || kind !== 'skills' });
  const [occupations] = useQuery({
    query: OccupationsQuery,
    variables: { query },
    pause: !active || kind !== 'occupations',
  });
  const found: TaxonomyItem[] = ((kind === 'skills' ? skills.data?.skills : occupations.data?.occupations) ?? []).map(
    (item) => ({ uri: item.uri, labelNl: item.labelNl ?? item.labelEn, labelEn: item.labelEn }),
  );
  const offered = found.filter((item) => !exclude.includes(item.uri));
  const labelOf = (item: TaxonomyItem) => (lang === 'en' ? item.labelEn : item.labelNl);
  const describedBy = [`${id}-hint`, error ? `${id}-error` : ''].filter(Boolean).join(' ');

  return (
    <div className={error ? 'field field--error picker' : 'field picker'}>
      <label htmlFor={id}>{label}</label>
      <p className="hint" id={`${id}-hint`}>
        {hint}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`} lang="nl">
          {error}
        </p>
      )}
      <input
        id={id}
        className="input"
        type="search"
        autoComplete="off"
        value={text}
        onChange={(e) => setText(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy}
      />
      <div aria-live="polite" className="picker__status visually-hidden">
        {active && (skills.data || occupations.data) ? t.picker.suggestions(offered.length) : ''}
      </div>
      {active && offered.length > 0 && (
        <ul className="picker__options" data-testid={`${id}-options`}>
          {offered.map((item) => (
            <li key={item.uri}>
              <button
                type="button"
                className="button button--link"
                lang={lang}
                onClick={() => {
                  onPick(item);
                  setText('');
                  document.getElementById(id)?.focus();
                }}
              >
                <span className="visually-hidden">{t.picker.choose}</span>
                {labelOf(item)}
              </button>
            </li>
          ))}
        </ul>
      )}
      <TypedReader
        kind={kind}
        text={text}
        onPick={onPick}
        onCertificate={onCertificate}
        onDone={(announcement) => {
          setText('');
          onAnnounce?.(announcement);
          document.getElementById(id)?.focus();
        }}
      />
    </div>
  );
}
