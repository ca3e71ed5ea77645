import { useQuery } from 'urql';
import { TaxonomyPicker, type TaxonomyItem } from '../../components/taxonomy-picker.tsx';
import { graphql } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { useAnnounce } from '../../layout/announcer.tsx';

const SectorsQuery = graphql(`
  query WishesFields_Sectors {
    sectors {
      key
      nameNl
      nameEn
    }
  }
`);

/** Where the person wants to go, as the form holds it. */
export interface WishesDraft {
  occupations: TaxonomyItem[];
  sectors: string[];
  excludeOccupations: TaxonomyItem[];
  excludeSectors: string[];
  stayInField: boolean | null;
}

export const noWishesDraft: WishesDraft = {
  occupations: [],
  sectors: [],
  excludeOccupations: [],
  excludeSectors: [],
  stayInField: null,
};

type OccupationKey = 'occupations' | 'excludeOccupations';
type SectorKey = 'sectors' | 'excludeSectors';

/**
 * The "what you want" step of the profile: occupations and sectors aimed for and ruled out, and
 * whether the person wants to stay in their field. Sectors are checkboxes (28, with the names the
 * API gives in both languages); occupations are picked from the taxonomy as in the first step.
 */
export function WishesFields({ value, onChange }: { value: WishesDraft; onChange: (next: WishesDraft) => void }) {
  const { lang, t } = useI18n();
  const announce = useAnnounce();
  const [sectors] = useQuery({ query: SectorsQuery });
  const labelOf = (item: TaxonomyItem) => (lang === 'en' ? item.labelEn : item.labelNl);

  const occupationList = (key: OccupationKey, label: string, hint: string) => (
    <>
      <TaxonomyPicker
        id={`prof-wish-${key}`}
        kind="occupations"
        label={label}
        hint={hint}
        exclude={[...value.occupations, ...value.excludeOccupations].map((o) => o.uri)}
        onPick={(item) => {
          onChange({ ...value, [key]: [...value[key], item] });
          announce(t.picker.chosen(labelOf(item)));
        }}
      />
      {value[key].length === 0 ? (
        <p className="hint">{t.wishes.none}</p>
      ) : (
        <ul className="chip-list" data-testid={`chosen-${key}`}>
          {value[key].map((o) => (
            <li key={o.uri} className="chip">
              <span lang={lang}>{labelOf(o)}</span>
              <button
                type="button"
                className="chip__remove"
                onClick={() => onChange({ ...value, [key]: value[key].filter((x) => x.uri !== o.uri) })}
                aria-label={t.profile.remove(labelOf(o))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </>
  );

  const sectorBoxes = (key: SectorKey, legend: string, hint?: string) => (
    <fieldset className="radio-group">
      <legend className="field__label">{legend}</legend>
      {hint && <p className="hint">{hint}</p>}
      <ul className="wish-list">
        {(sectors.data?.sectors ?? []).map((s) => {
          const id = `prof-${key}-${s.key}`;
          const other = key === 'sectors' ? value.excludeSectors : value.sectors;
          return (
            <li key={s.key} className="check">
              <input
                id={id}
                type="checkbox"
                checked={value[key].includes(s.key)}
                disabled={other.includes(s.key)}
                onChange={(e) =>
                  onChange({
                    ...value,
                    [key]: e.target.checked ? [...value[key], s.key] : value[key].filter((k) => k !== s.key),
                  })
                }
              />
              <label htmlFor={id} lang={lang}>
                {lang === 'en' ? s.nameEn : s.nameNl}
              </label>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );

  const stay: [string, boolean | null, string][] = [
    ['yes', true, t.wishes.stayYes],
    ['no', false, t.wishes.stayNo],
    ['unsaid', null, t.wishes.stayUnsaid],
  ];

  return (
    <>
      <p>{t.wishes.intro}</p>
      <fieldset className="radio-group">
        <legend className="field__label">{t.wishes.stay}</legend>
        {stay.map(([key, v, label]) => (
          <span key={key} className="check">
            <input
              id={`prof-stay-${key}`}
              type="radio"
              name="prof-stay"
              checked={value.stayInField === v}
              onChange={() => onChange({ ...value, stayInField: v })}
            />
            <label htmlFor={`prof-stay-${key}`}>{label}</label>
          </span>
        ))}
      </fieldset>
      {occupationList('occupations', t.wishes.occupations, t.wishes.occupationsHint)}
      {sectorBoxes('sectors', t.wishes.sectors)}
      {occupationList('excludeOccupations', t.wishes.excludeOccupations, t.wishes.excludeHint)}
      {sectorBoxes('excludeSectors', t.wishes.excludeSectors, t.wishes.excludeHint)}
    </>
  );
}
