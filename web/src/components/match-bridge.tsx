import { Link } from 'react-router';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/language-context.tsx';
import type { FundingScheme } from '../gql/graphql.ts';
import { SkillSummary, type PlainSkill } from './skill-summary.tsx';

export interface PlainBridge {
  fitNow: number;
  fitAfter: number;
  totalWeeks: number;
  totalCost: number;
  courses: readonly {
    course: { id: string; title: string };
    costAfterFunding: number;
    funding?: FundingScheme | null;
    durationWeeks: number;
    startDate: string;
  }[];
  stillMissing: readonly PlainSkill[];
}

/** The courses that close the gap: fit now and after, each course with weeks, cost and start. */
export function MatchBridge({ bridge }: { bridge: PlainBridge }) {
  const { lang, t } = useI18n();
  const euro = (n: number) => formatEuro(lang, n);
  return (
    <section className="bridge">
      <h4>{t.mine.bridgeHeading}</h4>
      <p className="bridge__scores" data-testid="bridge">
        {t.mine.bridge(Math.round(bridge.fitNow), Math.round(bridge.fitAfter))}
      </p>
      <ul className="bridge__courses">
        {bridge.courses.map((c) => (
          <li key={c.course.id}>
            <Link to={`/opleidingen/${encodeURIComponent(c.course.id)}`} lang="nl">
              {c.course.title}
            </Link>
            : {t.mine.bridgeCourse(c.durationWeeks, euro(c.costAfterFunding))}
            {c.funding && ` ${t.mine.bridgeFunding(t.labels.funding[c.funding])}`},{' '}
            {t.mine.bridgeStart(formatDate(lang, c.startDate))}
          </li>
        ))}
      </ul>
      <p>{t.mine.bridgeTotal(bridge.totalWeeks, euro(bridge.totalCost))}</p>
      {bridge.stillMissing.length > 0 && (
        <>
          <p>{t.mine.stillMissing}</p>
          <SkillSummary skills={bridge.stillMissing} />
        </>
      )}
    </section>
  );
}
