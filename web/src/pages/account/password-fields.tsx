import { password as passwordSchema } from '@werkbrug/shared/schemas/user';
import { TextField, type FieldMessage } from '../../components/text-field.tsx';
import { useI18n } from '../../i18n/language-context.tsx';

export interface PasswordPair {
  password: string;
  repeat: string;
}

/** The same rule as the API (shared schema), and both fields must agree: checked before sending. */
export function checkPasswords(
  pair: PasswordPair,
  mismatch: string,
): { password?: FieldMessage; repeat?: FieldMessage } {
  const rule = passwordSchema.safeParse(pair.password);
  if (!rule.success) return { password: { text: rule.error.issues[0]?.message ?? '', lang: 'nl' } };
  if (pair.password !== pair.repeat) return { repeat: { text: mismatch } };
  return {};
}

/** A new password, typed twice; the hint says what a good one is. */
export function PasswordFields({
  idPrefix,
  value,
  onChange,
  errors,
}: {
  idPrefix: string;
  value: PasswordPair;
  onChange: (next: PasswordPair) => void;
  errors: { password?: FieldMessage | undefined; repeat?: FieldMessage | undefined };
}) {
  const { t } = useI18n();
  return (
    <>
      <p className="hint" id={`${idPrefix}-wachtwoord-uitleg`}>
        {t.act.account.passwordHint}
      </p>
      <TextField
        id={`${idPrefix}-wachtwoord`}
        label={t.act.account.password}
        type="password"
        autoComplete="new-password"
        value={value.password}
        onChange={(password) => onChange({ ...value, password })}
        error={errors.password}
      />
      <TextField
        id={`${idPrefix}-herhaal`}
        label={t.act.account.passwordRepeat}
        type="password"
        autoComplete="new-password"
        value={value.repeat}
        onChange={(repeat) => onChange({ ...value, repeat })}
        error={errors.repeat}
      />
    </>
  );
}
