import { useI18n } from '../i18n/language-context.tsx';
import { skillText } from './skill-label.ts';

export interface PlainSkill {
  uri: string;
  labelNl: string | null;
  labelEn: string;
}

/** How many skills a card names before "meer": a long list hides what matters. */
export const shownSkills = 5;

function Item({ skill, note }: { skill: PlainSkill; note?: string }) {
  const { lang } = useI18n();
  const shown = skillText(skill, lang);
  return (
    <li>
      <span lang={shown.lang}>{shown.text}</span>
      {note && (
        <span className="muted" lang={lang}>
          {' '}
          ({note})
        </span>
      )}
    </li>
  );
}

/**
 * At most five skills in plain words, the rest behind "Meer (n)" in a disclosure, so nothing is
 * hidden from someone who wants to read it all. `notes` adds a short remark per skill (by URI).
 */
export function SkillSummary({
  skills,
  notes,
}: {
  skills: readonly PlainSkill[];
  notes?: ReadonlyMap<string, string>;
}) {
  const { t } = useI18n();
  const first = skills.slice(0, shownSkills);
  const rest = skills.slice(shownSkills);
  return (
    <>
      <ul className="skill-list">
        {first.map((s) => (
          <Item key={s.uri} skill={s} note={notes?.get(s.uri)} />
        ))}
      </ul>
      {rest.length > 0 && (
        <details className="more">
          <summary>{t.advice.more(rest.length)}</summary>
          <ul className="skill-list">
            {rest.map((s) => (
              <Item key={s.uri} skill={s} note={notes?.get(s.uri)} />
            ))}
          </ul>
        </details>
      )}
    </>
  );
}
