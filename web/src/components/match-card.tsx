import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { getFragmentData, graphql, type FragmentType } from '../gql/index.ts';
import { formatNumber } from '../i18n/format.ts';
import { useI18n } from '../i18n/language-context.tsx';
import { AdviceNotice } from './advice-notice.tsx';
import { MatchBridge } from './match-bridge.tsx';
import { MatchBreakdown } from './match-breakdown.tsx';
import { MatchReasons } from './match-reasons.tsx';
import { SkillSummary } from './skill-summary.tsx';

export const MatchFragment = graphql(`
  fragment MatchCard_Match on VacancyMatch {
    score
    rank
    fit
    label
    moreOfKind
    vacancy {
      id
      title
      employerName
      location {
        place
      }
      occupation {
        uri
        labelNl
        labelEn
      }
    }
    explanation {
      summary
      summaryEn
      reasons {
        effect
        points
        textNl
        textEn
      }
      relatedExperience {
        occupationUri
        labelNl
        labelEn
        years
        documentedRoute
      }
      components {
        name
        kind
        labelNl
        labelEn
        value
        contribution
      }
      matchedSkills {
        uri
        labelNl
        labelEn
      }
      missingSkills {
        relatedCredit
        uri
        labelNl
        labelEn
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
          mode
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

export interface OccupationRef {
  uri: string;
  labelNl: string;
  labelEn: string;
}

/**
 * One vacancy for a person, now or after a course: the label and score with the advice notice
 * beside them, the summary (biggest plus, biggest minus) in the interface language, what speaks for
 * and against it, at most five skills each way with the rest behind "Meer", related experience,
 * travel and level, the bridge, and how the score is made. `full` (the adviser) lists every reason
 * with its points. `onMoreOfKind` offers the rest of this occupation's vacancies.
 */
export function MatchCard({
  match: ref,
  action,
  full = false,
  onMoreOfKind,
}: {
  match: FragmentType<typeof MatchFragment>;
  action?: ReactNode;
  full?: boolean;
  onMoreOfKind?: (occupation: OccupationRef) => void;
}) {
  const { lang, t } = useI18n();
  const m = getFragmentData(MatchFragment, ref);
  const { vacancy, explanation: why, bridge } = m;
  const headingId = `match-${vacancy.id}`;
  const label = (o: { labelNl: string; labelEn: string }) => (lang === 'en' ? o.labelEn : o.labelNl);
  const relatedNotes = new Map(
    why.missingSkills.filter((s) => s.relatedCredit > 0).map((s) => [s.uri, t.mine.relatedCredit]),
  );

  return (
    <li className="match" aria-labelledby={headingId} data-fit={m.fit}>
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
          <p className="match__labels">
            <span className={`badge badge--label-${m.label.toLowerCase()}`} data-testid="match-label">
              {t.advice.label[m.label]}
            </span>{' '}
            <span className={`badge badge--fit-${m.fit.toLowerCase()}`} data-testid="match-fit">
              {t.advice.fit[m.fit]}
            </span>
          </p>
        </div>
        <div className="match__score">
          <p className="score" data-testid="match-score">
            <span className="score__label">{t.mine.score}</span>
            <span className="score__value">{t.mine.scoreOutOf(Math.round(m.rank))}</span>
            {m.fit === 'AFTER_COURSE' && bridge && (
              <span className="score__detail">
                {t.advice.scoreAfter(Math.round(bridge.fitNow), Math.round(bridge.fitAfter))}
              </span>
            )}
          </p>
          <AdviceNotice />
        </div>
      </div>
      <p className="match__summary" lang={lang} data-testid="match-summary">
        {lang === 'en' ? why.summaryEn : why.summary}
      </p>
      <MatchReasons reasons={why.reasons} full={full} />
      <div className="match__skills">
        <section>
          <h4>{t.mine.fits}</h4>
          {why.matchedSkills.length ? <SkillSummary skills={why.matchedSkills} /> : <p>{t.mine.fitsNone}</p>}
        </section>
        <section>
          <h4>{t.mine.missing}</h4>
          {why.missingSkills.length ? (
            <SkillSummary skills={why.missingSkills} notes={relatedNotes} />
          ) : (
            <p>{t.mine.missingNone}</p>
          )}
        </section>
      </div>
      {why.relatedExperience.length > 0 && (
        <section className="match__experience">
          <h4>{t.advice.experienceHeading}</h4>
          <ul className="skill-list">
            {why.relatedExperience.map((x) => (
              <li key={x.occupationUri} lang={lang}>
                {t.advice.experience(label(x), x.years)}
                {x.documentedRoute && <span className="muted"> ({t.advice.documentedRoute})</span>}
              </li>
            ))}
          </ul>
        </section>
      )}
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
      {bridge && (bridge.courses.length > 0 || bridge.kind === 'LEARN_WORK') && <MatchBridge bridge={bridge} />}
      <MatchBreakdown components={why.components} />
      {m.moreOfKind != null && vacancy.occupation && onMoreOfKind && (
        <p className="match__more">
          <button type="button" className="button button--link" onClick={() => onMoreOfKind(vacancy.occupation!)}>
            {t.advice.moreOfKind(m.moreOfKind)}
          </button>
        </p>
      )}
      {action && <div className="match__actions">{action}</div>}
    </li>
  );
}
