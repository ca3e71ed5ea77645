import { skillText } from '../../components/skill-label.ts';
import { Fragment } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const PersonDetailsFragment = graphql(`
  fragment PersonDetails_Profile on Profile {
    shortCode
    skills {
      uri
      labelNl
      labelEn
    }
    certificates {
      key
      nameNl
      nameEn
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
      excludeOccupations {
        uri
        labelNl
        labelEn
      }
      excludeSectors {
        key
        nameNl
        nameEn
      }
    }
  }
`);

/** Which skills, certificates and wishes: the adviser sees them by name, not as a count. */
export function PersonDetails({ profile: ref }: { profile: FragmentType<typeof PersonDetailsFragment> }) {
  const { t, lang } = useI18n();
  const p = getFragmentData(PersonDetailsFragment, ref);
  const label = (x: { labelNl: string; labelEn: string }) => (lang === 'nl' ? x.labelNl : x.labelEn);
  const name = (x: { nameNl: string; nameEn: string }) => (lang === 'nl' ? x.nameNl : x.nameEn);
  const w = p.wishes;
  const wishes: [string, string[]][] = (
    [
      [t.act.person.wantsOccupations, w.occupations.map(label)],
      [t.act.person.wantsSectors, w.sectors.map(name)],
      [t.act.person.notOccupations, w.excludeOccupations.map(label)],
      [t.act.person.notSectors, w.excludeSectors.map(name)],
    ] as [string, string[]][]
  ).filter(([, values]) => values.length > 0);

  return (
    <div className="person-details" data-testid="person-details">
      <h3>{t.adviser.skills}</h3>
      {p.skills.length ? (
        <ul className="chip-list">
          {p.skills.map((s) => (
            <li key={s.uri} className="chip" lang={skillText(s, lang).lang}>
              {skillText(s, lang).text}
            </li>
          ))}
        </ul>
      ) : (
        <p>–</p>
      )}
      <h3>{t.act.person.certificates}</h3>
      {p.certificates.length ? (
        <ul>
          {p.certificates.map((c) => (
            <li key={c.key}>{name(c)}</li>
          ))}
        </ul>
      ) : (
        <p>{t.act.person.noCertificates}</p>
      )}
      <h3>{t.act.person.wishes}</h3>
      {wishes.length === 0 && w.stayInField === null ? (
        <p>{t.act.person.noWishes}</p>
      ) : (
        <dl className="facts__list">
          {wishes.map(([what, values]) => (
            <Fragment key={what}>
              <dt>{what}</dt>
              <dd>{values.join(', ')}</dd>
            </Fragment>
          ))}
          {w.stayInField !== null && (
            <>
              <dt>{t.act.person.wishes}</dt>
              <dd>{w.stayInField ? t.act.person.stayInField.yes : t.act.person.stayInField.no}</dd>
            </>
          )}
        </dl>
      )}
    </div>
  );
}
