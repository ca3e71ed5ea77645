import { Link } from 'react-router';
import { formatDate, formatEuro } from '../i18n/format.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { fundingNotes, type StepFunding } from './bridge-funding.ts';
import { SkillSummary, type PlainSkill } from './skill-summary.tsx';

export interface PlainBridge {
  kind: string;
  fitNow: number;
  fitAfter: number;
  totalWeeks: number;
  totalCost: number;
  readyBy: string;
  opensVacancies: number;
  checkWithAdviser: boolean;
  courses: readonly (StepFunding & {
    course: { id: string; title: string; mode?: string };
    durationWeeks: number;
    startDate: string;
    endDate: string;
  })[];
  stillMissing: readonly PlainSkill[];
}

/**
 * The route that closes the gap (issue 11): fit now and after, each course with its weeks, cost after
 * funding, dates, grant and loan; when the person is ready and how many vacancies it opens; or a
 * learn-work job (BBL) that is the route itself.
 */
export function MatchBridge({ bridge }: { bridge: PlainBridge }) {
  const { lang, t } = useI18n();
  const euro = (n: number) => formatEuro(lang, n);
  const courses = bridge.courses.length > 0;
  return (
    <section className="bridge">
      <h4>{t.mine.bridgeHeading}</h4>
      {bridge.kind === 'LEARN_WORK' && <p>{t.routes.bridgeLearnWork}</p>}
      {courses && (
        <p className="bridge__scores" data-testid="bridge">
          {t.mine.bridge(Math.round(bridge.fitNow), Math.round(bridge.fitAfter))}
        </p>
      )}
      {courses && (
        <ol className="bridge__courses">
          {bridge.courses.map((c) => {
            return (
              <li key={c.course.id}>
                <Link to={`/opleidingen/${encodeURIComponent(c.course.id)}`} lang="nl">
                  {c.course.title}
                </Link>
                : {t.mine.bridgeCourse(c.durationWeeks, euro(c.costAfterFunding))},{' '}
                {t.routes.stepDates(formatDate(lang, c.startDate), formatDate(lang, c.endDate))}
                {fundingNotes(c, lang, t).map((note) => `; ${note}`)}
              </li>
            );
          })}
        </ol>
      )}
      <p>
        {courses && `${t.mine.bridgeTotal(bridge.totalWeeks, euro(bridge.totalCost))} `}
        {courses && `${t.routes.bridgeReady(formatDate(lang, bridge.readyBy))} `}
        {t.routes.bridgeOpens(bridge.opensVacancies)}
      </p>
      {bridge.checkWithAdviser && <p className="notice">{t.routes.checkAdviser}</p>}
      {bridge.stillMissing.length > 0 && (
        <>
          <p>{t.mine.stillMissing}</p>
          <SkillSummary skills={bridge.stillMissing} />
        </>
      )}
    </section>
  );
}
