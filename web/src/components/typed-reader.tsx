import { useState } from 'react';
import { useClient } from 'urql';
import { graphql } from '../gql/index.ts';
import type { CertificateKey } from '../gql/graphql.ts';
import { useI18n } from '../i18n/language-context.tsx';
import type { TaxonomyItem } from './taxonomy-item.ts';

const ReadQuery = graphql(`
  query TypedReader_Read($kind: ReadKind!, $text: String!) {
    readText(kind: $kind, text: $text) {
      kind
      read {
        ...TypedReader_Suggestion
      }
      suggestions {
        ...TypedReader_Suggestion
      }
    }
  }
  fragment TypedReader_Suggestion on ResolutionSuggestion {
    uri
    labelNl
    labelLang
    occupation {
      uri
      labelNl
      labelEn
    }
    skill {
      uri
      labelNl
      labelEn
      label
      labelLang
    }
    certificate {
      key
      nameNl
      nameEn
    }
  }
`);

interface Choice {
  uri: string;
  labelNl: string;
  labelLang: string;
  occupation?: { uri: string; labelNl: string; labelEn: string } | null;
  skill?: { uri: string; labelNl?: string | null; labelEn: string; label: string; labelLang: string } | null;
  certificate?: { key: CertificateKey; nameNl: string; nameEn: string } | null;
}

interface Props {
  kind: 'skills' | 'occupations';
  text: string;
  onPick: (item: TaxonomyItem) => void;
  onCertificate?: ((key: CertificateKey, label: string) => void) | undefined;
  /** After an item was added: clear the field. */
  onDone: (announcement: string) => void;
}

/**
 * Reads what the person typed the way the matching does (typos, employer words, certificates): added at
 * once when it is clear, otherwise "Bedoel je ...?" with the suggestions as buttons. Nothing typed is
 * dropped without saying so.
 */
export function TypedReader({ kind, text, onPick, onCertificate, onDone }: Props) {
  const { lang, t } = useI18n();
  const client = useClient();
  const [state, setState] = useState<
    { step: 'idle' } | { step: 'reading' } | { step: 'ask'; text: string; choices: Choice[] }
  >({ step: 'idle' });

  const label = (c: Choice) =>
    c.certificate
      ? lang === 'en'
        ? c.certificate.nameEn
        : c.certificate.nameNl
      : c.occupation
        ? lang === 'en'
          ? c.occupation.labelEn
          : c.occupation.labelNl
        : c.skill
          ? lang === 'en'
            ? c.skill.labelEn
            : c.skill.label
          : c.labelNl;
  const labelLang = (c: Choice) => (c.skill && lang !== 'en' ? c.skill.labelLang : lang);

  const take = (c: Choice) => {
    const shown = label(c);
    if (c.certificate && onCertificate) {
      onCertificate(c.certificate.key, shown);
      onDone(t.picker.addedCertificate(shown));
    } else {
      const item = c.occupation ?? c.skill;
      if (!item) return;
      onPick({ uri: item.uri, labelNl: item.labelNl ?? item.labelEn, labelEn: item.labelEn });
      onDone(t.picker.added(shown));
    }
    setState({ step: 'idle' });
  };

  const read = async () => {
    const typed = text.trim();
    if (!typed) return;
    setState({ step: 'reading' });
    const result = await client
      .query(ReadQuery, { kind: kind === 'skills' ? 'SKILL' : 'OCCUPATION', text: typed })
      .toPromise();
    const reading = result.data?.readText;
    const read = reading?.read as Choice | null | undefined;
    if (read && (read.certificate ? onCertificate : true)) take(read);
    else setState({ step: 'ask', text: typed, choices: (reading?.suggestions ?? []) as Choice[] });
  };

  return (
    <div className="typed-reader">
      {text.trim().length >= 2 && (
        <button type="button" className="button button--secondary" onClick={read} disabled={state.step === 'reading'}>
          {t.picker.addTyped(text.trim())}
        </button>
      )}
      <div aria-live="polite">
        {state.step === 'reading' && <p className="hint">{t.picker.reading}</p>}
        {state.step === 'ask' &&
          (state.choices.length === 0 ? (
            <p className="hint">{t.picker.notRead(state.text)}</p>
          ) : (
            <div className="typed-reader__ask">
              <p>{t.picker.didYouMean(state.text)}</p>
              <ul className="plain-list picker__options" data-testid={`did-you-mean-${kind}`}>
                {state.choices.map((c) => (
                  <li key={c.uri}>
                    <button type="button" className="button button--link" lang={labelLang(c)} onClick={() => take(c)}>
                      {label(c)}
                      {labelLang(c) === 'en' && lang !== 'en' && (
                        <span className="visually-hidden" lang="nl">
                          {` ${t.picker.englishLabel}`}
                        </span>
                      )}
                    </button>
                  </li>
                ))}
              </ul>
            </div>
          ))}
      </div>
    </div>
  );
}
