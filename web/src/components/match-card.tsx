import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.ts';
import { formatDate, formatEuro, formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { skillText } from './skill-label.ts';
import { AdviceNotice } from './advice-notice.tsx';

export const MatchFragment = graphql(`
  fragment MatchCard_Match on VacancyMatch {
    score
    vacancy {
      id
      title
      employerName
      location {
        place
      }
    }
    explanation {
      summary
      components {
        name
        labelNl
        value
        weight
        contribution
      }
      matchedSkills {
        uri
        labelNl
        labelEn
      }
      missingSkills {
        relatedCredit
        skill {
          uri
          labelNl
          labelEn
        }
      }
      distanceKm
      travelMinutes
      travelMode
      requiredLevel
      personLevel
    }
    bridge {
      kind
      fitNow
      fitAfter
      totalWeeks
      totalCost
      readyBy
      opensVacancies
      checkWithAdviser
      courses {
        course {
          id
          title
        }
        costAfterFunding
        funding {
          nameNl
          nameEn
          amount
        }
        otherFunding {
          role
          nameNl
          nameEn
        }
        durationWeeks
        startDate
        endDate
      }
      stillMissing {
        uri
        labelNl
        labelEn
      }
    }
  }
`);

interface PlainSkill {
  uri: string;
  labelNl: string | null;
  labelEn: string;
}

/**
 * Skills inline rather than through the SkillList fragment: the API's depth limit counts every
 * fragment spread as a level, and a nested spread here would push the match query past it.
 */
function Skills({ skills }: { skills: readonly PlainSkill[] }) {
  const { lang } = useI18n();
  return (
    <ul className="skill-list">
      {skills.map((skill) => {
        const shown = skillText(skill, lang);
        return (
          <li key={skill.uri} lang={shown.lang}>
            {shown.text}
          </li>
        );
      })}
    </ul>
  );
}

/**
 * One vacancy that fits a person: the score with the advice notice beside it, the reason in plain
 * Dutch, what fits and what is missing, how the score is made (in a disclosure), travel, and the
 * courses that would close the gap. `action` is what the viewer can do with it (save to a list).
 */
export function MatchCard({ match: ref, action }: { match: FragmentType<typeof MatchFragment>; action?: ReactNode }) {
  const { lang, t } = useI18n();
  const { score, vacancy, explanation: why, bridge } = getFragmentData(MatchFragment, ref);
  const euro = (n: number) => formatEuro(lang, n);
  const headingId = `match-${vacancy.id}`;

  return (
    <li className="match" aria-labelledby={headingId}>
      <div className="match__top">
        <div>
          <h3 className="match__title" id={headingId}>
            <Link to={`/vacatures/${encodeURIComponent(vacancy.id)}`} lang="nl">
              {vacancy.title}
            </Link>
          </h3>
          <p className="card__meta">
            <span lang="nl">{vacancy.employerName}</span>
            <span aria-hidden="true"> · </span>
            <span>{vacancy.location.place}</span>
          </p>
        </div>
        <div className="match__score">
          <p className="score" data-testid="match-score">
            <span className="score__label">{t.mine.score}</span>
            <span className="score__value">{t.mine.scoreOutOf(Math.round(score))}</span>
          </p>
          <AdviceNotice />
        </div>
      </div>
      <p className="match__summary" lang="nl" data-testid="match-summary">
        {why.summary}
      </p>
      <div className="match__skills">
        <section>
          <h4>{t.mine.fits}</h4>
          {why.matchedSkills.length ? <Skills skills={why.matchedSkills} /> : <p>{t.mine.fitsNone}</p>}
        </section>
        <section>
          <h4>{t.mine.missing}</h4>
          {why.missingSkills.length ? (
            <ul className="skill-list">
              {why.missingSkills.map(({ skill, relatedCredit }) => (
                <li key={skill.uri} lang={lang}>
                  {lang === 'en' ? skill.labelEn : skill.labelNl}
                  {relatedCredit > 0 && <span className="muted"> ({t.mine.relatedCredit})</span>}
                </li>
              ))}
            </ul>
          ) : (
            <p>{t.mine.missingNone}</p>
          )}
        </section>
      </div>
      <dl className="match__facts">
        <div>
          <dt>{t.mine.travel}</dt>
          <dd>
            {t.mine.travelValue(
              formatNumber(lang, why.distanceKm, 1),
              Math.round(why.travelMinutes),
              t.mine.travelMode[why.travelMode] ?? '',
            )}
          </dd>
        </div>
        <div>
          <dt>{t.mine.levelLabel}</dt>
          <dd>{t.mine.levelCompare(why.personLevel, why.requiredLevel)}</dd>
        </div>
      </dl>
      {bridge && (bridge.courses.length > 0 || bridge.kind === 'LEARN_WORK') && (
        <section className="bridge">
          <h4>{t.mine.bridgeHeading}</h4>
          {bridge.kind === 'LEARN_WORK' && <p>{t.routes.bridgeLearnWork}</p>}
          {bridge.courses.length > 0 && (
            <p className="bridge__scores" data-testid="bridge">
              {t.mine.bridge(Math.round(bridge.fitNow), Math.round(bridge.fitAfter))}
            </p>
          )}
          {bridge.courses.length > 0 && (
            <ol className="bridge__courses">
              {bridge.courses.map((c) => {
                const loan = c.otherFunding.find((o) => o.role === 'LOAN');
                const name = (f: { nameNl: string; nameEn: string }) => (lang === 'en' ? f.nameEn : f.nameNl);
                return (
                  <li key={c.course.id}>
                    <Link to={`/opleidingen/${encodeURIComponent(c.course.id)}`} lang="nl">
                      {c.course.title}
                    </Link>
                    : {t.mine.bridgeCourse(c.durationWeeks, euro(c.costAfterFunding))},{' '}
                    {t.routes.stepDates(formatDate(lang, c.startDate), formatDate(lang, c.endDate))}
                    {c.funding && `; ${t.routes.stepGrant(name(c.funding), euro(c.funding.amount))}`}
                    {loan && `; ${t.routes.stepLoan(name(loan))}`}
                  </li>
                );
              })}
            </ol>
          )}
          <p>
            {bridge.courses.length > 0 && `${t.mine.bridgeTotal(bridge.totalWeeks, euro(bridge.totalCost))} `}
            {bridge.courses.length > 0 && `${t.routes.bridgeReady(formatDate(lang, bridge.readyBy))} `}
            {t.routes.bridgeOpens(bridge.opensVacancies)}
          </p>
          {bridge.checkWithAdviser && <p className="notice">{t.routes.checkAdviser}</p>}
          {bridge.stillMissing.length > 0 && (
            <>
              <p>{t.mine.stillMissing}</p>
              <Skills skills={bridge.stillMissing} />
            </>
          )}
        </section>
      )}
      <details className="match__breakdown">
        <summary>{t.mine.breakdown}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.mine.component}</th>
              <th scope="col">{t.mine.componentValue}</th>
              <th scope="col">{t.mine.componentWeight}</th>
              <th scope="col">{t.mine.componentPoints}</th>
            </tr>
          </thead>
          <tbody>
            {why.components.map((c) => (
              <tr key={c.name}>
                <th scope="row" lang="nl">
                  {c.labelNl}
                </th>
                <td>{formatNumber(lang, c.value * 100)}%</td>
                <td>{formatNumber(lang, c.weight * 100)}%</td>
                <td>{formatNumber(lang, c.contribution, 1)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      {action && <div className="match__actions">{action}</div>}
    </li>
  );
}
