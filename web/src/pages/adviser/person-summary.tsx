import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';

export const PersonFragment = graphql(`
  fragment PersonSummary_Profile on Profile {
    alias
    postcode
    nlqfLevel
    hoursMin
    hoursMax
    travel {
      mode
      maxMinutes
    }
    occupations {
      years
      occupation {
        uri
        labelNl
      }
    }
    skills {
      uri
    }
    consent {
      visibleToEmployers
    }
    wishes {
      stayInField
      occupations {
        uri
        labelNl
        labelEn
      }
      sectors {
        key
        nameNl
        nameEn
      }
      excludeSectors {
        key
        nameNl
        nameEn
      }
    }
  }
`);

/** What the adviser needs at a glance about the person: no contact details, the profile is pseudonymous. */
export function PersonSummary({ profile: ref }: { profile: FragmentType<typeof PersonFragment> }) {
  const { lang, t } = useI18n();
  const p = getFragmentData(PersonFragment, ref);
  const name = (x: { nameNl: string; nameEn: string }) => (lang === 'en' ? x.nameEn : x.nameNl);
  const wanted = [
    ...p.wishes.occupations.map((o) => (lang === 'en' ? o.labelEn : o.labelNl)),
    ...p.wishes.sectors.map(name),
  ];
  const stay = p.wishes.stayInField;
  const occupations = p.occupations.flatMap((o) =>
    o.occupation ? [t.adviser.occupationYears(o.occupation.labelNl, o.years)] : [],
  );
  return (
    <dl className="facts__list person-summary">
      <dt>{t.adviser.occupations}</dt>
      <dd lang="nl">{occupations.join(', ') || '–'}</dd>
      <dt>{t.adviser.skills}</dt>
      <dd>{t.adviser.skillsCount(p.skills.length)}</dd>
      <dt>{t.adviser.level}</dt>
      <dd>{levelLabel(t, p.nlqfLevel)}</dd>
      <dt>{t.adviser.postcode}</dt>
      <dd>{p.postcode}</dd>
      <dt>{t.adviser.hours}</dt>
      <dd>{t.vacancy.hours(p.hoursMin, p.hoursMax)}</dd>
      <dt>{t.adviser.travelLimit}</dt>
      <dd>{t.adviser.travelLimitValue(p.travel.maxMinutes, t.mine.travelMode[p.travel.mode] ?? '')}</dd>
      <dt>{t.advice.wantsHeading}</dt>
      <dd lang={lang}>{wanted.join(', ') || '–'}</dd>
      <dt>{t.advice.rulesOutHeading}</dt>
      <dd lang={lang}>{p.wishes.excludeSectors.map(name).join(', ') || '–'}</dd>
      <dt>{t.wishes.stay}</dt>
      <dd>{stay === true ? t.wishes.stayYes : stay === false ? t.wishes.stayNo : t.wishes.stayUnsaid}</dd>
      <dt>{t.adviser.visibleToEmployers}</dt>
      <dd>{p.consent.visibleToEmployers ? t.site.yes : t.site.no}</dd>
    </dl>
  );
}
