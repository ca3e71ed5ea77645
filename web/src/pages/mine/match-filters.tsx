import { useId, useState, type FormEvent } from 'react';
import { useQuery } from 'urql';
import { graphql } from '../../gql/index.ts';
import type { MatchFilter, MatchFit } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';

const SectorsQuery = graphql(`
  query MatchFilters_Sectors {
    sectors {
      key
      nameNl
      nameEn
    }
  }
`);

const hoursChoices = [8, 16, 24, 32] as const;
const kmChoices = [5, 10, 20, 40] as const;

/** The filters of "my matches": sector, hours, distance, fits now or after a course. Applied on submit. */
export function MatchFilters({ onApply }: { onApply: (filter: MatchFilter | null) => void }) {
  const { t, lang } = useI18n();
  const id = useId();
  const [sectors] = useQuery({ query: SectorsQuery });
  const [sector, setSector] = useState('');
  const [hours, setHours] = useState('');
  const [km, setKm] = useState('');
  const [fit, setFit] = useState<MatchFit | ''>('');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const filter: MatchFilter = {};
    if (sector) filter.sectors = [sector];
    if (hours) filter.minHours = Number(hours);
    if (km) filter.maxKm = Number(km);
    if (fit) filter.fit = fit;
    onApply(Object.keys(filter).length ? filter : null);
  };

  const names = [...(sectors.data?.sectors ?? [])].sort((a, b) =>
    (lang === 'nl' ? a.nameNl : a.nameEn).localeCompare(lang === 'nl' ? b.nameNl : b.nameEn, lang),
  );

  return (
    <form className="match-filters" onSubmit={submit} aria-labelledby={`${id}-kop`}>
      <h3 id={`${id}-kop`}>{t.act.matches.filtersHeading}</h3>
      <div className="match-filters__fields">
        <div className="field">
          <label htmlFor={`${id}-sector`}>{t.act.matches.sector}</label>
          <select id={`${id}-sector`} className="input" value={sector} onChange={(e) => setSector(e.target.value)}>
            <option value="">{t.act.matches.anySector}</option>
            {names.map((s) => (
              <option key={s.key} value={s.key}>
                {lang === 'nl' ? s.nameNl : s.nameEn}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-uren`}>{t.act.matches.minHours}</label>
          <select id={`${id}-uren`} className="input" value={hours} onChange={(e) => setHours(e.target.value)}>
            <option value="">{t.act.matches.anyHours}</option>
            {hoursChoices.map((h) => (
              <option key={h} value={h}>
                {h}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-km`}>{t.act.matches.maxKm}</label>
          <select id={`${id}-km`} className="input" value={km} onChange={(e) => setKm(e.target.value)}>
            <option value="">{t.act.matches.anyDistance}</option>
            {kmChoices.map((k) => (
              <option key={k} value={k}>
                {t.act.matches.km(k)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="choice-group">
          <legend>{t.act.matches.fit}</legend>
          {(
            [
              ['', t.act.matches.fitAny],
              ['NOW', t.act.matches.fitNow],
              ['AFTER_COURSE', t.act.matches.fitAfter],
            ] as const
          ).map(([value, label]) => (
            <label key={value} className="choice">
              <input type="radio" name={`${id}-past`} checked={fit === value} onChange={() => setFit(value)} /> {label}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="submit" className="button button--secondary">
        {t.act.matches.apply}
      </button>
    </form>
  );
}
