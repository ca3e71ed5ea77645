import { certificateKeys, certificateNames } from '@werkbrug/shared/schemas/certificate';
import type { CertificateKey } from '../gql/graphql.ts';
import { useI18n } from '../i18n/language-context.tsx';

/** The GraphQL enum name of a shared certificate key: `vca-basis` is `VCA_BASIS`. */
export const certificateEnum = (key: string) => key.replace(/-/g, '_').toUpperCase() as CertificateKey;
const sharedKey = (value: CertificateKey) => value.toLowerCase().replace(/_/g, '-') as (typeof certificateKeys)[number];

export function certificateLabel(value: CertificateKey, lang: 'nl' | 'en'): string {
  return certificateNames[sharedKey(value)]?.[lang] ?? value;
}

/** Certificates and licences as checkboxes: a short, fixed list, easier than typing for most people. */
export function CertificateField({
  id,
  value,
  onChange,
}: {
  id: string;
  value: readonly CertificateKey[];
  onChange: (next: CertificateKey[]) => void;
}) {
  const { lang, t } = useI18n();
  return (
    <fieldset className="field certificate-field" aria-describedby={`${id}-hint`}>
      <legend className="field__label">{t.certificates.legend}</legend>
      <p className="hint" id={`${id}-hint`}>
        {t.certificates.hint} {t.certificates.chosen(value.length)}
      </p>
      <ul className="plain-list certificate-field__list" data-testid="certificates">
        {certificateKeys.map((key) => {
          const e = certificateEnum(key);
          const checked = value.includes(e);
          return (
            <li key={key}>
              <input
                type="checkbox"
                id={`${id}-${key}`}
                checked={checked}
                onChange={() => onChange(checked ? value.filter((v) => v !== e) : [...value, e])}
              />
              <label htmlFor={`${id}-${key}`}>{certificateNames[key][lang]}</label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}
