import { useId } from 'react';

/** A message to show beside a field; `lang` is set when it came from the API in Dutch. */
export interface FieldMessage {
  text: string;
  lang?: string;
}

interface TextFieldProps {
  id?: string;
  label: string;
  type?: 'text' | 'email' | 'password';
  value: string;
  onChange: (value: string) => void;
  error?: FieldMessage | undefined;
  autoComplete?: string;
}

/** A labelled input whose error sits between label and field and is read out with it. */
export function TextField({ id: givenId, label, type = 'text', value, onChange, error, autoComplete }: TextFieldProps) {
  const generatedId = useId();
  const id = givenId ?? generatedId;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={`${id}-error`} className="field__error" lang={error.lang}>
          {error.text}
        </p>
      )}
      <input
        id={id}
        className="input"
        type={type}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        autoComplete={autoComplete}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        spellCheck={false}
      />
    </div>
  );
}
