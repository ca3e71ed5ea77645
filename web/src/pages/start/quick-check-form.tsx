import { useState, type FormEvent, type RefObject } from 'react';
import { ErrorSummary } from '../../components/error-summary.tsx';
import { describedBy, FormField } from '../../components/form-field.tsx';
import type { TravelMode } from '../../gql/graphql.ts';
import { useI18n } from '../../i18n/language-context.tsx';
import { levelLabel } from '../../i18n/labels.ts';
import {
  checkDraft,
  fieldIds as ids,
  hoursChoices,
  type Problem,
  type QuickCheckDraft,
  type QuickCheckField,
} from './quick-check.ts';
import { useSectors } from './use-sectors.ts';

/** The postcode rules weigh more than the rest of the start page: they load when the form is used. */
const loadPostcodeCheck = () => import('../search/postcode-check.ts');
const modes: TravelMode[] = ['OV', 'FIETS', 'AUTO'];

interface QuickCheckFormProps {
  draft: QuickCheckDraft;
  onChange: (next: QuickCheckDraft) => void;
  onSubmit: (checked: QuickCheckDraft) => void;
  jobInput: RefObject<HTMLInputElement | null>;
}

/** Three questions and a wish, checked in the browser with the rules the API applies, all at once. */
export function QuickCheckForm({ draft, onChange, onSubmit, jobInput }: QuickCheckFormProps) {
  const { lang, t } = useI18n();
  const [problems, setProblems] = useState<Map<QuickCheckField, Problem>>(new Map());
  const [attempt, setAttempt] = useState(0);
  const sectors = useSectors();
  const set = (patch: Partial<QuickCheckDraft>) => onChange({ ...draft, ...patch });
  const err = (field: QuickCheckField) => {
    const problem = problems.get(field);
    return problem ? t.start.problems[problem] : undefined;
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { checkPostcode } = await loadPostcodeCheck();
    const found = checkDraft(draft, checkPostcode);
    setProblems(found);
    setAttempt((n) => n + 1);
    if (!found.size) onSubmit(draft);
  };

  return (
    <form className="quick-check" onSubmit={submit} onFocus={() => void loadPostcodeCheck()} noValidate>
      <ErrorSummary
        title={t.start.summaryTitle}
        attempt={attempt}
        items={[...problems].map(([field, problem]) => ({ fieldId: ids[field], text: t.start.problems[problem] }))}
      />
      <FormField id={ids.job} label={t.start.job} hint={t.start.jobHint} error={err('job')} errorLang={lang}>
        <input
          ref={jobInput}
          id={ids.job}
          className="input"
          value={draft.job}
          onChange={(e) => set({ job: e.target.value, chosen: null })}
          autoComplete="organization-title"
          aria-invalid={err('job') ? true : undefined}
          aria-describedby={describedBy(ids.job, true, err('job'))}
        />
      </FormField>
      <FormField
        id={ids.postcode}
        label={t.start.postcode}
        hint={t.start.postcodeHint}
        error={err('postcode')}
        errorLang={lang}
      >
        <input
          id={ids.postcode}
          className="input input--postcode"
          value={draft.postcode}
          onChange={(e) => set({ postcode: e.target.value })}
          autoComplete="postal-code"
          aria-invalid={err('postcode') ? true : undefined}
          aria-describedby={describedBy(ids.postcode, true, err('postcode'))}
        />
      </FormField>
      <fieldset
        className={err('hours') ? 'radio-group field--error' : 'radio-group'}
        aria-describedby={err('hours') ? 'check-hours-error' : undefined}
      >
        <legend className="field__label">{t.start.hours}</legend>
        {err('hours') && (
          <p className="field__error" id="check-hours-error">
            {err('hours')}
          </p>
        )}
        {hoursChoices.map((choice) => (
          <span key={choice} className="check">
            <input
              id={`check-hours-${choice}`}
              type="radio"
              name="check-hours"
              checked={draft.hours === choice}
              onChange={() => set({ hours: choice })}
            />
            <label htmlFor={`check-hours-${choice}`}>{t.start.hoursChoice[choice]}</label>
          </span>
        ))}
      </fieldset>
      <FormField id="check-wish" label={t.start.wish} hint={t.start.wishHint}>
        <select
          id="check-wish"
          className="input"
          value={draft.wish}
          onChange={(e) => set({ wish: e.target.value })}
          aria-describedby="check-wish-hint"
        >
          <option value="">{t.start.wishNone}</option>
          {sectors.map((s) => (
            <option key={s.key} value={s.key}>
              {t.start.wishOption(s.name, t.labels.outlook[s.outlook].toLowerCase())}
            </option>
          ))}
        </select>
      </FormField>
      <details className="disclosure quick-check__more" open={Boolean(err('maxMinutes')) || undefined}>
        <summary>{t.start.more}</summary>
        <FormField id="check-level" label={t.start.level} hint={t.start.levelHint}>
          <select
            id="check-level"
            className="input"
            value={draft.level}
            onChange={(e) => set({ level: e.target.value })}
            aria-describedby="check-level-hint"
          >
            <option value="">{t.start.levelUnknown}</option>
            {[1, 2, 3, 4, 5, 6, 7, 8].map((n) => (
              <option key={n} value={n}>
                {levelLabel(t, n)}
              </option>
            ))}
          </select>
        </FormField>
        <fieldset className="radio-group">
          <legend className="field__label">{t.start.travel}</legend>
          {modes.map((m) => (
            <span key={m} className="check">
              <input
                id={`check-mode-${m}`}
                type="radio"
                name="check-mode"
                checked={draft.mode === m}
                onChange={() => set({ mode: m })}
              />
              <label htmlFor={`check-mode-${m}`}>{t.profile.travelModes[m]}</label>
            </span>
          ))}
        </fieldset>
        <FormField
          id={ids.maxMinutes}
          label={t.start.minutes}
          hint={t.start.minutesHint}
          error={err('maxMinutes')}
          errorLang={lang}
        >
          <input
            id={ids.maxMinutes}
            className="input input--postcode"
            type="number"
            inputMode="numeric"
            min={5}
            max={120}
            value={draft.maxMinutes}
            onChange={(e) => set({ maxMinutes: e.target.value })}
            aria-invalid={err('maxMinutes') ? true : undefined}
            aria-describedby={describedBy(ids.maxMinutes, true, err('maxMinutes'))}
          />
        </FormField>
      </details>
      <button type="submit" className="button">
        {t.start.submit}
      </button>
    </form>
  );
}
