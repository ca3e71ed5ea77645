import { useI18n } from '../../i18n/language-context.tsx';
import type { TaxonomyItem } from '../../components/taxonomy-picker.tsx';
import { byId, focusAfterRemoval } from '../../layout/focus-after-removal.ts';
import { fieldIds } from './vacancy-check.ts';

export interface ChosenSkill {
  item: TaxonomyItem;
  essential: boolean;
}

/** The chosen skills, each marked needed or helpful (a radio pair), and removable. */
export function SkillChoices({
  skills,
  onChange,
}: {
  skills: readonly ChosenSkill[];
  onChange: (next: ChosenSkill[]) => void;
}) {
  const { lang, t } = useI18n();
  const labelOf = (item: TaxonomyItem) => (lang === 'en' ? item.labelEn : item.labelNl);
  return (
    <section className="skill-choices" aria-labelledby="gekozen-vaardigheden">
      <h2 id="gekozen-vaardigheden" className="field__label">
        {t.employer.chosenSkills}
      </h2>
      {skills.length === 0 ? (
        <p className="hint">{t.employer.noSkills}</p>
      ) : (
        <ul className="plain-list" data-testid="chosen-skills">
          {skills.map((s, index) => {
            const name = `need-${index}`;
            const set = (essential: boolean) =>
              onChange(skills.map((x) => (x.item.uri === s.item.uri ? { ...x, essential } : x)));
            return (
              <li key={s.item.uri} className="skill-choice">
                <fieldset>
                  <legend lang={lang}>{labelOf(s.item)}</legend>
                  <span className="check check--inline">
                    <input
                      id={`${name}-yes`}
                      type="radio"
                      name={name}
                      checked={s.essential}
                      onChange={() => set(true)}
                    />
                    <label htmlFor={`${name}-yes`}>{t.employer.essential}</label>
                  </span>
                  <span className="check check--inline">
                    <input
                      id={`${name}-no`}
                      type="radio"
                      name={name}
                      checked={!s.essential}
                      onChange={() => set(false)}
                    />
                    <label htmlFor={`${name}-no`}>{t.employer.optionalSkill}</label>
                  </span>
                  <button
                    type="button"
                    className="button button--link"
                    onClick={(e) => {
                      // With none left, back to the field that adds skills.
                      focusAfterRemoval(e.currentTarget.closest('li'), byId(fieldIds.skills), {
                        selector: 'button',
                      });
                      onChange(skills.filter((x) => x.item.uri !== s.item.uri));
                    }}
                  >
                    {t.employer.removeSkill(labelOf(s.item))}
                  </button>
                </fieldset>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
