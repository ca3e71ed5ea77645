import { getFragmentData, graphql, type FragmentType } from '../../gql/index.ts';
import { useI18n } from '../../i18n/language-context.tsx';

export const CourseEntryFragment = graphql(`
  fragment CourseEntry_Course on Course {
    entry {
      minNlqf
      dutchLevel
      note
      certificates {
        key
        nameNl
        nameEn
      }
    }
    givesCertificates {
      key
      nameNl
      nameEn
    }
  }
`);

/** What you need before you start, and the certificates you hold afterwards. */
export function CourseEntry({ course: ref }: { course: FragmentType<typeof CourseEntryFragment> }) {
  const { lang, t } = useI18n();
  const { entry, givesCertificates } = getFragmentData(CourseEntryFragment, ref);
  const name = (c: { nameNl: string; nameEn: string }) => (lang === 'en' ? c.nameEn : c.nameNl);
  const nothing = entry.minNlqf === null && !entry.dutchLevel && entry.certificates.length === 0 && !entry.note;
  return (
    <>
      <section>
        <h2>{t.routes.entryHeading}</h2>
        {nothing ? (
          <p>{t.routes.entryNone}</p>
        ) : (
          <ul className="plain-list">
            {entry.minNlqf !== null && <li>{t.routes.entryLevel(entry.minNlqf)}</li>}
            {entry.dutchLevel && <li>{t.routes.entryDutch(entry.dutchLevel)}</li>}
            {entry.certificates.length > 0 && (
              <li>
                {t.routes.entryCertificates} <span lang={lang}>{entry.certificates.map(name).join(', ')}</span>
              </li>
            )}
            {entry.note && <li lang="nl">{entry.note}</li>}
          </ul>
        )}
      </section>
      {givesCertificates.length > 0 && (
        <section>
          <h2>{t.routes.givesHeading}</h2>
          <ul className="plain-list" lang={lang}>
            {givesCertificates.map((c) => (
              <li key={c.key}>{name(c)}</li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
