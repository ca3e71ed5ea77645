import { useI18n } from '../../i18n/language-context.tsx';
import { describedBy, FormField } from '../../components/form-field.tsx';
import { fieldIds, type SalaryDraft, type VacancyField } from './vacancy-check.ts';

/** Gross pay: lowest and highest, per month or per hour, and the collective agreement. All optional. */
export function SalaryFields({
  value,
  onChange,
  errorOf,
}: {
  value: SalaryDraft;
  onChange: (next: SalaryDraft) => void;
  errorOf: (field: VacancyField) => string | undefined;
}) {
  const { t } = useI18n();
  const amount = (field: 'salaryMin' | 'salaryMax', key: 'min' | 'max', label: string) => (
    <FormField id={fieldIds[field]} label={label} error={errorOf(field)}>
      <input
        id={fieldIds[field]}
        className="input input--postcode"
        inputMode="decimal"
        value={value[key]}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
        aria-invalid={errorOf(field) ? true : undefined}
        aria-describedby={describedBy(fieldIds[field], false, errorOf(field))}
      />
    </FormField>
  );
  return (
    <fieldset className="fieldset">
      <legend>{t.routes.salaryHeading}</legend>
      <p className="hint">{t.routes.salaryHint}</p>
      <div className="field-pair">
        {amount('salaryMin', 'min', t.routes.salaryMin)}
        {amount('salaryMax', 'max', t.routes.salaryMax)}
      </div>
      <div className="field">
        <label htmlFor="vac-salary-period">{t.routes.salaryPeriod}</label>
        <select
          id="vac-salary-period"
          className="input"
          value={value.period}
          onChange={(e) => onChange({ ...value, period: e.target.value === 'uur' ? 'uur' : 'maand' })}
        >
          <option value="maand">{t.routes.salaryPerMonth}</option>
          <option value="uur">{t.routes.salaryPerHour}</option>
        </select>
      </div>
      <FormField id={fieldIds.salaryCao} label={t.routes.salaryCao} error={errorOf('salaryCao')}>
        <input
          id={fieldIds.salaryCao}
          className="input"
          value={value.caoScale}
          onChange={(e) => onChange({ ...value, caoScale: e.target.value })}
          aria-invalid={errorOf('salaryCao') ? true : undefined}
          aria-describedby={describedBy(fieldIds.salaryCao, false, errorOf('salaryCao'))}
        />
      </FormField>
    </fieldset>
  );
}
