import { useI18n } from '../../i18n/language-context.tsx';
import { describedBy, FormField } from '../../components/form-field.tsx';
import { fieldIds, type ApplicationDraft, type VacancyField } from './vacancy-check.ts';

const fields = [
  ['applicationUrl', 'url', 'url', 'url'],
  ['applicationEmail', 'email', 'email', 'email'],
  ['applicationPhone', 'phone', 'tel', 'tel'],
  ['applicationContact', 'contactName', 'text', 'name'],
] as const;

/** How people apply: at least one of web address, e-mail address and phone number, and who to ask. */
export function ApplicationFields({
  value,
  onChange,
  errorOf,
}: {
  value: ApplicationDraft;
  onChange: (next: ApplicationDraft) => void;
  errorOf: (field: VacancyField) => string | undefined;
}) {
  const { t } = useI18n();
  const labels: Record<(typeof fields)[number][0], string> = {
    applicationUrl: t.routes.applicationUrl,
    applicationEmail: t.routes.applicationEmail,
    applicationPhone: t.routes.applicationPhone,
    applicationContact: t.routes.applicationContact,
  };
  return (
    <fieldset className="fieldset">
      <legend>{t.routes.applicationHeading}</legend>
      <p className="hint" id="vac-apply-hint">
        {t.routes.applicationHint}
      </p>
      {fields.map(([field, key, type, autoComplete]) => (
        <FormField key={field} id={fieldIds[field]} label={labels[field]} error={errorOf(field)}>
          <input
            id={fieldIds[field]}
            className="input"
            type={type}
            autoComplete={autoComplete}
            value={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.value })}
            aria-invalid={errorOf(field) ? true : undefined}
            aria-describedby={
              [field === 'applicationUrl' ? 'vac-apply-hint' : '', describedBy(fieldIds[field], false, errorOf(field))]
                .filter(Boolean)
                .join(' ') || undefined
            }
          />
        </FormField>
      ))}
    </fieldset>
  );
}
